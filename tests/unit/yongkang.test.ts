import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import notesJson from '@/data/clusters/notes.json';
import { aveComparison, discriminantValidity, fitChecks, mediationShares } from '@/lib/metrics/yongkang-sem.ts';
import { cleanLatex, cleanPrinted } from '@/lib/views/clusters/latex.ts';
import { semTableCsv, semTableJson } from '@/lib/views/clusters/yongkang-api.ts';
import { buildYongkangCaseStudy, buildYongkangSummary, pageNoteOrder, pathEdges, questionnaireRates } from '@/lib/views/clusters/yongkang-page.ts';
import { buildSemTable, isTableId, TABLE_IDS, type SemTable, type TableId } from '@/lib/views/clusters/yongkang-tables.ts';
import { yongkangData, yongkangSource } from './case-study-fixture.ts';
import en from '@/messages/en/yongkang.json';
import zh from '@/messages/zh/yongkang.json';

/*
 * View-model recomputations of the Yongkang case study (seed 003_be2a22baed7387ac.txt) against the
 * paper's Tables 1–5. Expected numbers are worked out by hand in the comments; none is produced by
 * the code under test. Printed values must come through unchanged.
 */

const raw = yongkangData.file;
const getSemTable = (id: TableId, lang: 'en' | 'zh' = 'en') => buildSemTable(raw, id, lang);
const getYongkangCaseStudy = () => buildYongkangCaseStudy(yongkangData, yongkangSource);
const byKey = <T extends { construct: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.construct, r]));
const cell = (t: SemTable, row: string, col: string) => t.rows.find((r) => r.key === row)!.cells[col];
const notesOf = (t: SemTable, row: string, col: string) => t.rows.find((r) => r.key === row)!.notes[col] ?? [];

describe('AVE and CR recomputed from Table 1 loadings, beside Table 2', () => {
  const a = byKey(aveComparison(raw.table1.items, raw.table2.rows));

  it('keeps the printed AVE and recomputes Σλ²/n from the printed loadings', () => {
    // F1 (T14 blank): 0.625² + 0.743² + 0.773² + 0.807² = 0.390625 + 0.552049 + 0.597529 + 0.651249 = 2.191452; /4 = 0.547863
    expect(a.F1).toMatchObject({ avePrinted: 0.558, loadingsUsed: 4, items: 5, skippedItems: ['T14'] });
    expect(a.F1.aveRecomputed).toBeCloseTo(0.547863, 6);
    // F3: 0.5929 + 0.611524 + 0.6241 + 0.630436 = 2.45896; /4 = 0.61474
    expect(a.F3.aveRecomputed).toBeCloseTo(0.61474, 6);
    expect(a.F3.avePrinted).toBe(0.618);
    // Y: 0.594441 + 0.580644 + 0.5625 + 0.552049 = 2.289634; /4 = 0.5724085
    expect(a.Y.aveRecomputed).toBeCloseTo(0.5724085, 7);
    expect(a.Y.avePrinted).toBe(0.572);
  });

  it('recomputes CR (the paper prints none)', () => {
    // F3: Σλ = 3.136, (Σλ)² = 9.834496, Σ(1−λ²) = 4 − 2.45896 = 1.54104 → 9.834496 / 11.375536 = 0.8645303
    expect(a.F3.crRecomputed).toBeCloseTo(0.8645303, 6);
    // F1: Σλ = 2.948, (Σλ)² = 8.690704, Σ(1−λ²) = 4 − 2.191452 = 1.808548 → 8.690704 / 10.499252 = 0.827745
    expect(a.F1.crRecomputed).toBeCloseTo(0.827745, 6);
  });

  it('the reliability table shows both, rounded to 4 decimals, and flags F1 (T14 missing)', () => {
    const t = getSemTable('reliability');
    expect(t.rows.map((r) => r.key)).toEqual(['F1', 'F2', 'F3', 'M', 'Y']);
    expect(cell(t, 'F1', 'ave_printed')).toBe(0.558);
    expect(cell(t, 'F1', 'ave_recomputed')).toBe(0.5479);
    expect(cell(t, 'F1', 'ave_difference')).toBe(-0.0101); // 0.547863 − 0.558
    expect(cell(t, 'F2', 'ave_recomputed')).toBe(0.621);
    expect(cell(t, 'M', 'ave_recomputed')).toBe(0.648);
    expect(cell(t, 'M', 'ave_difference')).toBe(0);
    expect(cell(t, 'Y', 'cr_recomputed')).toBe(0.8426);
    expect(notesOf(t, 'F1', 'ave_recomputed')).toContain('yk-t14-no-loading');
    expect(t.columns.filter((c) => c.derived).map((c) => c.key)).toEqual(['ave_recomputed', 'ave_difference', 'cr_recomputed']);
  });

  it('keeps both printed α values of F3 (0.964, 0.864) and Y (0.042, 0.843), choosing neither', () => {
    const t = getSemTable('reliability');
    expect([cell(t, 'F3', 'alpha_printed_1'), cell(t, 'F3', 'alpha_printed_2')]).toEqual([0.964, 0.864]);
    expect([cell(t, 'Y', 'alpha_printed_1'), cell(t, 'Y', 'alpha_printed_2')]).toEqual([0.042, 0.843]);
    expect(notesOf(t, 'F3', 'alpha_printed_1')).toEqual(['yk-alpha-f3-two-values']);
    expect(notesOf(t, 'Y', 'alpha_printed_2')).toEqual(['yk-alpha-y-0042']);
    expect(cell(t, 'F1', 'alpha_printed_1')).toBe(0.875);
    expect(t.rows.find((r) => r.key === 'F1')!.blank).toContain('alpha_printed_2');
  });
});

