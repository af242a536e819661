import { z } from 'zod';
import data from '@/data/clusters/yongkang.json';
import sourcesData from '@/data/sources.json';
import { toCsv } from '@/lib/csv/to-csv.ts';
import {
  averageVarianceExtracted,
  checkThreshold,
  compositeReliability,
  fornellLarcker,
  mediationShare,
  sqrtAve,
  type Threshold,
} from '@/lib/metrics/sem.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';
import { clusterNotes, sourceRefSchema, toSourceRef, uniqueIds, type ClusterNote, type LocalText, type SourceRef } from './common.ts';

/*
 * The Yongkang hardware cluster case study (seed 003, Zhu & Lu, a structural equation model):
 * typed access to data/clusters/yongkang.json and the view models of its page and API.
 *
 * Every value is the paper's, as transcribed. What can be recomputed from the printed tables
 * (√AVE and the Fornell–Larcker check, AVE and CR from the loadings, mediation shares, each fit
 * index against its printed threshold) is computed with lib/metrics/sem.ts and shown *beside*
 * the printed value, in columns marked derived; a printed value is never replaced. The data notes
 * (data/clusters/notes.json) are attached to the cells they concern.
 */

// ---------------------------------------------------------------- schemas of the data file

const CONSTRUCT_IDS = ['F1', 'F2', 'F3', 'M', 'Y'] as const;
export type ConstructId = (typeof CONSTRUCT_IDS)[number];
const constructId = z.enum(CONSTRUCT_IDS);
const noteIds = z.array(z.string().min(1));
const thresholdSchema = z.object({ op: z.enum(['>=', '<=', '>', '<']), value: z.number() });

const fileSchema = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    paperTitle: z.string(),
    authors: z.array(z.string()),
    paperYear: z.number().nullable(),
    paperYearNoteEn: z.string(),
    paperYearNoteZh: z.string(),
    software: z.string(),
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    source: sourceRefSchema,
  }),
  cluster: z.object({ id: z.literal('yongkang'), nameEn: z.string(), nameZh: z.string(), province: z.string(), provinceZh: z.string(), source: sourceRefSchema }),
  constructs: z.array(
    z.object({
      id: constructId,
      namePrinted: z.string(),
      nameEn: z.string(),
      nameZh: z.string(),
      role: z.enum(['independent', 'mediator', 'dependent']),
      definitionEn: z.string(),
      definitionZh: z.string(),
      source: sourceRefSchema,
    }),
  ),
  hypotheses: z.array(
    z.object({
      id: z.string().regex(/^H\d$/),
      textEn: z.string(),
      textZh: z.string(),
      outcomePrinted: z.enum(['established', 'not established']),
      source: sourceRefSchema,
      noteIds,
    }),
  ),
  sample: z.object({
    questionnairesDistributed: z.number().int(),
    questionnairesReturned: z.number().int(),
    questionnairesValid: z.number().int(),
    mode: z.string(),
    modeZh: z.string(),
    invalidCriteriaEn: z.string(),
    invalidCriteriaZh: z.string(),
    scopeEn: z.string(),
    scopeZh: z.string(),
    preSurvey: z.object({ questionnaires: z.number().int(), textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    scale: z.object({ textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    source: sourceRefSchema,
    breakdownBaseNoteEn: z.string(),
    breakdownBaseNoteZh: z.string(),
    noteIds,
    breakdowns: z.array(
      z.object({
        dimension: z.enum(['education', 'yearsInCrossBorderEcommerce', 'unitType', 'job']),
        dimensionZh: z.string(),
        categories: z.array(z.object({ labelPrinted: z.string(), labelZh: z.string(), sharePct: z.number(), count: z.number().nullable() })),
        sumPct: z.number(),
        source: sourceRefSchema,
      }),
    ),
  }),
  proseFigures: z.array(
    z.object({
      id: z.string(),
      labelEn: z.string(),
      labelZh: z.string(),
      value: z.number(),
      unit: z.string(),
      qualifier: z.enum(['about', 'more than']).nullable(),
      year: z.number().int().nullable(),
      source: sourceRefSchema,
      noteIds,
      yearNoteEn: z.string().optional(),
      yearNoteZh: z.string().optional(),
      baseYear: z.number().int().optional(),
      rankInZhejiang: z.number().int().optional(),
      rankNoteEn: z.string().optional(),
      rankNoteZh: z.string().optional(),
      scopeEn: z.string().optional(),
      scopeZh: z.string().optional(),
      thresholdPrinted: z.string().optional(),
      threshold: thresholdSchema.optional(),
      significancePrinted: z.string().optional(),
    }),
  ),
  table1: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    items: z.array(
      z.object({
        construct: constructId,
        itemId: z.string(),
        itemIdPrinted: z.boolean(),
        textEn: z.string(),
        textZh: z.string(),
        loading: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
        textNoteEn: z.string().optional(),
        textNoteZh: z.string().optional(),
        itemIdNoteEn: z.string().optional(),
        itemIdNoteZh: z.string().optional(),
      }),
    ),
    constructs: z.array(
      z.object({
        construct: constructId,
        cronbachAlpha: z.number().nullable(),
        cronbachAlphaPrinted: z.array(z.number()).min(1).max(2),
        printedInRows: z.array(z.string()),
        noteIds,
        source: sourceRefSchema,
        crPrinted: z.null(),
      }),
    ),
    noteIds,
  }),
  table2: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    rows: z.array(z.object({ construct: constructId, ave: z.number(), diagonal: z.number(), correlations: z.record(z.string(), z.number()), source: sourceRefSchema })),
    noteIds,
  }),
  table3: z.object({
    titlePrinted: z.string(),
    source: sourceRefSchema,
    indices: z.array(
      z.object({
        name: z.string(),
        namePrinted: z.string(),
        value: z.number(),
        thresholdPrinted: z.string(),
        thresholds: z.array(thresholdSchema).min(1),
        acceptableThreshold: thresholdSchema.extend({ source: sourceRefSchema, noteEn: z.string(), noteZh: z.string() }).nullable(),
        judgmentPrinted: z.enum(['Yes', 'Acceptable']),
        fullNameFromNote: z.string().nullable(),
        noteIds,
      }),
    ),
    notePrinted: z.string(),
  }),
  table4: z.object({
    titlePrinted: z.string(),
    notePrinted: z.string(),
    source: sourceRefSchema,
    paths: z.array(
      z.object({
        from: constructId,
        to: constructId,
        estimate: z.number(),
        se: z.number(),
        cr: z.number(),
        sigPrinted: z.string(),
        p: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
      }),
    ),
    noteIds,
  }),
  table5: z.object({
    titlePrinted: z.string(),
    method: z.object({ textEn: z.string(), textZh: z.string(), source: sourceRefSchema }),
    source: sourceRefSchema,
    rows: z.array(
      z.object({
        model: z.enum(['F1→M→Y', 'F2→M→Y', 'F3→M→Y']),
        effect: z.enum(['indirect', 'direct', 'total']),
        cellsPrinted: z.array(z.string()).length(7),
        pointEstimate: z.number().nullable(),
        se: z.number().nullable(),
        z: z.number().nullable(),
        ciLower: z.number(),
        ciUpper: z.number(),
        unlabelledColumn: z.number(),
        proportionPct: z.number().nullable(),
        source: sourceRefSchema,
        noteIds,
      }),
    ),
    noteIds,
  }),
  proseClaims: z.array(
    z.object({
      id: z.string(),
      textEn: z.string(),
      values: z.record(z.string(), z.unknown()),
      agreesWithTable: z.boolean(),
      noteIds,
      source: sourceRefSchema,
    }),
  ),
  recomputed: z.object({ derived: z.literal(true), noteEn: z.string(), noteZh: z.string(), formulaAve: z.string(), formulaCr: z.string() }),
});

