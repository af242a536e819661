import { roundTo, aveComparison, discriminantValidity, fitChecks, mediationShares } from '@/lib/metrics/yongkang-sem.ts';
import type { ConstructId, SemTablePlacement, YongkangFile } from '@/lib/schemas/case-study-files.ts';
import { uniqueIds, type LocalText } from './common.ts';
import { cleanPrinted } from './latex.ts';
import { addNote, columnNotes, placeCellNotes, placeRowNotes } from './note-placement.ts';
import { mediationRowKey, pathRowKey } from '@/lib/schemas/sem-row-keys.ts';

/*
 * The seven tables of the Yongkang page (and of /api/v1/clusters/yongkang/sem/{table}): the printed
 * values from the store, the derived columns (lib/metrics/yongkang-sem.ts) beside them, and the data
 * notes attached to the cells they concern.
 */

export type Lang = 'en' | 'zh';
const local = (en: string, zh: string): LocalText => ({ en, zh });
const pick = (text: LocalText, lang: Lang) => (lang === 'zh' ? text.zh : text.en);

export const constructName = (d: YongkangFile, id: ConstructId): LocalText => {
  const c = d.constructs.find((x) => x.id === id);
  if (!c) throw new Error(`the store has no Yongkang construct ${id}`);
  return local(c.nameEn, c.nameZh);
};

export const TABLE_IDS = ['items', 'reliability', 'validity', 'fit', 'paths', 'mediation', 'sample'] as const;
export type TableId = (typeof TABLE_IDS)[number];
export const isTableId = (x: string): x is TableId => (TABLE_IDS as readonly string[]).includes(x);

/**
 * Column kinds: `id` and `text` are strings shown as they are (text is per language), `number`
 * is shown per locale, `enum` is a code the page labels per language, `boolean` a derived check.
 */
export type ColumnType = 'id' | 'text' | 'number' | 'enum' | 'boolean';
export type CellValue = string | number | boolean | null;

export type TableColumn = {
  key: string;
  type: ColumnType;
  /** Computed by Cluster Atlas from printed values (never a figure of the paper). */
  derived: boolean;
  /** Numbers: decimals shown; `fixed` pads with zeros (derived values), otherwise up to `digits` (printed values keep their printed digits). */
  digits?: number;
  fixed?: boolean;
  /** Notes on the whole column (shown in its header). */
  noteIds: string[];
};

export type TableRow = {
  key: string;
  cells: Record<string, CellValue>;
  /** Cell text exactly as printed, where it differs from the number's shortest form (e.g. "0.280"). */
  printed: Record<string, string>;
  /** Cells left empty by the table's layout (upper triangle, rows without an alpha): shown empty, not as a gap. */
  blank: string[];
  /** Data notes per cell. */
  notes: Record<string, string[]>;
};

export type SemTable = {
  id: TableId;
  /** The printed table (or section) the rows come from. */
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** The column whose cell heads each row (scope="row"). */
  rowHeader: string;
  source: { sourceId: string; where: string };
  /** Every note shown with the table: table-level notes, then column and cell notes, first occurrence first. */
  noteIds: string[];
  /** What the paper's prose says about the table. */
  claims: ProseClaim[];
};

/** A column of a table; its header notes are the data file's `columnNotes` for it. */
const columnOf =
  (placement: SemTablePlacement) =>
  (key: string, type: ColumnType, opts: Partial<Omit<TableColumn, 'key' | 'type' | 'noteIds'>> = {}): TableColumn => ({
    key,
    type,
    derived: opts.derived ?? false,
    digits: opts.digits,
    fixed: opts.fixed,
    noteIds: columnNotes(placement, key),
  });

function row(key: string, cells: Record<string, CellValue>, extra: Partial<Omit<TableRow, 'key' | 'cells'>> = {}): TableRow {
  return { key, cells, printed: extra.printed ?? {}, blank: extra.blank ?? [], notes: extra.notes ?? {} };
}