describe('Table 1 items', () => {
  const t = getSemTable('items');
  it('has the 24 items in printed order with their loadings; T14 has none and a note', () => {
    expect(t.rows).toHaveLength(24);
    expect(t.rows.slice(0, 5).map((r) => r.key)).toEqual(['T11', 'T12', 'T13', 'T14', 'T15']);
    expect(cell(t, 'T11', 'loading')).toBe(0.625);
    expect(cell(t, 'T14', 'loading')).toBeNull();
    expect(notesOf(t, 'T14', 'loading')).toEqual(['yk-t14-no-loading']);
    expect(cell(t, 'T26', 'loading')).toBe(0.8);
  });
  it('puts each α in the row where it is printed, OCR-damaged ones with their note', () => {
    const alphas = t.rows.filter((r) => r.cells.alpha_printed !== null).map((r) => [r.key, r.cells.alpha_printed]);
    expect(alphas).toEqual([
      ['T13', 0.875],
      ['T24', 0.907],
      ['T32', 0.964],
      ['T33', 0.864],
      ['M3', 0.902],
      ['Y2', 0.042],
      ['Y3', 0.843],
    ]);
    expect(notesOf(t, 'Y2', 'alpha_printed')).toEqual(['yk-alpha-y-0042']);
    expect(notesOf(t, 'T32', 'alpha_printed')).toEqual(['yk-alpha-f3-two-values']);
    expect(notesOf(t, 'M3', 'item_id')).toEqual(['yk-table1-ocr-layout']);
    expect(notesOf(t, 'T22', 'text')).toEqual(['yk-table1-ocr-layout']);
  });
  it('gives text cells in the requested language', () => {
    expect(cell(getSemTable('items', 'zh'), 'T11', 'text')).toBe('集群企业的管理水平较高。');
    expect(cell(t, 'T11', 'text')).toBe('the management level of the cluster enterprises is high.');
  });
});