const FILE = fileSchema.parse(data);

const sourceSchema = z.object({
  id: z.string(),
  kind: z.enum(['paper', 'official', 'industry', 'press']),
  publisher: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  asReportedBy: z.string().nullable(),
  whereRead: z.string(),
  licence: z.string(),
  citation: z.object({ authors: z.array(z.string()).optional(), year: z.number().nullable().optional(), container: z.string().nullable().optional() }).nullable(),
});

/** The id of seed 003 in data/sources.json. */
export const YONGKANG_SOURCE_ID = 'seed003-zhu-lu-yongkang';

// ---------------------------------------------------------------- small helpers

export type Lang = 'en' | 'zh';
const local = (en: string, zh: string): LocalText => ({ en, zh });
const pick = (text: LocalText, lang: Lang) => (lang === 'zh' ? text.zh : text.en);
/** Rounds a derived number to the precision it is shown (and exported) with. */
export const roundTo = (x: number | null, digits: number): number | null => (x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));
const sourceOf = (s: z.output<typeof sourceRefSchema>): SourceRef => toSourceRef(s);

const constructById = new Map(FILE.constructs.map((c) => [c.id, c]));
export const constructName = (id: ConstructId): LocalText => {
  const c = constructById.get(id);
  if (!c) throw new Error(`yongkang.json has no construct ${id}`);
  return local(c.nameEn, c.nameZh);
};