function finish(table: Omit<SemTable, 'noteIds' | 'claims'>, tableNoteIds: readonly string[]): Omit<SemTable, 'claims'> {
  const ids = [...tableNoteIds, ...table.columns.flatMap((c) => c.noteIds), ...table.rows.flatMap((r) => Object.values(r.notes).flat())];
  return { ...table, noteIds: uniqueIds(ids) };
}

function itemsTable(d: YongkangFile, lang: Lang): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.items;
  const col = columnOf(placement);
  const alphaByRow = new Map<string, { value: number; noteIds: string[] }>();
  for (const c of d.table1.constructs) {
    c.printedInRows.forEach((itemId, i) => alphaByRow.set(itemId, { value: c.cronbachAlphaPrinted[i]!, noteIds: c.noteIds }));
  }
  const rows = d.table1.items.map((item) => {
    const notes: Record<string, string[]> = {};
    placeRowNotes(notes, placement, item.itemId, item.noteIds, { itemIdPrinted: item.itemIdPrinted, itemIdNotPrinted: !item.itemIdPrinted });
    // The alpha cell carries the notes of the construct whose alpha it prints.
    const alpha = alphaByRow.get(item.itemId);
    if (alpha?.noteIds.length) addNote(notes, 'alpha_printed', ...alpha.noteIds);
    return row(
      item.itemId,
      {
        construct: item.construct,
        item_id: item.itemId,
        text: pick(local(item.textEn, item.textZh), lang),
        loading: item.loading,
        alpha_printed: alpha?.value ?? null,
      },
      { notes, blank: alpha ? [] : ['alpha_printed'] },
    );
  });
  return finish(
    {
      id: 'items',
      title: d.table1.titlePrinted,
      columns: [col('construct', 'id'), col('item_id', 'id'), col('text', 'text'), col('loading', 'number', { digits: 3 }), col('alpha_printed', 'number', { digits: 3 })],
      rows,
      rowHeader: 'item_id',
      source: { sourceId: d.table1.source.sourceId, where: d.table1.source.where },
    },
    placement.tableNotes ?? d.table1.noteIds,
  );
}

function reliabilityTable(d: YongkangFile, lang: Lang): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.reliability;
  const col = columnOf(placement);
  const ave = new Map(aveComparison(d.table1.items, d.table2.rows).map((a) => [a.construct, a]));
  const rows = d.table1.constructs.map((c) => {
    const a = ave.get(c.construct)!;
    const notes: Record<string, string[]> = {};
    const tests = { twoAlphasPrinted: c.cronbachAlphaPrinted.length > 1, loadingsSkipped: a.skippedItems.length > 0 };
    placeRowNotes(notes, placement, c.construct, c.noteIds, tests);
    placeCellNotes(notes, placement, c.construct, tests);
    const diff = a.aveRecomputed === null ? null : roundTo(a.aveRecomputed - a.avePrinted, 4);
    return row(
      c.construct,
      {
        construct: c.construct,
        construct_name: pick(constructName(d, c.construct), lang),
        items: a.items,
        loadings_used: a.loadingsUsed,
        alpha_printed_1: c.cronbachAlphaPrinted[0] ?? null,
        alpha_printed_2: c.cronbachAlphaPrinted[1] ?? null,
        ave_printed: a.avePrinted,
        ave_recomputed: roundTo(a.aveRecomputed, 4),
        ave_difference: diff === 0 ? 0 : diff,
        cr_recomputed: roundTo(a.crRecomputed, 4),
      },
      { notes, blank: c.cronbachAlphaPrinted.length > 1 ? [] : ['alpha_printed_2'] },
    );
  });
  return finish(
    {
      id: 'reliability',
      title: `${d.table1.titlePrinted}; ${d.table2.titlePrinted}`,
      columns: [
        col('construct', 'id'),
        col('construct_name', 'text'),
        col('items', 'number', { digits: 0 }),
        col('loadings_used', 'number', { digits: 0 }),
        col('alpha_printed_1', 'number', { digits: 3 }),
        col('alpha_printed_2', 'number', { digits: 3 }),
        col('ave_printed', 'number', { digits: 3 }),
        col('ave_recomputed', 'number', { derived: true, digits: 4, fixed: true }),
        col('ave_difference', 'number', { derived: true, digits: 4, fixed: true }),
        col('cr_recomputed', 'number', { derived: true, digits: 4, fixed: true }),
      ],
      rows,
      rowHeader: 'construct',
      source: { sourceId: d.table1.source.sourceId, where: 'Table 1 Factor analysis; Table 2 Validity analysis' },
    },
    placement.tableNotes ?? d.table1.noteIds,
  );
}

