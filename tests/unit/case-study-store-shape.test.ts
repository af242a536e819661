import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeJsonPath, loadCaseStudyFiles } from '@/lib/data/seed-cases.ts';
import { aveComparison, discriminantValidity, fitChecks, mediationShares } from '@/lib/metrics/yongkang-sem.ts';
import type { YongkangFile } from '@/lib/schemas/case-study-files.ts';

/*
 * The recomputed columns come from stored (printed) values only; here on small hand-made rows in
 * the stored shape, with the expected numbers worked out by hand. And a malformed case-study file
 * names file, row and column, as the seed's other loaders do.
 */

type Item = YongkangFile['table1']['items'][number];
const source = { sourceId: 'seed003-zhu-lu-yongkang', where: 'Table 1' };
const item = (construct: Item['construct'], itemId: string, loading: number | null): Item => ({
  construct,
  itemId,
  itemIdPrinted: true,
  textEn: itemId,
  textZh: itemId,
  loading,
  source,
  noteIds: [],
});

describe('recomputation from stored values', () => {
  it('AVE = Σλ²/n and CR = (Σλ)² / ((Σλ)² + Σ(1−λ²)) over the printed loadings; an item without one is skipped', () => {
    const items = [item('F1', 'A1', 0.8), item('F1', 'A2', 0.6), item('F1', 'A3', null)];
    const [a] = aveComparison(items, [{ construct: 'F1', ave: 0.5, diagonal: 0.707, correlations: {}, source }]);
    // (0.64 + 0.36) / 2 = 0.5; (1.4)² / (1.96 + 0.36 + 0.64) = 1.96 / 2.96 = 0.662162…
    expect(a).toMatchObject({ avePrinted: 0.5, loadingsUsed: 2, items: 3, skippedItems: ['A3'] });
    expect(a!.aveRecomputed).toBeCloseTo(0.5, 12);
    expect(a!.crRecomputed).toBeCloseTo(0.662162, 6);
  });

  it('√AVE against the printed diagonal and the largest printed correlation (Fornell–Larcker)', () => {
    const rows: YongkangFile['table2']['rows'] = [
      { construct: 'F1', ave: 0.64, diagonal: 0.8, correlations: {}, source },
      { construct: 'F2', ave: 0.49, diagonal: 0.71, correlations: { F1: 0.75 }, source },
    ];
    const [f1, f2] = discriminantValidity(rows);
    // √0.64 = 0.8 (matches); √0.49 = 0.7 ≠ 0.71 printed; 0.7 < 0.75 fails, 0.8 > 0.75 passes.
    expect(f1).toMatchObject({ sqrtAve: 0.8, diagonalMatches: true, maxCorrelation: 0.75, passes: true });
    expect(f2).toMatchObject({ diagonalMatches: false, maxCorrelation: 0.75, passes: false });
    expect(f2!.sqrtAve).toBeCloseTo(0.7, 12);
  });

  it('a fit index meets every printed threshold, or only the acceptable one', () => {
    const base = { namePrinted: 'X', thresholdPrinted: '>0.9', fullNameFromNote: null, noteIds: [] };
    const [ideal, acceptable] = fitChecks([
      { ...base, name: 'CFI', value: 0.95, thresholds: [{ op: '>', value: 0.9 }], acceptableThreshold: null, judgmentPrinted: 'Yes' },
      { ...base, name: 'GFI', value: 0.88, thresholds: [{ op: '>', value: 0.9 }], acceptableThreshold: { op: '>', value: 0.85, source, noteEn: 'n', noteZh: 'n' }, judgmentPrinted: 'Acceptable' },
    ]);
    expect(ideal).toMatchObject({ meetsThreshold: true, meetsAcceptable: null, agreesWithJudgment: true });
    expect(acceptable).toMatchObject({ meetsThreshold: false, meetsAcceptable: true, agreesWithJudgment: true });
  });

  it('mediation shares: indirect / (direct + indirect), with the prose shares of the claim the data names', () => {
    const row = (effect: 'indirect' | 'direct' | 'total', pointEstimate: number) => ({
      model: 'F2→M→Y' as const,
      effect,
      cellsPrinted: ['', '', '', '', '', '', ''],
      pointEstimate,
      se: null,
      z: null,
      ciLower: 0,
      ciUpper: 1,
      unlabelledColumn: 0,
      proportionPct: null,
      source,
      noteIds: [],
    });
    const claims = [{ id: 'c', textEn: 't', values: { directSharePct: 75, indirectSharePct: 25 }, agreesWithTable: true, noteIds: [], source }];
    const [m] = mediationShares({ rows: [row('indirect', 0.1), row('direct', 0.3), row('total', 0.4)], shareClaims: { 'F1→M→Y': null, 'F2→M→Y': 'c', 'F3→M→Y': null } }, claims);
    // 0.1 / 0.4 = 25 %, 0.3 / 0.4 = 75 %.
    expect(m!.totalRecomputed).toBeCloseTo(0.4, 12);
    expect(m!.indirectShare).toBeCloseTo(0.25, 12);
    expect(m!.directShare).toBeCloseTo(0.75, 12);
    expect([m!.indirectPctProse, m!.directPctProse]).toEqual([25, 75]);
  });
});