/** LaTeX left in the extracted text ("$F_3 \rightarrow M$") as plain symbols ("F3 → M"); the words are untouched. */
export const cleanLatex = (s: string) =>
  s
    .replace(/\$/g, '')
    .replace(/\\rightarrow/g, '→')
    .replace(/\\chi\^2/g, 'χ²')
    .replace(/([A-Z])_(\d)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();

/** LaTeX left in the extracted text, e.g. "$0 < \chi^2 / df < 3$" → "0 < χ²/df < 3". The printed symbols are kept. */
export const cleanPrinted = (s: string) =>
  s
    .replace(/\$/g, '')
    .replace(/\\chi\^2/g, 'χ²')
    .replace(/χ\^2/g, 'χ²')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();

// ---------------------------------------------------------------- recomputations (view models)

export type AveComparison = {
  construct: ConstructId;
  /** Table 2's AVE. */
  avePrinted: number;
  /** Σλ²/n over Table 1's printed loadings (derived, unrounded). */
  aveRecomputed: number | null;
  /** Composite reliability from the same loadings (derived; the paper prints no CR). */
  crRecomputed: number | null;
  loadingsUsed: number;
  /** Items printed with no loading (skipped), by item id. */
  skippedItems: string[];
  items: number;
};

const loadingsOf = (c: ConstructId) => Object.fromEntries(FILE.table1.items.filter((i) => i.construct === c).map((i) => [i.itemId, i.loading]));

/** AVE (and CR) recomputed from Table 1's loadings, beside Table 2's printed AVE. */
export function aveComparison(): AveComparison[] {
  return FILE.table2.rows.map((row) => {
    const loadings = loadingsOf(row.construct);
    const ave = averageVarianceExtracted(loadings);
    const cr = compositeReliability(loadings);
    return {
      construct: row.construct,
      avePrinted: row.ave,
      aveRecomputed: ave.value,
      crRecomputed: cr.value,
      loadingsUsed: ave.used,
      skippedItems: ave.skipped,
      items: Object.keys(loadings).length,
    };
  });
}

export type DiscriminantRow = {
  construct: ConstructId;
  ave: number;
  /** The diagonal as printed (√AVE per the prose). */
  diagonalPrinted: number;
  /** √ of the printed AVE (derived, unrounded). */
  sqrtAve: number | null;
  /** Whether √AVE rounded to three decimals is the printed diagonal. */
  diagonalMatches: boolean | null;
  maxCorrelation: number | null;
  with: string | null;
  /** Fornell–Larcker: √AVE > |largest correlation|, with the correlations as printed. */
  passes: boolean | null;
};

const correlationMatrix = () => Object.fromEntries(FILE.table2.rows.map((r) => [r.construct, r.correlations]));

/** √AVE and the Fornell–Larcker check from Table 2 as printed. */
export function discriminantValidity(): DiscriminantRow[] {
  const ave = Object.fromEntries(FILE.table2.rows.map((r) => [r.construct, r.ave]));
  const fl = fornellLarcker({ ave, correlations: correlationMatrix() });
  return FILE.table2.rows.map((row, i) => {
    const root = sqrtAve(row.ave);
    const f = fl[i]!;
    return {
      construct: row.construct,
      ave: row.ave,
      diagonalPrinted: row.diagonal,
      sqrtAve: root,
      diagonalMatches: root === null ? null : roundTo(root, 3) === row.diagonal,
      maxCorrelation: f.maxCorrelation,
      with: f.with,
      passes: f.passes,
    };
  });
}

export type FitCheck = {
  index: string;
  value: number;
  thresholdPrinted: string;
  thresholds: Threshold[];
  judgmentPrinted: 'Yes' | 'Acceptable';
  /** The value meets every printed "ideal standard" threshold. */
  meetsThreshold: boolean;
  /** The ">0.85" acceptable level, stated only in the prose (attached to GFI, see the note). */
  acceptableThreshold: Threshold | null;
  meetsAcceptable: boolean | null;
  /** Whether the recomputed check gives the printed judgment (Yes ⇔ meets; Acceptable ⇔ fails ideal, meets acceptable). */
  agreesWithJudgment: boolean;
  noteIds: string[];
};

/** Each fit index of Table 3 against its printed thresholds. */
export function fitChecks(): FitCheck[] {
  return FILE.table3.indices.map((ix) => {
    const meetsThreshold = ix.thresholds.every((t) => checkThreshold(ix.value, t));
    const acceptable = ix.acceptableThreshold ? { op: ix.acceptableThreshold.op, value: ix.acceptableThreshold.value } : null;
    const meetsAcceptable = acceptable ? checkThreshold(ix.value, acceptable) : null;
    const agrees = ix.judgmentPrinted === 'Yes' ? meetsThreshold : !meetsThreshold && meetsAcceptable === true;
    return {
      index: ix.name,
      value: ix.value,
      thresholdPrinted: cleanPrinted(ix.thresholdPrinted),
      thresholds: ix.thresholds,
      judgmentPrinted: ix.judgmentPrinted,
      meetsThreshold,
      acceptableThreshold: acceptable,
      meetsAcceptable,
      agreesWithJudgment: agrees,
      noteIds: ix.noteIds,
    };
  });
}

export type MediationModel = 'F1→M→Y' | 'F2→M→Y' | 'F3→M→Y';
export type MediationShareRow = {
  model: MediationModel;
  direct: number | null;
  indirect: number | null;
  /** direct + indirect (derived) and the printed total. */
  totalRecomputed: number | null;
  totalPrinted: number | null;
  /** Fractions (0.2651 = 26.51 %), derived, unrounded. */
  indirectShare: number | null;
  directShare: number | null;
  /** Table 5's printed proportions (%). */
  indirectPctPrinted: number | null;
  directPctPrinted: number | null;
  /** The prose's proportions (%), as printed, where the prose gives them. */
  indirectPctProse: number | null;
  directPctProse: number | null;
};

const proseShares = (id: string) => {
  const claim = FILE.proseClaims.find((c) => c.id === id);
  const v = claim?.values ?? {};
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  return { direct: num(v.directSharePct), indirect: num(v.indirectSharePct) };
};
const PROSE_SHARE_CLAIM: Record<MediationModel, string | null> = { 'F1→M→Y': null, 'F2→M→Y': 'f2-shares-prose', 'F3→M→Y': 'f3-shares-prose' };

/** Indirect / total and direct / total for each mediation model of Table 5. */
export function mediationShares(): MediationShareRow[] {
  const models = uniqueIds(FILE.table5.rows.map((r) => r.model)) as MediationModel[];
  return models.map((model) => {
    const row = (effect: 'indirect' | 'direct' | 'total') => FILE.table5.rows.find((r) => r.model === model && r.effect === effect)!;
    const direct = row('direct').pointEstimate;
    const indirect = row('indirect').pointEstimate;
    const share = direct === null || indirect === null ? null : mediationShare({ direct, indirect });
    const claim = PROSE_SHARE_CLAIM[model];
    const prose = claim ? proseShares(claim) : { direct: null, indirect: null };
    return {
      model,
      direct,
      indirect,
      totalRecomputed: share?.total ?? null,
      totalPrinted: row('total').pointEstimate,
      indirectShare: share?.indirectShare ?? null,
      directShare: share?.directShare ?? null,
      indirectPctPrinted: row('indirect').proportionPct,
      directPctPrinted: row('direct').proportionPct,
      indirectPctProse: prose.indirect,
      directPctProse: prose.direct,
    };
  });
}

/**
 * Whether a printed share (%) agrees with the recomputed fraction to the printed precision
 * (23 ≈ 23.24 %, 26.51 ≈ 26.509 %). Null when either side is missing.
 */
export function shareAgrees(printedPct: number | null, fraction: number | null): boolean | null {
  if (printedPct === null || fraction === null) return null;
  const decimals = (String(printedPct).split('.')[1] ?? '').length;
  return Math.abs(fraction * 100 - printedPct) <= 0.5 * 10 ** -decimals + 1e-9;
}

// ---------------------------------------------------------------- tables (page and API)

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
  source: { file: string; where: string };
  /** Every note shown with the table: table-level notes, then column and cell notes, first occurrence first. */
  noteIds: string[];
};

