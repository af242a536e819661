import { describe, expect, it } from 'vitest';
import { findStaticDataset } from '@/lib/import/datasets.ts';
import { IssueList, parseBuffer } from '@/lib/import/pipeline.ts';
import { clipIssue, clipText, formatIssue, MAX_ECHOED_CHARS } from '@/lib/import/types.ts';
import { fileDivisions } from './division-fixture.ts';

const villages = findStaticDataset('taobao-villages')!;
const ctx = { sourceId: 'test-fixture-imports', noteIds: new Set<string>(), get divisions() { return fileDivisions(); } };

describe('echoed values in import errors are clipped', () => {
  it('keeps short text as it is and clips long text to 200 characters with the full length', () => {
    expect(clipText('Suzhou')).toBe('Suzhou');
    expect(clipText('x'.repeat(200))).toBe('x'.repeat(200));
    expect(clipText('x'.repeat(201))).toBe(`${'x'.repeat(200)}… (201 characters)`);
    expect(clipText('abcdef', 3)).toBe('abc… (6 characters)');
  });

  it('never cuts a surrogate pair in half', () => {
    const clipped = clipText(`${'a'.repeat(199)}😀${'b'.repeat(10)}`);
    expect(clipped).toBe(`${'a'.repeat(199)}… (211 characters)`);
    expect(clipped.isWellFormed()).toBe(true);
  });

  it('clips value, column, expected and suggestions of an issue', () => {
    const issue = clipIssue({ row: 2, column: 'c'.repeat(500), value: 'v'.repeat(5000), expected: 'e'.repeat(5000), suggestions: ['s'.repeat(300)] });
    expect(issue.value).toBe(`${'v'.repeat(200)}… (5000 characters)`);
    expect(issue.column).toBe(`${'c'.repeat(200)}… (500 characters)`);
    expect(issue.expected).toBe(`${'e'.repeat(1000)}… (5000 characters)`);
    expect(issue.suggestions).toEqual([`${'s'.repeat(200)}… (300 characters)`]);
    const list = new IssueList();
    list.add({ row: 3, column: 'city', value: 'y'.repeat(10_000), expected: 'a city' });
    expect(list.listed[0].value).toHaveLength(200 + '… (10000 characters)'.length);
  });

  it('a file with a 2 MB cell gets an error of a few hundred bytes, not the cell', async () => {
    const cell = 'Q'.repeat(2 * 1024 * 1024);
    const parsed = await parseBuffer(villages, `year,province,city,county,town,village\n2099,浙江,${cell},c,t,v\n`, ctx);
    expect(parsed.issueCount).toBe(1);
    const [issue] = parsed.issues;
    expect(issue).toMatchObject({ row: 2, column: 'city' });
    expect(issue.value).toBe(`${'Q'.repeat(MAX_ECHOED_CHARS)}… (${cell.length} characters)`);
    expect(JSON.stringify(parsed.issues).length).toBeLessThan(2000);
    expect(formatIssue(issue).length).toBeLessThan(2000);
  });

  it('clips an unknown header cell too', async () => {
    const header = 'H'.repeat(100_000);
    const parsed = await parseBuffer(villages, `year,province,city,county,town,village,${header}\n2099,浙江,金华,c,t,v\n`, ctx);
    const issue = parsed.issues.find((i) => i.row === 1)!;
    expect(issue.column).toBe(`${'H'.repeat(200)}… (100000 characters)`);
    expect(issue.value).toBe(`${'H'.repeat(200)}… (100000 characters)`);
  });
});

describe('control characters in echoed text', () => {
  it('are shown as their visible symbols, so a message with NUL can be stored and read', () => {
    expect(clipText('vil\u0000lage')).toBe('vil\u2400lage');
    expect(clipText('a\u0007b\u001fc\u007fd')).toBe('a\u2407b\u241fc\u2421d');
    expect(clipText('tab\there')).toBe('tab\u2409here');
    expect(clipText('浙江')).toBe('浙江');
  });
});