describe('a malformed case-study file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cases-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file, the row and the column', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const file = join(dir, 'clusters/yongkang.json');
    const yongkang = JSON.parse(readFileSync(file, 'utf8'));
    yongkang.table4.paths[2].se = 'x';
    writeFileSync(file, JSON.stringify(yongkang));
    const problems: string[] = [];
    loadCaseStudyFiles(dir, new Set(), problems);
    expect(problems).toContain('clusters/yongkang.json: table4.paths row 2, column se: Invalid input: expected number, received string');
  });

  it('names the file, the placement rule and the column of a note placed on an unknown column', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const file = join(dir, 'clusters/yongkang.json');
    const yongkang = JSON.parse(readFileSync(file, 'utf8'));
    yongkang.notePlacement.mediation.rowNotes[2].columns = ['proportion_pct', 'share_pct'];
    yongkang.notePlacement.paths.columnNotes.stimate = ['yk-table2-equals-paths'];
    writeFileSync(file, JSON.stringify(yongkang));
    const problems: string[] = [];
    expect(loadCaseStudyFiles(dir, new Set(), problems).yongkang).toBeNull();
    expect(problems).toContain(
      'clusters/yongkang.json: notePlacement.mediation.rowNotes row 2, column columns: unknown column "share_pct" of the mediation table (its columns: model, effect, point_estimate, se, z, ci_lower, ci_upper, unlabelled_column, proportion_pct, share_recomputed_pct, share_in_prose_pct, ci_excludes_zero, hypothesis)',
    );
    expect(problems.some((p) => p.startsWith('clusters/yongkang.json: field notePlacement.paths.columnNotes.stimate: unknown column "stimate" of the paths table'))).toBe(true);
  });

  it('names the rule of a placement whose test the table cannot make', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const file = join(dir, 'clusters/yongkang.json');
    const yongkang = JSON.parse(readFileSync(file, 'utf8'));
    yongkang.notePlacement.paths.cellNotes[0].when = 'diagonalMismatch';
    writeFileSync(file, JSON.stringify(yongkang));
    const problems: string[] = [];
    loadCaseStudyFiles(dir, new Set(), problems);
    expect(problems).toContain('clusters/yongkang.json: notePlacement.paths.cellNotes row 0, column when: the paths table cannot test "diagonalMismatch" (it tests: sigTripleStar)');
  });

  it('names the file, the placement rule and the column of a rows filter naming a row the table lacks', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const file = join(dir, 'clusters/yongkang.json');
    const yongkang = JSON.parse(readFileSync(file, 'utf8'));
    yongkang.notePlacement.validity.cellNotes[1].rows = ['Y', 'F4'];
    yongkang.notePlacement.paths.rowNotes = [...(yongkang.notePlacement.paths.rowNotes ?? []), { rows: ['F1->Y'], columns: ['se'] }];
    yongkang.notePlacement.sample.rowNotes = [...(yongkang.notePlacement.sample.rowNotes ?? []), { rows: ['gender'], columns: ['count'] }];
    writeFileSync(file, JSON.stringify(yongkang));
    const problems: string[] = [];
    loadCaseStudyFiles(dir, new Set(), problems);
    const rowProblems = problems.filter((p) => p.includes('column rows'));
    expect(rowProblems).toEqual([
      'clusters/yongkang.json: notePlacement.validity.cellNotes row 1, column rows: unknown row "F4" of the validity table (its rows: F1, F2, F3, M, Y)',
      `clusters/yongkang.json: notePlacement.paths.rowNotes row ${yongkang.notePlacement.paths.rowNotes.length - 1}, column rows: unknown row "F1->Y" of the paths table (its rows: F1→Y, F2→Y, F3→Y, M→Y, F1→M, F2→M, F3→M)`,
      `clusters/yongkang.json: notePlacement.sample.rowNotes row ${yongkang.notePlacement.sample.rowNotes.length - 1}, column rows: unknown row "gender" of the sample table (it places no notes by row)`,
    ]);
  });

  it('accepts the rows filters of the data file as it is', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const problems: string[] = [];
    loadCaseStudyFiles(dir, new Set(), problems);
    expect(problems.filter((p) => p.includes('column rows'))).toEqual([]);
  });

  it('names a reference that cites a paper by its old file key, and one naming no paper of sources.json', () => {
    cpSync(resolve(import.meta.dirname, '../../data/clusters'), join(dir, 'clusters'), { recursive: true });
    const file = join(dir, 'clusters/yongkang.json');
    const yongkang = JSON.parse(readFileSync(file, 'utf8'));
    yongkang.table4.paths[1].source = { file: '003_be2a22baed7387ac.txt', where: 'Table 4' };
    writeFileSync(file, JSON.stringify(yongkang));
    const problems: string[] = [];
    loadCaseStudyFiles(dir, new Set(), problems);
    expect(problems).toContain('clusters/yongkang.json: table4.paths row 1, column source.sourceId: Invalid input: expected string, received undefined');

    yongkang.table4.paths[1].source = { sourceId: 'seed009-no-such-paper', where: 'Table 4' };
    writeFileSync(file, JSON.stringify(yongkang));
    const unknown: string[] = [];
    loadCaseStudyFiles(dir, new Set(), unknown, new Set(['seed003-zhu-lu-yongkang', 'seed001-xia-wenzhou', 'seed002-cross-border-clusters']));
    expect(unknown).toContain('clusters/yongkang.json: source.sourceId "seed009-no-such-paper" is not a paper of sources.json (one with a source text)');
  });

  it('describes paths without a row as fields', () => {
    expect(describeJsonPath(['meta', 'titleEn'])).toBe('field meta.titleEn');
    expect(describeJsonPath(['table1', 'items', 3, 'source', 'sourceId'])).toBe('table1.items row 3, column source.sourceId');
  });
});