const col = (key: string, type: ColumnType, opts: Partial<Omit<TableColumn, 'key' | 'type'>> = {}): TableColumn => ({
  key,
  type,
  derived: opts.derived ?? false,
  digits: opts.digits,
  fixed: opts.fixed,
  noteIds: opts.noteIds ?? [],
});

function row(key: string, cells: Record<string, CellValue>, extra: Partial<Omit<TableRow, 'key' | 'cells'>> = {}): TableRow {
  return { key, cells, printed: extra.printed ?? {}, blank: extra.blank ?? [], notes: extra.notes ?? {} };
}

function addNote(notes: Record<string, string[]>, column: string, ...ids: string[]) {
  notes[column] = uniqueIds([...(notes[column] ?? []), ...ids]);
}

function finish(table: Omit<SemTable, 'noteIds'>, tableNoteIds: readonly string[]): SemTable {
  const ids = [...tableNoteIds, ...table.columns.flatMap((c) => c.noteIds), ...table.rows.flatMap((r) => Object.values(r.notes).flat())];
  return { ...table, noteIds: uniqueIds(ids) };
}

const NOTE = {
  t14: 'yk-t14-no-loading',
  alphaY: 'yk-alpha-y-0042',
  alphaF3: 'yk-alpha-f3-two-values',
  t1Layout: 'yk-table1-ocr-layout',
  aveCr: 'yk-ave-cr-recomputed',
  t2Paths: 'yk-table2-equals-paths',
  t2Diagonal: 'yk-table2-ocr-diagonal',
  gfi: 'yk-fit-gfi-called-cfi',
  sig: 'yk-table4-significance-level',
  crStd: 'yk-table4-cr-vs-standardised',
  t5VsT4: 'yk-table5-vs-table4',
  t5Layout: 'yk-table5-layout',
  f3Swapped: 'yk-f3-shares-swapped',
  f3Ci: 'yk-f3-direct-ci-upper',
  h4: 'yk-h4-reasoning',
  sample: 'yk-sample-shares-only',
  prose: 'yk-prose-figures-undated',
} as const;

function itemsTable(lang: Lang): SemTable {
  const alphaByRow = new Map<string, { value: number; noteIds: string[] }>();
  for (const c of FILE.table1.constructs) {
    c.printedInRows.forEach((itemId, i) => alphaByRow.set(itemId, { value: c.cronbachAlphaPrinted[i]!, noteIds: c.noteIds }));
  }
  const rows = FILE.table1.items.map((item) => {
    const notes: Record<string, string[]> = {};
    for (const id of item.noteIds) {
      if (id === NOTE.t14) addNote(notes, 'loading', id);
      else if (id === NOTE.t1Layout) addNote(notes, item.itemIdPrinted ? 'text' : 'item_id', id);
      else if (id === NOTE.alphaF3 || id === NOTE.alphaY) addNote(notes, 'alpha_printed', id);
      else addNote(notes, 'item_id', id);
    }
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
      title: FILE.table1.titlePrinted,
      columns: [col('construct', 'id'), col('item_id', 'id'), col('text', 'text'), col('loading', 'number', { digits: 3 }), col('alpha_printed', 'number', { digits: 3 })],
      rows,
      rowHeader: 'item_id',
      source: { file: FILE.table1.source.file, where: FILE.table1.source.where },
    },
    FILE.table1.noteIds.filter((id) => id !== NOTE.aveCr),
  );
}