describe('Table 2: √AVE and the Fornell–Larcker check', () => {
  const d = byKey(discriminantValidity(raw.table2.rows));
  it('√AVE of the printed AVE matches the printed diagonal for F1–M, not for Y', () => {
    // √0.558 = 0.746994 → 0.747 ✓ ; √0.622 = 0.788670 → 0.789 ✓ ; √0.618 = 0.786130 → 0.786 ✓ ; √0.648 = 0.804984 → 0.805 ✓
    // √0.572 = 0.756307 → 0.756, printed 0.757 ✗
    for (const c of ['F1', 'F2', 'F3', 'M']) expect(d[c].diagonalMatches).toBe(true);
    expect(d.Y.diagonalMatches).toBe(false);
    expect(d.Y.sqrtAve).toBeCloseTo(0.756307, 6);
    expect(d.Y.diagonalPrinted).toBe(0.757);
  });
  it('passes for every construct with the cells as printed (tightest: F3 0.7861 vs 0.737 with F2)', () => {
    for (const c of ['F1', 'F2', 'F3', 'M', 'Y']) expect(d[c].passes).toBe(true);
    expect(d.F3).toMatchObject({ maxCorrelation: 0.737, with: 'F2' });
    expect(d.F1).toMatchObject({ maxCorrelation: 0.491, with: 'F3' });
  });
  it('the validity table keeps the printed matrix, flags Y’s diagonal and the cells that repeat Table 4', () => {
    const t = getSemTable('validity');
    expect(t.columns.map((c) => c.key)).toEqual(['construct', 'ave', 'F1', 'F2', 'F3', 'M', 'Y', 'sqrt_ave_recomputed', 'diagonal_matches', 'max_correlation', 'max_correlation_with', 'fornell_larcker_passes']);
    expect(cell(t, 'Y', 'Y')).toBe(0.757);
    expect(cell(t, 'Y', 'sqrt_ave_recomputed')).toBe(0.7563);
    expect(cell(t, 'Y', 'diagonal_matches')).toBe(false);
    expect(notesOf(t, 'Y', 'Y')).toEqual(['yk-table2-ocr-diagonal']);
    expect(cell(t, 'Y', 'M')).toBe(0.318);
    expect(notesOf(t, 'Y', 'M')).toEqual(['yk-table2-equals-paths']);
    expect(notesOf(t, 'M', 'F2')).toEqual(['yk-table2-equals-paths']);
    expect(notesOf(t, 'F3', 'F2')).toEqual([]);
    // Upper triangle is empty in the printed table, not missing data.
    expect(t.rows.find((r) => r.key === 'F1')!.blank).toEqual(['F2', 'F3', 'M', 'Y']);
  });
});

describe('Table 3: each fit index against its printed threshold', () => {
  const f = Object.fromEntries(fitChecks(raw.table3.indices).map((x) => [x.index, x]));
  it('GFI 0.884 misses >0.9 but meets the prose’s >0.85; the others meet >0.9 (or 0 < χ²/df < 3, RMSEA < 0.08)', () => {
    expect(f.GFI).toMatchObject({ value: 0.884, meetsThreshold: false, meetsAcceptable: true, judgmentPrinted: 'Acceptable' });
    expect(f.CFI).toMatchObject({ value: 0.954, meetsThreshold: true, meetsAcceptable: null });
    expect(f['χ²/df']).toMatchObject({ value: 1.65, meetsThreshold: true, thresholdPrinted: '$0 < \\chi^2 / df < 3$' });
    expect(f.RMSEA).toMatchObject({ value: 0.062, meetsThreshold: true });
    expect(f.NFI.meetsThreshold).toBe(true); // 0.901 > 0.9
    for (const x of Object.values(f)) expect(x.agreesWithJudgment).toBe(true);
  });
  it('the table keeps 0.884 as GFI (not CFI) and notes the prose’s mix-up on GFI and CFI', () => {
    const t = getSemTable('fit');
    expect(cell(t, 'GFI', 'value')).toBe(0.884);
    expect(cell(t, 'CFI', 'value')).toBe(0.954);
    expect(cell(t, 'GFI', 'acceptable_threshold')).toBe('>0.85');
    expect(notesOf(t, 'GFI', 'value')).toEqual(['yk-fit-gfi-called-cfi']);
    expect(notesOf(t, 'CFI', 'value')).toEqual(['yk-fit-gfi-called-cfi']);
  });
});

