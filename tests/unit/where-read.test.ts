import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRecord, type SourceRecord } from '@/lib/schemas/data-files.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';

// data/sources.json whereRead says where a reader finds the figure (issue 14): it agrees with the
// reader-facing fields (reader.asReportedBy.url) and never names a research file or a seed text.
const sources = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/sources.json'), 'utf8')) as unknown[];
const parsed: SourceRecord[] = sources.map((s) => sourceRecord.parse(s));

describe('whereRead', () => {
  it('starts with the page address wherever the reader fields give one', () => {
    const withUrl = parsed.filter((s) => s.reader?.asReportedBy?.url);
    expect(withUrl.length).toBeGreaterThan(30);
    expect(withUrl.filter((s) => !s.whereRead.startsWith(s.reader!.asReportedBy!.url!)).map((s) => `${s.id}: ${s.whereRead}`)).toEqual([]);
  });

  it('marks a page given without its full address as such', () => {
    const noUrl = parsed.filter((s) => s.kind !== 'paper' && !/^https?:\/\//.test(s.whereRead));
    expect(noUrl.filter((s) => !/not recorded/.test(s.whereRead)).map((s) => `${s.id}: ${s.whereRead}`)).toEqual([]);
  });

  it('a paper’s whereRead is the place in the paper, without its text file', () => {
    const papers = parsed.filter((s) => SEED_TEXT_FILES.has(s.id));
    expect(papers).toHaveLength(SEED_TEXT_FILES.size);
    for (const p of papers) expect(p.kind, p.id).toBe('paper');
    for (const p of papers) expect(p.whereRead, p.id).not.toContain(SEED_TEXT_FILES.get(p.id)!.slice(0, 3) + '_');
  });

  it('the schema rejects a whereRead naming a research file or a seed text', () => {
    const base = sources[0] as Record<string, unknown>;
    for (const whereRead of ['shared/data/public-series.md §4a', 'seed 001_495d597d84132fb6.txt: Figure 1']) {
      const result = sourceRecord.safeParse({ ...base, whereRead });
      expect(result.success, whereRead).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['whereRead']);
    }
  });
});