function reliabilityTable(lang: Lang): SemTable {
  const ave = new Map(aveComparison().map((a) => [a.construct, a]));
  const rows = FILE.table1.constructs.map((c) => {
    const a = ave.get(c.construct)!;
    const notes: Record<string, string[]> = {};
    if (c.noteIds.length) {
      addNote(notes, 'alpha_printed_1', ...c.noteIds);
      if (c.cronbachAlphaPrinted.length > 1) addNote(notes, 'alpha_printed_2', ...c.noteIds);
    }
    if (a.skippedItems.length) {
      addNote(notes, 'loadings_used', NOTE.t14);
      addNote(notes, 'ave_recomputed', NOTE.t14);
    }
    const diff = a.aveRecomputed === null ? null : roundTo(a.aveRecomputed - a.avePrinted, 4);
    return row(
      c.construct,
      {
        construct: c.construct,
        construct_name: pick(constructName(c.construct), lang),
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
      title: `${FILE.table1.titlePrinted}; ${FILE.table2.titlePrinted}`,
      columns: [
        col('construct', 'id'),
        col('construct_name', 'text'),
        col('items', 'number', { digits: 0 }),
        col('loadings_used', 'number', { digits: 0 }),
        col('alpha_printed_1', 'number', { digits: 3 }),
        col('alpha_printed_2', 'number', { digits: 3 }),
        col('ave_printed', 'number', { digits: 3 }),
        col('ave_recomputed', 'number', { derived: true, digits: 4, fixed: true, noteIds: [NOTE.aveCr] }),
        col('ave_difference', 'number', { derived: true, digits: 4, fixed: true }),
        col('cr_recomputed', 'number', { derived: true, digits: 4, fixed: true, noteIds: [NOTE.aveCr] }),
      ],
      rows,
      rowHeader: 'construct',
      source: { file: FILE.table1.source.file, where: 'Table 1 Factor analysis; Table 2 Validity analysis' },
    },
    [NOTE.aveCr],
  );
}

function validityTable(): SemTable {
  const dv = new Map(discriminantValidity().map((d) => [d.construct, d]));
  const order = FILE.table2.rows.map((r) => r.construct);
  const rows = FILE.table2.rows.map((r, i) => {
    const d = dv.get(r.construct)!;
    const cells: Record<string, CellValue> = { construct: r.construct, ave: r.ave };
    const blank: string[] = [];
    const notes: Record<string, string[]> = {};
    order.forEach((other, j) => {
      if (j < i) {
        const v = r.correlations[other] ?? null;
        cells[other] = v;
        // The M and Y rows repeat (or nearly repeat) Table 4's path estimates into M and Y (the note explains).
        if (v !== null && (r.construct === 'M' || r.construct === 'Y')) addNote(notes, other, NOTE.t2Paths);
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
    if (d.diagonalMatches === false) {
      addNote(notes, r.construct, NOTE.t2Diagonal);
      addNote(notes, 'diagonal_matches', NOTE.t2Diagonal);
    }
    return row(r.construct, cells, { blank, notes });
  });
  return finish(
    {
      id: 'validity',
      title: FILE.table2.titlePrinted,
      columns: [
        col('construct', 'id'),
        col('ave', 'number', { digits: 3 }),
        ...order.map((c) => col(c, 'number', { digits: 3 })),
        col('sqrt_ave_recomputed', 'number', { derived: true, digits: 4, fixed: true }),
        col('diagonal_matches', 'boolean', { derived: true }),
        col('max_correlation', 'number', { derived: true, digits: 3 }),
        col('max_correlation_with', 'id', { derived: true }),
        col('fornell_larcker_passes', 'boolean', { derived: true, noteIds: [NOTE.t2Paths] }),
      ],
      rows,
      rowHeader: 'construct',
      source: { file: FILE.table2.source.file, where: FILE.table2.source.where },
    },
    FILE.table2.noteIds,
  );
}

function fitTable(): SemTable {
  const rows = fitChecks().map((f) => {
    const notes: Record<string, string[]> = {};
    if (f.noteIds.length) addNote(notes, 'value', ...f.noteIds);
    if (f.acceptableThreshold) addNote(notes, 'acceptable_threshold', NOTE.gfi);
    const acceptable = f.acceptableThreshold ? `${f.acceptableThreshold.op}${f.acceptableThreshold.value}` : null;
    return row(
      f.index,
      {
        index: f.index,
        value: f.value,
        threshold_printed: f.thresholdPrinted,
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
      title: FILE.table3.titlePrinted,
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
      source: { file: FILE.table3.source.file, where: FILE.table3.source.where },
    },
    [],
  );
}

/** Hypotheses tested by each structural path (H1–H3: paths into Y) and mediation model (H4–H6). */
const PATH_HYPOTHESIS: Record<string, string> = { 'F1→Y': 'H1', 'F2→Y': 'H2', 'F3→Y': 'H3' };
const MODEL_HYPOTHESIS: Record<MediationModel, string> = { 'F1→M→Y': 'H4', 'F2→M→Y': 'H5', 'F3→M→Y': 'H6' };
const outcomeOf = (h: string | undefined) => (h ? (FILE.hypotheses.find((x) => x.id === h)?.outcomePrinted ?? null) : null);

function pathsTable(): SemTable {
  const rows = FILE.table4.paths.map((p) => {
    const path = `${p.from}→${p.to}`;
    const notes: Record<string, string[]> = {};
    if (p.sigPrinted === '***') addNote(notes, 'sig_printed', NOTE.sig);
    const h = PATH_HYPOTHESIS[path];
    const outcome = outcomeOf(h);
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
      title: FILE.table4.titlePrinted,
      columns: [
        col('path', 'id'),
        col('estimate', 'number', { digits: 3, noteIds: [NOTE.t2Paths] }),
        col('se', 'number', { digits: 3 }),
        col('cr', 'number', { digits: 3 }),
        col('estimate_over_se', 'number', { derived: true, digits: 3, fixed: true, noteIds: [NOTE.crStd] }),
        col('sig_printed', 'id'),
        col('hypothesis', 'id'),
        col('outcome_printed', 'enum'),
      ],
      rows,
      rowHeader: 'path',
      source: { file: FILE.table4.source.file, where: FILE.table4.source.where },
    },
    FILE.table4.noteIds,
  );
}

function mediationTable(): SemTable {
  const shares = new Map(mediationShares().map((s) => [s.model, s]));
  const keys = ['point_estimate', 'se', 'z', 'ci_lower', 'ci_upper', 'unlabelled_column', 'proportion_pct'] as const;
  const rows = FILE.table5.rows.map((r) => {
    const s = shares.get(r.model)!;
    const values = [r.pointEstimate, r.se, r.z, r.ciLower, r.ciUpper, r.unlabelledColumn, r.proportionPct];
    const printed: Record<string, string> = {};
    keys.forEach((k, i) => {
      if (values[i] !== null) printed[k] = r.cellsPrinted[i]!;
    });
    const share = r.effect === 'indirect' ? s.indirectShare : r.effect === 'direct' ? s.directShare : null;
    const prose = r.effect === 'indirect' ? s.indirectPctProse : r.effect === 'direct' ? s.directPctProse : null;
    const notes: Record<string, string[]> = {};
    for (const id of r.noteIds) {
      if (id === NOTE.t5Layout) for (const k of ['point_estimate', 'se', 'z'] as const) addNote(notes, k, id);
      else if (id === NOTE.h4) {
        if (r.effect !== 'total') addNote(notes, 'ci_excludes_zero', id);
      } else if (id === NOTE.f3Swapped) {
        addNote(notes, 'proportion_pct', id);
        addNote(notes, 'share_in_prose_pct', id);
      } else if (id === NOTE.f3Ci) addNote(notes, 'ci_upper', id);
      else addNote(notes, 'model', id);
    }
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
        hypothesis: MODEL_HYPOTHESIS[r.model],
      },
      { printed, notes },
    );
  });
  return finish(
    {
      id: 'mediation',
      title: FILE.table5.titlePrinted,
      columns: [
        col('model', 'id'),
        col('effect', 'enum'),
        col('point_estimate', 'number', { digits: 3, noteIds: [NOTE.t5VsT4] }),
        col('se', 'number', { digits: 3 }),
        col('z', 'number', { digits: 3 }),
        col('ci_lower', 'number', { digits: 3 }),
        col('ci_upper', 'number', { digits: 3 }),
        col('unlabelled_column', 'number', { digits: 3, noteIds: [NOTE.t5Layout] }),
        col('proportion_pct', 'number', { digits: 2 }),
        col('share_recomputed_pct', 'number', { derived: true, digits: 2, fixed: true }),
        col('share_in_prose_pct', 'number', { digits: 2 }),
        col('ci_excludes_zero', 'boolean', { derived: true }),
        col('hypothesis', 'id'),
      ],
      rows,
      rowHeader: 'model',
      source: { file: FILE.table5.source.file, where: FILE.table5.source.where },
    },
    FILE.table5.noteIds,
  );
}

function sampleTable(lang: Lang): SemTable {
  const rows = FILE.sample.breakdowns.flatMap((b) =>
    b.categories.map((c, i) =>
      row(`${b.dimension}|${i}`, { dimension: b.dimension, category: pick(local(c.labelPrinted, c.labelZh), lang), share_pct: c.sharePct, count: c.count }),
    ),
  );
  return finish(
    {
      id: 'sample',
      title: '4.1 Descriptive statistical analysis',
      columns: [col('dimension', 'enum'), col('category', 'text'), col('share_pct', 'number', { digits: 1, noteIds: [NOTE.sample] }), col('count', 'number', { digits: 0, noteIds: [NOTE.sample] })],
      rows,
      rowHeader: 'category',
      source: { file: FILE.sample.breakdowns[0]!.source.file, where: FILE.sample.breakdowns[0]!.source.where },
    },
    FILE.sample.noteIds,
  );
}

/** One table of the page, with its rows in page order and text cells in `lang`. */
export function getSemTable(id: TableId, lang: Lang = 'en'): SemTable {
  switch (id) {
    case 'items':
      return itemsTable(lang);
    case 'reliability':
      return reliabilityTable(lang);
    case 'validity':
      return validityTable();
    case 'fit':
      return fitTable();
    case 'paths':
      return pathsTable();
    case 'mediation':
      return mediationTable();
    case 'sample':
      return sampleTable(lang);
  }
}

/** CSV cell of a table cell: numbers as numbers, booleans true/false, empty for null/blank. */
export const csvCell = (v: CellValue): string | number | null => (typeof v === 'boolean' ? String(v) : v);

/** The table as CSV: exactly its columns (by key) and rows, in page order. */
export function semTableCsv(table: SemTable): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows.map((r) => table.columns.map((c) => csvCell(r.cells[c.key] ?? null))),
  );
}

export type ApiNote = { id: string; kind: string; text: string; textEn: string; textZh: string };

/** JSON of a table: { data: rows, meta: { table, columns, source, notes } }. */
export function semTableJson(table: SemTable, lang: Lang, labels: Record<string, string>, derivedNote: string = pick(local(FILE.recomputed.noteEn, FILE.recomputed.noteZh), lang)) {
  const notes = clusterNotes(table.noteIds);
  return {
    data: table.rows.map((r) => ({
      ...Object.fromEntries(table.columns.map((c) => [c.key, r.cells[c.key] ?? null])),
      noteIds: Object.fromEntries(Object.entries(r.notes).filter(([, ids]) => ids.length)),
    })),
    meta: {
      table: table.id,
      title: table.title,
      lang,
      columns: table.columns.map((c) => ({ key: c.key, label: labels[c.key] ?? c.key, type: c.type, derived: c.derived, noteIds: c.noteIds })),
      source: { ...table.source, sourceId: YONGKANG_SOURCE_ID },
      derivedNote,
      notes: notes.map((n): ApiNote => ({ id: n.id, kind: n.kind, text: lang === 'zh' ? n.textZh : n.textEn, textEn: n.textEn, textZh: n.textZh })),
      ...(table.id === 'sample' ? { questionnaires: questionnaires() } : {}),
    },
  };
}

// ---------------------------------------------------------------- other page content

export const questionnaires = () => ({
  distributed: FILE.sample.questionnairesDistributed,
  returned: FILE.sample.questionnairesReturned,
  valid: FILE.sample.questionnairesValid,
});

/** Returned ÷ distributed and valid ÷ returned (derived fractions; the paper prints no rate). */
export function questionnaireRates() {
  const q = questionnaires();
  return { returnedOfDistributed: q.returned / q.distributed, validOfReturned: q.valid / q.returned, validOfDistributed: q.valid / q.distributed };
}

export type Breakdown = {
  dimension: 'education' | 'yearsInCrossBorderEcommerce' | 'unitType' | 'job';
  categories: { label: LocalText; sharePct: number; count: number | null }[];
  sumPct: number;
  source: SourceRef;
};

export type PathEdge = {
  from: ConstructId;
  to: ConstructId;
  estimate: number;
  sigPrinted: string;
  /** "***" as printed; "*" where the printed Sig is below 0.05 (0.018; this project's mark, the paper defines only ***); "" otherwise. */
  stars: '***' | '*' | '';
  significant: boolean;
};

/** The edges of the path diagram, from Table 4. */
export function pathEdges(): PathEdge[] {
  return FILE.table4.paths.map((p) => {
    const stars = p.sigPrinted === '***' ? '***' : p.p !== null && p.p < 0.05 ? '*' : '';
    return { from: p.from, to: p.to, estimate: p.estimate, sigPrinted: p.sigPrinted, stars, significant: stars !== '' };
  });
}

export type ProseClaim = { id: string; quote: string; alsoQuotes: string[]; where: string; agreesWithTable: boolean; noteIds: string[] };

const CLAIMS_BY_TABLE: Record<TableId, string[]> = {
  items: ['reliability-prose'],
  reliability: [],
  validity: ['validity-prose'],
  fit: ['fit-prose'],
  paths: ['paths-prose'],
  mediation: ['f1-direct-ci-prose', 'f2-ci-prose', 'f2-shares-prose', 'f3-ci-prose', 'f3-shares-prose'],
  sample: [],
};

/** What the prose says about a table, quoted, with whether it agrees with the table. */
export function proseClaimsFor(table: TableId): ProseClaim[] {
  return CLAIMS_BY_TABLE[table].map((id) => {
    const c = FILE.proseClaims.find((x) => x.id === id);
    if (!c) throw new Error(`yongkang.json has no prose claim ${id}`);
    return { id, quote: c.source.quote ?? '', alsoQuotes: c.source.alsoQuotes ?? [], where: c.source.where, agreesWithTable: c.agreesWithTable, noteIds: c.noteIds };
  });
}

export type ProseFigure = {
  id: string;
  label: LocalText;
  value: number;
  unit: string;
  qualifier: 'about' | 'more than' | null;
  year: number | null;
  baseYear: number | null;
  yearNote: LocalText | null;
  rankNote: LocalText | null;
  scope: LocalText | null;
  source: SourceRef;
  noteIds: string[];
};

const YONGKANG_FIGURES = ['cb-firms', 'cb-firms-growth-vs-2016', 'trad-foreign-trade-share', 'cb-online-retail-exports-2019', 'hardware-export-national-share'] as const;
const NATIONAL_FIGURES = ['china-cb-ecommerce-2020', 'china-cb-ecommerce-2020-growth'] as const;
const DATA_QUALITY_FIGURES = ['kmo', 'bartlett-chi2', 'variance-explained'] as const;

function proseFigure(id: string): ProseFigure {
  const f = FILE.proseFigures.find((x) => x.id === id);
  if (!f) throw new Error(`yongkang.json has no prose figure ${id}`);
  return {
    id: f.id,
    label: local(f.labelEn, f.labelZh),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    year: f.year,
    baseYear: f.baseYear ?? null,
    yearNote: f.yearNoteEn && f.yearNoteZh ? local(f.yearNoteEn, f.yearNoteZh) : null,
    rankNote: f.rankNoteEn && f.rankNoteZh ? local(f.rankNoteEn, f.rankNoteZh) : null,
    scope: f.scopeEn && f.scopeZh ? local(f.scopeEn, f.scopeZh) : null,
    source: sourceOf(f.source),
    noteIds: f.noteIds,
  };
}

export type DataQualityFigure = ProseFigure & { thresholdPrinted: string | null; meetsThreshold: boolean | null; significancePrinted: string | null };

/** KMO, Bartlett and variance explained (4.2), with KMO checked against its printed threshold. */
export function dataQualityFigures(): DataQualityFigure[] {
  return DATA_QUALITY_FIGURES.map((id) => {
    const f = FILE.proseFigures.find((x) => x.id === id)!;
    return {
      ...proseFigure(id),
      thresholdPrinted: f.thresholdPrinted ?? null,
      meetsThreshold: f.threshold ? checkThreshold(f.value, f.threshold) : null,
      significancePrinted: f.significancePrinted ?? null,
    };
  });
}

export type Hypothesis = { id: string; text: LocalText; outcomePrinted: 'established' | 'not established'; source: SourceRef; noteIds: string[] };
export type Construct = { id: ConstructId; name: LocalText; namePrinted: string; role: 'independent' | 'mediator' | 'dependent'; definition: LocalText; source: SourceRef };

export type YongkangCaseStudy = {
  id: 'yongkang';
  title: LocalText;
  name: LocalText;
  province: LocalText;
  paper: { title: string; authors: string[]; year: number | null; yearNote: LocalText; software: string; source: SourceRef };
  translationNote: LocalText;
  derivedNote: LocalText;
  formulas: { ave: string; cr: string };
  source: SourceInfo;
  constructs: Construct[];
  hypotheses: Hypothesis[];
  sample: {
    distributed: number;
    returned: number;
    valid: number;
    mode: LocalText;
    invalidCriteria: LocalText;
    scope: LocalText;
    preSurvey: { questionnaires: number; text: LocalText; source: SourceRef };
    scale: { text: LocalText; source: SourceRef };
    baseNote: LocalText;
    source: SourceRef;
    noteIds: string[];
    breakdowns: Breakdown[];
  };
  figures: ProseFigure[];
  nationalFigures: ProseFigure[];
  dataQuality: DataQualityFigure[];
  fitLegendPrinted: string;
  pathsNotePrinted: string;
  mediationMethod: { text: LocalText; source: SourceRef };
  tableTitles: Record<'table1' | 'table2' | 'table3' | 'table4' | 'table5', string>;
};

/** Everything the page shows besides the tables. */
export function getYongkangCaseStudy(): YongkangCaseStudy {
  const source = sourceSchema.array().parse(sourcesData).find((s) => s.id === YONGKANG_SOURCE_ID);
  if (!source) throw new Error(`data/sources.json has no source ${YONGKANG_SOURCE_ID}`);
  const s = FILE.sample;
  return {
    id: 'yongkang',
    title: local(FILE.meta.titleEn, FILE.meta.titleZh),
    name: local(FILE.cluster.nameEn, FILE.cluster.nameZh),
    province: local(FILE.cluster.province, FILE.cluster.provinceZh),
    paper: {
      title: FILE.meta.paperTitle,
      authors: FILE.meta.authors,
      year: FILE.meta.paperYear,
      yearNote: local(FILE.meta.paperYearNoteEn, FILE.meta.paperYearNoteZh),
      software: FILE.meta.software,
      source: sourceOf(FILE.meta.source),
    },
    translationNote: local(FILE.meta.zhNoteEn, FILE.meta.zhNoteZh),
    derivedNote: local(FILE.recomputed.noteEn, FILE.recomputed.noteZh),
    formulas: { ave: FILE.recomputed.formulaAve, cr: FILE.recomputed.formulaCr },
    source,
    constructs: FILE.constructs.map((c) => ({
      id: c.id,
      name: local(c.nameEn, c.nameZh),
      namePrinted: c.namePrinted,
      role: c.role,
      definition: local(c.definitionEn, c.definitionZh),
      source: sourceOf(c.source),
    })),
    hypotheses: FILE.hypotheses.map((h) => ({ id: h.id, text: local(h.textEn, h.textZh), outcomePrinted: h.outcomePrinted, source: sourceOf(h.source), noteIds: h.noteIds })),
    sample: {
      distributed: s.questionnairesDistributed,
      returned: s.questionnairesReturned,
      valid: s.questionnairesValid,
      mode: local(s.mode, s.modeZh),
      invalidCriteria: local(s.invalidCriteriaEn, s.invalidCriteriaZh),
      scope: local(s.scopeEn, s.scopeZh),
      preSurvey: { questionnaires: s.preSurvey.questionnaires, text: local(s.preSurvey.textEn, s.preSurvey.textZh), source: sourceOf(s.preSurvey.source) },
      scale: { text: local(s.scale.textEn, s.scale.textZh), source: sourceOf(s.scale.source) },
      baseNote: local(s.breakdownBaseNoteEn, s.breakdownBaseNoteZh),
      source: sourceOf(s.source),
      noteIds: s.noteIds,
      breakdowns: s.breakdowns.map((b) => ({
        dimension: b.dimension,
        categories: b.categories.map((c) => ({ label: local(c.labelPrinted, c.labelZh), sharePct: c.sharePct, count: c.count })),
        sumPct: b.sumPct,
        source: sourceOf(b.source),
      })),
    },
    figures: YONGKANG_FIGURES.map(proseFigure),
    nationalFigures: NATIONAL_FIGURES.map(proseFigure),
    dataQuality: dataQualityFigures(),
    fitLegendPrinted: FILE.table3.notePrinted,
    pathsNotePrinted: FILE.table4.notePrinted,
    mediationMethod: { text: local(FILE.table5.method.textEn, FILE.table5.method.textZh), source: sourceOf(FILE.table5.method.source) },
    tableTitles: {
      table1: FILE.table1.titlePrinted,
      table2: FILE.table2.titlePrinted,
      table3: FILE.table3.titlePrinted,
      table4: FILE.table4.titlePrinted,
      table5: FILE.table5.titlePrinted,
    },
  };
}

/** The notes of the case study, by id (data/clusters/notes.json). */
export const yongkangNotes = (ids: readonly string[]): ClusterNote[] => clusterNotes(ids);

/** Every Yongkang note id, in the order the page first shows them (for numbering the markers). */
export function pageNoteOrder(): string[] {
  const tables = TABLE_IDS.map((id) => getSemTable(id, 'en'));
  const byId = new Map(tables.map((t) => [t.id, t]));
  const figures = [...YONGKANG_FIGURES, ...NATIONAL_FIGURES].flatMap((id) => proseFigure(id).noteIds);
  return uniqueIds([
    ...figures,
    ...byId.get('sample')!.noteIds,
    ...byId.get('items')!.noteIds,
    ...byId.get('reliability')!.noteIds,
    ...byId.get('validity')!.noteIds,
    ...byId.get('fit')!.noteIds,
    ...byId.get('paths')!.noteIds,
    ...byId.get('mediation')!.noteIds,
    ...FILE.hypotheses.flatMap((h) => h.noteIds),
    ...FILE.proseClaims.flatMap((c) => c.noteIds),
  ]);
}

/** A short summary for the clusters registry (GET /api/v1/clusters/yongkang). */
export function getYongkangSummary() {
  const cs = getYongkangCaseStudy();
  return {
    id: cs.id,
    title: cs.title,
    name: cs.name,
    province: cs.province,
    paper: cs.paper,
    sample: { distributed: cs.sample.distributed, returned: cs.sample.returned, valid: cs.sample.valid },
    figures: cs.figures,
    hypotheses: cs.hypotheses,
    tables: TABLE_IDS.map((id) => ({ id, json: `/api/v1/clusters/yongkang/sem/${id}`, csv: `/api/v1/clusters/yongkang/sem/${id}.csv` })),
    notes: clusterNotes(pageNoteOrder()),
  };
}