describe('Table 4 paths and the diagram', () => {
  it('keeps estimates, S.E., C.R. and Sig as printed; Estimate ÷ S.E. is derived and differs from C.R.', () => {
    const t = getSemTable('paths');
    expect(t.rows.map((r) => r.key)).toEqual(['F1→Y', 'F2→Y', 'F3→Y', 'M→Y', 'F1→M', 'F2→M', 'F3→M']);
    expect(cell(t, 'F1→Y', 'estimate')).toBe(0.094);
    expect(cell(t, 'F1→Y', 'cr')).toBe(1.898);
    expect(cell(t, 'F1→Y', 'estimate_over_se')).toBe(2.136); // 0.094 / 0.044 = 2.13636
    expect(cell(t, 'F2→Y', 'sig_printed')).toBe('***');
    expect(notesOf(t, 'F2→Y', 'sig_printed')).toEqual(['yk-table4-significance-level']);
    expect(cell(t, 'F1→Y', 'outcome_printed')).toBe('not-established');
    expect(cell(t, 'F2→Y', 'hypothesis')).toBe('H2');
  });
  it('labels arrows with the estimate and the printed stars (* only for Sig 0.018; none for 0.058)', () => {
    const e = Object.fromEntries(pathEdges(raw).map((x) => [`${x.from}→${x.to}`, x]));
    expect(Object.keys(e)).toHaveLength(7);
    expect(e['F1→Y']).toMatchObject({ estimate: 0.094, stars: '', significant: false });
    expect(e['F1→M']).toMatchObject({ estimate: 0.157, stars: '*', significant: true });
    for (const k of ['F2→Y', 'F3→Y', 'M→Y', 'F2→M', 'F3→M']) expect(e[k].stars).toBe('***');
  });
});

describe('Table 5 mediation shares', () => {
  const m = Object.fromEntries(mediationShares(raw.table5, raw.proseClaims).map((x) => [x.model, x]));
  it('F2→M→Y: 0.109 / 0.469 = 23.24 % indirect, 76.76 % direct; printed 23 / 77 agree', () => {
    expect(m['F2→M→Y'].totalRecomputed).toBeCloseTo(0.469, 10);
    expect(m['F2→M→Y'].indirectShare).toBeCloseTo(0.232409, 6);
    // Printed as whole percentages: 23.24 % rounds to the printed 23, 76.76 % to 77.
    expect([m['F2→M→Y'].indirectPctPrinted, m['F2→M→Y'].directPctPrinted]).toEqual([23, 77]);
    expect(Math.round(m['F2→M→Y'].indirectShare! * 100)).toBe(23);
    expect(Math.round(m['F2→M→Y'].directShare! * 100)).toBe(77);
  });
  it('F3→M→Y: Table 5 (indirect 26.51, direct 73.49) agrees with 0.101 / 0.381; the prose swaps them', () => {
    const f3 = m['F3→M→Y'];
    expect(f3.indirectShare).toBeCloseTo(0.265092, 6); // 0.101 / 0.381
    expect(f3.directShare).toBeCloseTo(0.734908, 6); // 0.280 / 0.381
    expect([f3.indirectPctPrinted, f3.directPctPrinted]).toEqual([26.51, 73.49]);
    expect([f3.indirectPctProse, f3.directPctProse]).toEqual([73.49, 26.52]);
    // 0.101 / 0.381 = 26.509 % rounds to the printed 26.51; the prose's 73.49 / 26.52 are the other way round.
    expect(Number((f3.indirectShare! * 100).toFixed(2))).toBe(26.51);
    expect(Number((f3.directShare! * 100).toFixed(2))).toBe(73.49);
  });
  it('F1→M→Y prints no point estimates, so no share', () => {
    expect(m['F1→M→Y']).toMatchObject({ direct: null, indirect: null, indirectShare: null });
  });
  it('the mediation table keeps the printed cells (0.280, CI upper 0.544) with the prose beside them and notes', () => {
    const t = getSemTable('mediation');
    expect(t.rows).toHaveLength(9);
    const direct = t.rows.find((r) => r.key === 'F3→M→Y|direct')!;
    expect(direct.cells).toMatchObject({ point_estimate: 0.28, ci_upper: 0.544, proportion_pct: 73.49, share_recomputed_pct: 73.49, share_in_prose_pct: 26.52, ci_excludes_zero: true });
    expect(direct.printed.point_estimate).toBe('0.280');
    expect(direct.notes.ci_upper).toEqual(['yk-f3-direct-ci-upper']);
    expect(direct.notes.share_in_prose_pct).toEqual(['yk-f3-shares-swapped']);
    const f1Direct = t.rows.find((r) => r.key === 'F1→M→Y|direct')!;
    expect(f1Direct.cells).toMatchObject({ point_estimate: null, ci_lower: -0.005, ci_upper: 0.192, ci_excludes_zero: false, hypothesis: 'H4' });
    expect(f1Direct.notes.ci_excludes_zero).toEqual(['yk-h4-reasoning']);
    const f1Indirect = t.rows.find((r) => r.key === 'F1→M→Y|indirect')!;
    expect(f1Indirect.cells.ci_excludes_zero).toBe(true); // [0.01, 0.126]
    expect(cell(t, 'F2→M→Y|total', 'unlabelled_column')).toBe(0);
  });
});