function validityTable(d: YongkangFile): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.validity;
  const col = columnOf(placement);
  const dv = new Map(discriminantValidity(d.table2.rows).map((d) => [d.construct, d]));
  const order = d.table2.rows.map((r) => r.construct);
  const rows = d.table2.rows.map((r, i) => {
    const d = dv.get(r.construct)!;
    const cells: Record<string, CellValue> = { construct: r.construct, ave: r.ave };
    const blank: string[] = [];
    const notes: Record<string, string[]> = {};
    order.forEach((other, j) => {
      if (j < i) {
        cells[other] = r.correlations[other] ?? null;
      } else if (j === i) {
        cells[other] = r.diagonal;
      } else {
        cells[other] = null;
        blank.push(other);
      }
    });
    cells.sqrt_ave_recomputed = roundTo(d.sqrtAve, 4);
    cells.diagonal_matches = d.diagonalMatches;
    cells.max_correlation = d.maxCorrelation;
    cells.max_correlation_with = d.with;
    cells.fornell_larcker_passes = d.passes;
    const tests = { cellHasValue: (column: string) => cells[column] !== null && cells[column] !== undefined, diagonalMismatch: d.diagonalMatches === false };
    placeCellNotes(notes, placement, r.construct, tests, r.construct);
    return row(r.construct, cells, { blank, notes });
  });
  return finish(
    {
      id: 'validity',
      title: d.table2.titlePrinted,
      columns: [
        col('construct', 'id'),
        col('ave', 'number', { digits: 3 }),
        ...order.map((c) => col(c, 'number', { digits: 3 })),
        col('sqrt_ave_recomputed', 'number', { derived: true, digits: 4, fixed: true }),
        col('diagonal_matches', 'boolean', { derived: true }),
        col('max_correlation', 'number', { derived: true, digits: 3 }),
        col('max_correlation_with', 'id', { derived: true }),
        col('fornell_larcker_passes', 'boolean', { derived: true }),
      ],
      rows,
      rowHeader: 'construct',
      source: { sourceId: d.table2.source.sourceId, where: d.table2.source.where },
    },
    placement.tableNotes ?? d.table2.noteIds,
  );
}

function fitTable(d: YongkangFile): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.fit;
  const col = columnOf(placement);
  const rows = fitChecks(d.table3.indices).map((f) => {
    const notes: Record<string, string[]> = {};
    const tests = { acceptableThreshold: Boolean(f.acceptableThreshold) };
    placeRowNotes(notes, placement, f.index, f.noteIds, tests);
    placeCellNotes(notes, placement, f.index, tests);
    const acceptable = f.acceptableThreshold ? `${f.acceptableThreshold.op}${f.acceptableThreshold.value}` : null;
    return row(
      f.index,
      {
        index: f.index,
        value: f.value,
        threshold_printed: cleanPrinted(f.thresholdPrinted),
        judgment_printed: f.judgmentPrinted === 'Yes' ? 'yes' : 'acceptable',
        meets_threshold: f.meetsThreshold,
        acceptable_threshold: acceptable,
        meets_acceptable: f.meetsAcceptable,
      },
      { notes, blank: acceptable === null ? ['acceptable_threshold', 'meets_acceptable'] : [] },
    );
  });
  return finish(
    {
      id: 'fit',
      title: d.table3.titlePrinted,
      columns: [
        col('index', 'id'),
        col('value', 'number', { digits: 3 }),
        col('threshold_printed', 'id'),
        col('judgment_printed', 'enum'),
        col('meets_threshold', 'boolean', { derived: true }),
        col('acceptable_threshold', 'id'),
        col('meets_acceptable', 'boolean', { derived: true }),
      ],
      rows,
      rowHeader: 'index',
      source: { sourceId: d.table3.source.sourceId, where: d.table3.source.where },
    },
    placement.tableNotes ?? [],
  );
}

