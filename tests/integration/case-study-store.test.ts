import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';
import { loadCaseStudyFiles } from '@/lib/data/seed-cases.ts';
import { getCrossBorderData, getWenzhouData, getYongkangData } from '@/lib/queries/clusters/case-studies.ts';
import { db } from '@/lib/db/index.ts';

// The case studies are rows of the store (migration 20261203200000_case_studies), read only here:
// the printed tables are there as columns, and the queries give back exactly what the seed read.
const SHARED_URL = process.env.DATABASE_URL ?? '';
const DATA = resolve(import.meta.dirname, '../../data');

let client: pg.Client;
/** The index tree's optional `children` / `noteIds` mean the same absent or empty; compare them so. */
const optionalEmpty = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => ((key === 'children' || key === 'noteIds') && Array.isArray(v) && !v.length ? undefined : v)));
const rows = async (sql: string) => (await client.query(sql)).rows;

describe.skipIf(!SHARED_URL)('case studies in the store', () => {
  beforeAll(async () => {
    client = new pg.Client({ connectionString: SHARED_URL });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db().$disconnect();
  });

  it("holds Table 4's estimates, standard errors, critical ratios and Sig as printed", async () => {
    const paths = await rows('SELECT from_construct_id AS f, to_construct_id AS t, estimate, se, cr, sig_printed AS sig, p FROM sem_path ORDER BY sort_order');
    // Table 4 of 003_be2a22baed7387ac.txt (Path / Estimate / S.E. / C.R. / Sig).
    expect(paths).toEqual([
      { f: 'F1', t: 'Y', estimate: 0.094, se: 0.044, cr: 1.898, sig: '0.058', p: 0.058 },
      { f: 'F2', t: 'Y', estimate: 0.392, se: 0.069, cr: 5.206, sig: '***', p: null },
      { f: 'F3', t: 'Y', estimate: 0.303, se: 0.072, cr: 3.89, sig: '***', p: null },
      { f: 'M', t: 'Y', estimate: 0.318, se: 0.06, cr: 4.581, sig: '***', p: null },
      { f: 'F1', t: 'M', estimate: 0.157, se: 0.068, cr: 2.359, sig: '0.018', p: 0.018 },
      { f: 'F2', t: 'M', estimate: 0.374, se: 0.099, cr: 3.984, sig: '***', p: null },
      { f: 'F3', t: 'M', estimate: 0.343, se: 0.106, cr: 3.455, sig: '***', p: null },
    ]);
  });

  it("holds Table 3's fit indices with their printed thresholds and judgments", async () => {
    const fit = await rows('SELECT name, value, threshold_printed AS printed, thresholds, judgment_printed AS judgment FROM sem_fit_index ORDER BY sort_order');
    expect(fit).toEqual([
      { name: 'χ²/df', value: 1.65, printed: '$0 < \\chi^2 / df < 3$', thresholds: [{ op: '>', value: 0 }, { op: '<', value: 3 }], judgment: 'Yes' },
      { name: 'RMSEA', value: 0.062, printed: '< 0.08', thresholds: [{ op: '<', value: 0.08 }], judgment: 'Yes' },
      { name: 'GFI', value: 0.884, printed: '>0.9', thresholds: [{ op: '>', value: 0.9 }], judgment: 'Acceptable' },
      { name: 'NFI', value: 0.901, printed: '>0.9', thresholds: [{ op: '>', value: 0.9 }], judgment: 'Yes' },
      { name: 'CFI', value: 0.954, printed: '>0.9', thresholds: [{ op: '>', value: 0.9 }], judgment: 'Yes' },
      { name: 'IFI', value: 0.954, printed: '>0.9', thresholds: [{ op: '>', value: 0.9 }], judgment: 'Yes' },
    ]);
  });

  it("holds Wenzhou's index system on three levels (3 / 7 / 28), every third-level indicator under a second-level one", async () => {
    expect(await rows('SELECT level, count(*)::int AS n FROM wenzhou_indicator GROUP BY level ORDER BY level')).toEqual([
      { level: 1, n: 3 },
      { level: 2, n: 7 },
      { level: 3, n: 28 },
    ]);
    const third = await rows(
      "SELECT p.name_printed AS parent, p.level AS parent_level, i.name_printed AS name FROM wenzhou_indicator i JOIN wenzhou_indicator p ON p.id = i.parent_id WHERE i.level = 3 ORDER BY i.sort_order",
    );
    expect(third).toHaveLength(28);
    expect(third.every((r) => r.parent_level === 2)).toBe(true);
    expect(third.slice(0, 3)).toEqual([
      { parent: 'base installation', parent_level: 2, name: 'Network bandwidth' },
      { parent: 'base installation', parent_level: 2, name: 'The WiFi coverage' },
      { parent: 'base installation', parent_level: 2, name: 'Computer penetration' },
    ]);
  });

  it('holds the case-study notes in the one note table, citing where in the paper they are about as every note does', async () => {
    const [note] = await rows(
      `SELECT n.dataset, s.seed_file AS file, c."where", n.citation_id, n.scope->>'table' AS tbl
       FROM data_note n JOIN citation c ON c.id = n.citation_id JOIN source s ON s.id = c.source_id WHERE n.id = 'yk-fit-gfi-called-cfi'`,
    );
    expect(note).toMatchObject({ dataset: 'clusters', file: '003_be2a22baed7387ac.txt', tbl: 'Table 3' });
    expect(note.citation_id).toMatch(/^clusters\/notes\.json#\[\d+\]\.source$/);
    expect(note.where).toContain('Table 3');
    // One structure: no case-study note without its citation, no column of its own for it.
    const uncited = await rows("SELECT id FROM data_note WHERE dataset IN ('clusters', 'models') AND citation_id IS NULL");
    expect(uncited).toEqual([]);
    const columns = await rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'data_note' AND column_name = 'source_ref'");
    expect(columns).toEqual([]);
  });

  it('the queries give back exactly what the seed read from the data files', async () => {
    const data = loadDataFiles(DATA);
    const problems: string[] = [];
    const files = loadCaseStudyFiles(DATA, new Set(data.notes.map((n) => n.id)), problems);
    expect(problems).toEqual([]);
    const [yongkang, wenzhou, crossBorder] = await Promise.all([getYongkangData(), getWenzhouData(), getCrossBorderData([])]);
    expect(yongkang.file).toEqual(files.yongkang);
    expect(optionalEmpty(wenzhou.file)).toEqual(optionalEmpty(files.wenzhou));
    expect(crossBorder.file).toEqual(files.crossBorder);
    expect(yongkang.sourceId).toBe('seed003-zhu-lu-yongkang');
    for (const n of files.notes) expect(yongkang.notes.get(n.id)).toMatchObject({ id: n.id, textEn: n.textEn, source: { sourceId: n.source.sourceId, where: n.source.where } });
  });
});