describe('sample', () => {
  it('285 distributed, 254 returned, 233 valid; rates derived', () => {
    const cs = getYongkangCaseStudy();
    expect([cs.sample.distributed, cs.sample.returned, cs.sample.valid]).toEqual([285, 254, 233]);
    const r = questionnaireRates(raw);
    expect(r.returnedOfDistributed).toBeCloseTo(0.891228, 6); // 254 / 285
    expect(r.validOfReturned).toBeCloseTo(0.917323, 6); // 233 / 254
  });
  it('the breakdown table has 16 shares (counts null) and each breakdown sums to 100', () => {
    const t = getSemTable('sample');
    expect(t.rows).toHaveLength(16);
    expect(t.rows.every((r) => r.cells.count === null)).toBe(true);
    const sums = new Map<string, number>();
    for (const r of t.rows) sums.set(String(r.cells.dimension), (sums.get(String(r.cells.dimension)) ?? 0) + Number(r.cells.share_pct));
    expect([...sums.values()]).toEqual([100, 100, 100, 100]);
  });
});

describe('faithfulness: every printed number on the tables is the paper’s', () => {
  it('loadings, AVE, diagonal, correlations, fit values, paths and Table 5 cells equal the data file', () => {
    const items = getSemTable('items');
    for (const it of raw.table1.items) expect(cell(items, it.itemId, 'loading')).toBe(it.loading);
    const v = getSemTable('validity');
    for (const r of raw.table2.rows) {
      expect(cell(v, r.construct, 'ave')).toBe(r.ave);
      expect(cell(v, r.construct, r.construct)).toBe(r.diagonal);
      for (const [k, x] of Object.entries(r.correlations)) expect(cell(v, r.construct, k)).toBe(x);
    }
    const fit = getSemTable('fit');
    for (const ix of raw.table3.indices) expect(cell(fit, ix.name, 'value')).toBe(ix.value);
    const paths = getSemTable('paths');
    for (const p of raw.table4.paths) expect([cell(paths, `${p.from}→${p.to}`, 'estimate'), cell(paths, `${p.from}→${p.to}`, 'se'), cell(paths, `${p.from}→${p.to}`, 'cr')]).toEqual([p.estimate, p.se, p.cr]);
    const med = getSemTable('mediation');
    for (const r of raw.table5.rows) {
      const row = med.rows.find((x) => x.key === `${r.model}|${r.effect}`)!;
      expect([row.cells.point_estimate, row.cells.se, row.cells.z, row.cells.ci_lower, row.cells.ci_upper, row.cells.unlabelled_column, row.cells.proportion_pct]).toEqual([
        r.pointEstimate, r.se, r.z, r.ciLower, r.ciUpper, r.unlabelledColumn, r.proportionPct,
      ]);
    }
  });
});