function pathsTable(d: YongkangFile): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.paths;
  const col = columnOf(placement);
  const rows = d.table4.paths.map((p) => {
    const path = pathRowKey(p);
    const notes: Record<string, string[]> = {};
    placeRowNotes(notes, placement, path, p.noteIds);
    placeCellNotes(notes, placement, path, { sigTripleStar: p.sigPrinted === '***' });
    // The hypothesis tested by this path (H1–H3: the paths into Y), as the data file names it.
    const hypothesis = d.hypotheses.find((x) => x.pathIds.includes(path));
    const h = hypothesis?.id;
    const outcome = hypothesis?.outcomePrinted ?? null;
    return row(
      path,
      {
        path,
        estimate: p.estimate,
        se: p.se,
        cr: p.cr,
        estimate_over_se: roundTo(p.estimate / p.se, 3),
        sig_printed: p.sigPrinted,
        hypothesis: h ?? null,
        outcome_printed: outcome === null ? null : outcome === 'established' ? 'established' : 'not-established',
      },
      { notes, blank: h ? [] : ['hypothesis', 'outcome_printed'] },
    );
  });
  return finish(
    {
      id: 'paths',
      title: d.table4.titlePrinted,
      columns: [
        col('path', 'id'),
        col('estimate', 'number', { digits: 3 }),
        col('se', 'number', { digits: 3 }),
        col('cr', 'number', { digits: 3 }),
        col('estimate_over_se', 'number', { derived: true, digits: 3, fixed: true }),
        col('sig_printed', 'id'),
        col('hypothesis', 'id'),
        col('outcome_printed', 'enum'),
      ],
      rows,
      rowHeader: 'path',
      source: { sourceId: d.table4.source.sourceId, where: d.table4.source.where },
    },
    placement.tableNotes ?? d.table4.noteIds,
  );
}

function mediationTable(d: YongkangFile): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.mediation;
  const col = columnOf(placement);
  const shares = new Map(mediationShares(d.table5, d.proseClaims).map((s) => [s.model, s]));
  const keys = ['point_estimate', 'se', 'z', 'ci_lower', 'ci_upper', 'unlabelled_column', 'proportion_pct'] as const;
  const rows = d.table5.rows.map((r) => {
    const s = shares.get(r.model)!;
    const values = [r.pointEstimate, r.se, r.z, r.ciLower, r.ciUpper, r.unlabelledColumn, r.proportionPct];
    const printed: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (values[i] !== null) printed[k] = r.cellsPrinted[i]!;
    });
    const share = r.effect === 'indirect' ? s.indirectShare : r.effect === 'direct' ? s.directShare : null;
    const prose = r.effect === 'indirect' ? s.indirectPctProse : r.effect === 'direct' ? s.directPctProse : null;
    const notes: Record<string, string[]> = {};
    placeRowNotes(notes, placement, mediationRowKey(r), r.noteIds, { notTotalEffect: r.effect !== 'total' });
    const ciExcludesZero = r.ciLower > 0 || r.ciUpper < 0;
    return row(
      `${r.model}|${r.effect}`,
      {
        model: r.model,
        effect: r.effect,
        point_estimate: r.pointEstimate,
        se: r.se,
        z: r.z,
        ci_lower: r.ciLower,
        ci_upper: r.ciUpper,
        unlabelled_column: r.unlabelledColumn,
        proportion_pct: r.proportionPct,
        share_recomputed_pct: roundTo(share === null ? null : share * 100, 2),
        share_in_prose_pct: prose,
        ci_excludes_zero: ciExcludesZero,
        hypothesis: d.hypotheses.find((h) => h.mediationModel === r.model)?.id ?? null,
      },
      { printed, notes },
    );
  });
  return finish(
    {
      id: 'mediation',
      title: d.table5.titlePrinted,
      columns: [
        col('model', 'id'),
        col('effect', 'enum'),
        col('point_estimate', 'number', { digits: 3 }),
        col('se', 'number', { digits: 3 }),
        col('z', 'number', { digits: 3 }),
        col('ci_lower', 'number', { digits: 3 }),
        col('ci_upper', 'number', { digits: 3 }),
        col('unlabelled_column', 'number', { digits: 3 }),
        col('proportion_pct', 'number', { digits: 2 }),
        col('share_recomputed_pct', 'number', { derived: true, digits: 2, fixed: true }),
        col('share_in_prose_pct', 'number', { digits: 2 }),
        col('ci_excludes_zero', 'boolean', { derived: true }),
        col('hypothesis', 'id'),
      ],
      rows,
      rowHeader: 'model',
      source: { sourceId: d.table5.source.sourceId, where: d.table5.source.where },
    },
    placement.tableNotes ?? d.table5.noteIds,
  );
}

function sampleTable(d: YongkangFile, lang: Lang): Omit<SemTable, 'claims'> {
  const placement = d.notePlacement.sample;
  const col = columnOf(placement);
  const rows = d.sample.breakdowns.flatMap((b) =>
    b.categories.map((c, i) =>
      row(`${b.dimension}|${i}`, { dimension: b.dimension, category: pick(local(c.labelPrinted, c.labelZh), lang), share_pct: c.sharePct, count: c.count }),
    ),
  );
  return finish(
    {
      id: 'sample',
      title: d.sample.titlePrinted,
      columns: [col('dimension', 'enum'), col('category', 'text'), col('share_pct', 'number', { digits: 1 }), col('count', 'number', { digits: 0 })],
      rows,
      rowHeader: 'category',
      source: { sourceId: d.sample.breakdowns[0]!.source.sourceId, where: d.sample.breakdowns[0]!.source.where },
    },
    placement.tableNotes ?? d.sample.noteIds,
  );
}

/** One table of the page, with its rows in page order and text cells in `lang`, and what the prose says about it. */
export function buildSemTable(d: YongkangFile, id: TableId, lang: Lang = 'en'): SemTable {
  const claims = { items: 'table1', reliability: null, validity: 'table2', fit: 'table3', paths: 'table4', mediation: 'table5', sample: null } as const;
  const claimTable = claims[id];
  return { ...tableOf(d, id, lang), claims: claimTable ? proseClaims(d, d[claimTable].claimIds) : [] };
}

function tableOf(d: YongkangFile, id: TableId, lang: Lang): Omit<SemTable, 'claims'> {
  switch (id) {
    case 'items':
      return itemsTable(d, lang);
    case 'reliability':
      return reliabilityTable(d, lang);
    case 'validity':
      return validityTable(d);
    case 'fit':
      return fitTable(d);
    case 'paths':
      return pathsTable(d);
    case 'mediation':
      return mediationTable(d);
    case 'sample':
      return sampleTable(d, lang);
  }
}

export type ProseClaim = { id: string; quote: string; alsoQuotes: string[]; where: string; agreesWithTable: boolean; noteIds: string[] };

/** What the prose says about a table, quoted, with whether it agrees with the table. */
function proseClaims(d: YongkangFile, ids: readonly string[]): ProseClaim[] {
  return ids.map((id) => {
    const c = d.proseClaims.find((x) => x.id === id);
    if (!c) throw new Error(`the store has no Yongkang prose claim ${id}`);
    return { id, quote: c.source.quote ?? '', alsoQuotes: c.source.alsoQuotes ?? [], where: c.source.where, agreesWithTable: c.agreesWithTable, noteIds: c.noteIds };
  });
}

/** CSV cell of a table cell: numbers as numbers, booleans true/false, empty for null/blank. */
export const csvCell = (v: CellValue): string | number | null => (typeof v === 'boolean' ? String(v) : v);