describe('data notes', () => {
  const yk = (notesJson as Array<{ id: string; scope: Record<string, unknown> }>).filter((n) => n.scope.cluster === 'yongkang').map((n) => n.id);
  it('every Yongkang note is shown somewhere on the page, each once in the numbering', () => {
    const order = pageNoteOrder(raw, TABLE_IDS.map((id) => getSemTable(id)));
    expect(new Set(order).size).toBe(order.length);
    // …and the series note on the +19.4 % figure (data/notes.json), shown on this page too.
    expect([...order].sort()).toEqual([...yk, 'ser-seed003-cross-border-2020'].sort());
  });
  it('every note id attached to a table resolves, and is listed with that table', () => {
    for (const id of TABLE_IDS) {
      const t = getSemTable(id);
      const attached = [...t.columns.flatMap((c) => c.noteIds), ...t.rows.flatMap((r) => Object.values(r.notes).flat())];
      for (const n of attached) expect(t.noteIds).toContain(n);
      expect(semTableJson(yongkangData, t, 'en', {}).meta.notes.map((n) => n.id)).toEqual(t.noteIds);
    }
  });
});

describe('CSV and JSON of each table', () => {
  it.each(TABLE_IDS)('%s: the CSV has exactly the columns (keys) and rows of the table', (id) => {
    const t = getSemTable(id, 'zh');
    const csv = semTableCsv(t);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(t.columns.map((c) => c.key));
    expect(parsed.slice(1)).toEqual(t.rows.map((r) => t.columns.map((c) => {
      const v = r.cells[c.key];
      return v === null || v === undefined ? '' : String(v);
    })));
    const json = semTableJson(yongkangData, t, 'zh', zh.yongkang.cols);
    expect(json.data).toHaveLength(t.rows.length);
    expect(json.meta.columns.map((c) => c.label).every((l) => l.length > 0)).toBe(true);
  });
  it('recognises the seven table ids only', () => {
    expect(TABLE_IDS.every(isTableId)).toBe(true);
    expect(isTableId('bogus')).toBe(false);
    expect(isTableId('items.csv')).toBe(false);
  });
});

describe('messages', () => {
  const keys = (o: unknown, prefix = ''): string[] =>
    o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];
  it('en and zh have the same keys under the one namespace "yongkang"', () => {
    expect(Object.keys(en)).toEqual(['yongkang']);
    expect(Object.keys(zh)).toEqual(['yongkang']);
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
  it('every column and enum code of every table has a label in both languages', () => {
    for (const id of TABLE_IDS) {
      const t = getSemTable(id);
      for (const c of t.columns) {
        for (const m of [en, zh]) expect((m.yongkang.cols as Record<string, string>)[c.key], `${id}.${c.key}`).toBeTruthy();
        if (c.type === 'enum') {
          for (const r of t.rows) {
            const v = r.cells[c.key];
            if (v === null) continue;
            for (const m of [en, zh]) expect((m.yongkang.enums as Record<string, Record<string, string>>)[c.key]?.[String(v)], `${c.key}.${v}`).toBeTruthy();
          }
        }
      }
    }
  });
});

describe('helpers', () => {
  it('cleans LaTeX left by the extraction without touching the words', () => {
    expect(cleanLatex('In model $F3 \\rightarrow M \\rightarrow Y$, the')).toBe('In model F3 → M → Y, the');
    expect(cleanLatex('$F_1 \\rightarrow Y$')).toBe('F1 → Y');
    expect(cleanPrinted('$0 < \\chi^2 / df < 3$')).toBe('0 < χ²/df < 3');
  });
  it('summarises the case study for the clusters registry', () => {
    const s = buildYongkangSummary(yongkangData, yongkangSource);
    expect(s.id).toBe('yongkang');
    expect(s.sample).toEqual({ distributed: 285, returned: 254, valid: 233 });
    expect(s.tables.map((t) => t.csv)).toContain('/api/v1/clusters/yongkang/sem/items.csv');
    // 17 case-study notes and the series note on the +19.4 % figure (the source it matches says +19.05 %).
    expect(s.notes).toHaveLength(18);
    expect(s.notes.map((n) => n.id)).toContain('ser-seed003-cross-border-2020');
  });
});
