import { db } from '@/lib/db/index.ts';
import {
  Prisma,
  type CaseFigure,
  type CasePoint,
  type CrossBorderLogisticsModel,
  type SemConstruct,
  type SemCorrelation,
  type SemFitIndex,
  type SemHypothesis,
  type SemItem,
  type SemMediationEffect,
  type SemPath,
  type SemProseClaim,
  type SemReliability,
  type SemSampleCategory,
  type SemValidity,
  type WenzhouFactor,
  type WenzhouIndicator,
} from '@/lib/generated/prisma/client.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';
import { semNotePlacementSchema, type CrossBorderFile, type RawNode, type SourceRefRecord, type WenzhouFile, type YongkangFile } from '@/lib/schemas/case-study-files.ts';
import { toSourceRef } from '@/lib/queries/clusters/source-ref.ts';
import type { ClusterNote, CrossBorderData, WenzhouData, YongkangData } from '@/lib/queries/clusters/types.ts';

/*
 * Reads the case studies from the store (tables of prisma/migrations/20261203200000_case_studies)
 * and gives each back in the shape of its data file, so the views (lib/views/clusters/*) build the
 * same pages and API bodies whatever the store's layout. Only reads; nothing is computed here.
 */

const CASE_STUDY_NOTE_DATASET = 'clusters';
/** Optional fields come back as absent, as in the data file. */
const opt = <T>(value: T | null): T | undefined => value ?? undefined;
type Doc = Record<string, unknown>;
/** A row without its sort key (the order is the array's). */
function dropSort<T extends { sortOrder: number }>(row: T): Omit<T, 'sortOrder'> {
  const { sortOrder, ...rest } = row;
  void sortOrder;
  return rest;
}

type SourceRow = { id: string; kind: SourceInfo['kind']; publisher: string; title: string; date: string | null; as_reported_by: string | null; where_read: string; licence: string; citation: SourceInfo['citation']; reader: SourceInfo['reader'] };
type NoteRow = { id: string; kind: string; text_en: string; text_zh: string; source_id: string | null; cited_source_id: string | null; where: string | null; quote: string | null; also_quotes: string[] | null };
type Row = Record<string, unknown>;

/** Every table whose rows refer to notes (note_ids). */
const NOTE_REFERENCES = Prisma.sql`
  SELECT unnest(note_ids) FROM case_study UNION SELECT unnest(note_ids) FROM case_figure UNION SELECT unnest(note_ids) FROM case_point
  UNION SELECT unnest(note_ids) FROM sem_item UNION SELECT unnest(note_ids) FROM sem_reliability UNION SELECT unnest(note_ids) FROM sem_fit_index
  UNION SELECT unnest(note_ids) FROM sem_path UNION SELECT unnest(note_ids) FROM sem_mediation_effect UNION SELECT unnest(note_ids) FROM sem_hypothesis
  UNION SELECT unnest(note_ids) FROM sem_prose_claim UNION SELECT unnest(note_ids) FROM wenzhou_indicator UNION SELECT unnest(note_ids) FROM wenzhou_factor
  UNION SELECT unnest(note_ids) FROM cross_border_logistics_model`;

/**
 * The case-study notes and every other note a case-study row refers to (e.g. the series notes of
 * data/notes.json), plus `otherIds`, each with its citation (the paper's source id, where, quote) — as
 * one JSON array, a part of the case study's one statement.
 */
const notesJson = (otherIds: readonly string[]) => Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
    'id', n.id, 'kind', n.kind, 'text_en', n.text_en, 'text_zh', n.text_zh, 'source_id', n.source_id,
    'cited_source_id', c.source_id, 'where', c."where", 'quote', c.quote, 'also_quotes', c.also_quotes)), '[]'::json)
  FROM data_note n LEFT JOIN citation c ON c.id = n.citation_id
  WHERE n.dataset = ${CASE_STUDY_NOTE_DATASET} OR n.id IN (${NOTE_REFERENCES}) OR n.id = ANY(${[...otherIds]}::text[]))`;

function toNotes(rows: NoteRow[]): Map<string, ClusterNote> {
  // A note's citation names its paper by its source entry, as the data files and the API do.
  const sourceOf = (n: NoteRow) =>
    n.cited_source_id && n.where !== null ? toSourceRef({ sourceId: n.cited_source_id, where: n.where, quote: n.quote ?? undefined, alsoQuotes: n.also_quotes?.length ? n.also_quotes : undefined }) : null;
  return new Map(rows.map((n) => [n.id, { id: n.id, kind: n.kind, textEn: n.text_en, textZh: n.text_zh, sourceId: n.source_id, source: sourceOf(n) }]));
}

/** The case-study notes (and `otherIds`), by id. */
export async function getCaseStudyNotes(otherIds: readonly string[] = []): Promise<Map<string, ClusterNote>> {
  const [row] = await db().$queryRaw<{ notes: NoteRow[] }[]>`SELECT ${notesJson(otherIds)} AS notes`;
  return toNotes(row!.notes);
}

/**
 * A table's rows as one JSON array in the given order, each row with its columns in table order
 * (row_to_json), camel-cased by `camelRows` to the Prisma field names. PostgreSQL builds the JSON so
 * that a case study is one statement: a dozen Prisma reads in parallel cost several times as much
 * under load, and the uncached pages have a 50 ms budget (docs/performance.md).
 */
const tableJson = (table: string, order: string, where = 'TRUE') =>
  Prisma.raw(`(SELECT coalesce(json_agg(row_to_json(t) ORDER BY ${order}), '[]'::json) FROM ${table} t WHERE ${where})`);
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** Column names to field names (e.g. sort_order → sortOrder); JSON columns keep their own keys. */
const camelRows = <T>(rows: Row[]): T[] => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [camel(k), v])) as T);

/** The case study's own row, the source entry citing its paper, its notes and the named tables' rows: one round trip. */
async function readCaseStudy<K extends string>(id: string, tables: Record<K, Prisma.Sql>, otherNoteIds: readonly string[] = []) {
  const names = Object.keys(tables) as K[];
  const columns = names.map((name) => Prisma.sql`${tables[name]} AS ${Prisma.raw(`"${name}"`)}`);
  const [row] = await db().$queryRaw<({ cs: { document: Doc; source_id: string | null; note_ids: string[]; note_placement: unknown } | null; source: SourceRow | null; notes: NoteRow[] } & Record<K, Row[]>)[]>`
    SELECT (SELECT row_to_json(c) FROM case_study c WHERE c.id = ${id}) AS cs,
      (SELECT row_to_json(s) FROM source s JOIN case_study c ON s.id = c.source_id WHERE c.id = ${id}) AS source,
      ${notesJson(otherNoteIds)} AS notes${columns.length ? Prisma.sql`, ${Prisma.join(columns)}` : Prisma.empty}`;
  if (!row?.cs) throw new Error(`the store has no case study "${id}": run the seed`);
  const s = row.source;
  const source: SourceInfo | null = s && {
    id: s.id,
    kind: s.kind,
    publisher: s.publisher,
    title: s.title,
    date: s.date,
    asReportedBy: s.as_reported_by,
    whereRead: s.where_read,
    licence: s.licence,
    citation: s.citation ?? null,
    reader: s.reader ?? null,
  };
  const rows = Object.fromEntries(names.map((name) => [name, camelRows(row[name])])) as Record<K, Row[]>;
  return { doc: row.cs.document, sourceId: row.cs.source_id, noteIds: row.cs.note_ids, notePlacement: row.cs.note_placement, source, notes: toNotes(row.notes), rows };
}

const source = (json: unknown) => json as SourceRefRecord;

type FigureRow = Omit<CaseFigure, 'source' | 'details'> & { source: unknown; details: unknown };

/** A prose figure (case_figure) in its data file's shape, less the fields of one case study's figures only. */
const figureOf = (f: FigureRow) => ({
  id: f.id,
  labelEn: f.labelEn,
  labelZh: f.labelZh,
  value: f.value,
  unit: f.unit,
  qualifier: f.qualifier,
  year: f.year,
  source: source(f.source),
  noteIds: f.noteIds,
  ...(f.baseYear === null ? {} : { baseYear: f.baseYear }),
  ...(f.details as Doc),
});
const yongkangFigure = (f: FigureRow) => ({ ...figureOf(f), groups: f.groups }) as YongkangFile['proseFigures'][number];
const figuresJson = (caseStudyId: string) => tableJson('case_figure', 't.sort_order', `t.case_study_id = '${caseStudyId}'`);
const bySortOrder = (table: string) => tableJson(table, 't.sort_order');

/** Seed 003 (Yongkang, the SEM): every table of the paper as stored. */
export async function getYongkangData(): Promise<YongkangData> {
  const { doc, sourceId, notePlacement, source: paper, notes, rows } = await readCaseStudy('yongkang', {
    constructs: bySortOrder('sem_construct'),
    hypotheses: bySortOrder('sem_hypothesis'),
    figures: figuresJson('yongkang'),
    items: bySortOrder('sem_item'),
    reliability: bySortOrder('sem_reliability'),
    validity: bySortOrder('sem_validity'),
    correlations: tableJson('sem_correlation', 't.row_construct_id, t.sort_order'),
    fit: bySortOrder('sem_fit_index'),
    paths: bySortOrder('sem_path'),
    mediation: bySortOrder('sem_mediation_effect'),
    claims: bySortOrder('sem_prose_claim'),
    sample: tableJson('sem_sample_category', 't.dimension_sort_order, t.position'),
  });
  const constructs = rows.constructs as SemConstruct[];
  const hypotheses = rows.hypotheses as SemHypothesis[];
  const figures = (rows.figures as FigureRow[]).map(yongkangFigure);
  const items = rows.items as SemItem[];
  const reliability = rows.reliability as SemReliability[];
  const validity = rows.validity as SemValidity[];
  const correlations = rows.correlations as SemCorrelation[];
  const fit = rows.fit as SemFitIndex[];
  const paths = rows.paths as SemPath[];
  const mediation = rows.mediation as SemMediationEffect[];
  const claims = rows.claims as SemProseClaim[];
  const sample = rows.sample as SemSampleCategory[];
  const part = <K extends keyof YongkangFile>(key: K) => doc[key] as Doc;
  const breakdowns = new Map<string, YongkangFile['sample']['breakdowns'][number]>();
  for (const c of sample) {
    const b = breakdowns.get(c.dimension) ?? { dimension: c.dimension as never, dimensionZh: c.dimensionZh, categories: [], sumPct: c.sumPct, source: source(c.source) };
    b.categories.push({ labelPrinted: c.labelPrinted, labelZh: c.labelZh, sharePct: c.sharePct, count: c.count });
    breakdowns.set(c.dimension, b);
  }
  const file = {
    meta: doc.meta,
    cluster: doc.cluster,
    constructs: constructs.map((r) => ({ ...dropSort(r), source: source(r.source) })),
    hypotheses: hypotheses.map((r) => ({ ...dropSort(r), source: source(r.source) })),
    sample: { ...part('sample'), breakdowns: [...breakdowns.values()] },
    proseFigures: figures,
    table1: {
      ...part('table1'),
      items: items.map((r) => ({
        construct: r.constructId,
        itemId: r.itemId,
        itemIdPrinted: r.itemIdPrinted,
        textEn: r.textEn,
        textZh: r.textZh,
        loading: r.loading,
        source: source(r.source),
        noteIds: r.noteIds,
        textNoteEn: opt(r.textNoteEn),
        textNoteZh: opt(r.textNoteZh),
        itemIdNoteEn: opt(r.itemIdNoteEn),
        itemIdNoteZh: opt(r.itemIdNoteZh),
      })),
      constructs: reliability.map((r) => ({
        construct: r.constructId,
        cronbachAlpha: r.cronbachAlpha,
        cronbachAlphaPrinted: r.cronbachAlphaPrinted,
        printedInRows: r.printedInRows,
        noteIds: r.noteIds,
        source: source(r.source),
        crPrinted: null,
      })),
    },
    table2: {
      ...part('table2'),
      rows: validity.map((r) => ({
        construct: r.constructId,
        ave: r.ave,
        diagonal: r.diagonal,
        correlations: Object.fromEntries(correlations.filter((c) => c.rowConstructId === r.constructId).map((c) => [c.columnConstructId, c.value])),
        source: source(r.source),
      })),
    },
    table3: {
      ...part('table3'),
      indices: fit.map(dropSort),
    },
    table4: {
      ...part('table4'),
      paths: paths.map((r) => ({
        from: r.fromConstructId,
        to: r.toConstructId,
        estimate: r.estimate,
        se: r.se,
        cr: r.cr,
        sigPrinted: r.sigPrinted,
        p: r.p,
        source: source(r.source),
        noteIds: r.noteIds,
      })),
    },
    table5: { ...part('table5'), rows: mediation.map((r) => ({ ...dropSort(r), source: source(r.source) })) },
    proseClaims: claims.map((r) => ({ ...dropSort(r), source: source(r.source) })),
    recomputed: doc.recomputed,
    // Stored as the seed validated it; parsed again so a hand-edited row fails here, not in a table builder.
    notePlacement: semNotePlacementSchema.parse(notePlacement),
  } as unknown as YongkangFile;
  return { file, sourceId, source: paper, notes };
}

/** Seed 001 (Wenzhou): key figures, the three-level index system as a tree, factors, problems. */
export async function getWenzhouData(): Promise<WenzhouData> {
  const { doc, sourceId, noteIds, source: paper, notes, rows } = await readCaseStudy('wenzhou', {
    figures: figuresJson('wenzhou'),
    indicators: bySortOrder('wenzhou_indicator'),
    factors: bySortOrder('wenzhou_factor'),
    problems: tableJson('case_point', 't.sort_order', "t.case_study_id = 'wenzhou' AND t.section = 'problems'"),
  });
  const figures = rows.figures as FigureRow[];
  const indicators = rows.indicators as WenzhouIndicator[];
  const factors = rows.factors as WenzhouFactor[];
  const problems = rows.problems as CasePoint[];
  const nodes = new Map<string, RawNode>();
  const tree: RawNode[] = [];
  for (const r of indicators) {
    const node: RawNode = {
      nameEn: r.namePrinted,
      nameZh: r.nameZh,
      zhIsTranslation: opt(r.zhIsTranslation),
      zhUncertain: opt(r.zhUncertain),
      source: source(r.source),
      noteIds: r.noteIds,
      children: [],
      childrenNoteEn: opt(r.childrenNoteEn),
      childrenNoteZh: opt(r.childrenNoteZh),
    };
    nodes.set(r.id, node);
    if (r.parentId === null) tree.push(node);
    else nodes.get(r.parentId)!.children!.push(node);
  }
  const file = {
    ...(doc as object),
    keyFigures: figures.map((f) => ({ ...figureOf(f), aboutCluster: f.aboutCluster })),
    indexSystem: { ...(doc.indexSystem as Doc), tree },
    developmentFactors: { ...(doc.developmentFactors as Doc), factors: factors.map((r) => ({ ...dropSort(r), source: source(r.source) })) },
    problems: problems.map((p) => ({ id: p.id, textEn: p.textEn, textZh: p.textZh, source: source(p.source) })),
    noteIds,
  } as unknown as WenzhouFile;
  return { file, sourceId, source: paper, notes };
}

/** Seed 002 (cross-border points and logistics models) with seed 003's cross-border figures. */
export async function getCrossBorderData(extraNoteIds: readonly string[]): Promise<CrossBorderData> {
  const { doc, sourceId, noteIds, source: paper, notes, rows } = await readCaseStudy(
    'cross-border',
    {
      points: tableJson('case_point', 't.sort_order', "t.case_study_id = 'cross-border'"),
      models: bySortOrder('cross_border_logistics_model'),
      yongkang: tableJson('case_study', 't.id', "t.id = 'yongkang'"),
      yongkangFigures: figuresJson('yongkang'),
    },
    extraNoteIds,
  );
  const [yk] = rows.yongkang as { document: Doc; sourceId: string | null }[];
  if (!yk) throw new Error('the store has no case study "yongkang": run the seed');
  const points = rows.points as CasePoint[];
  const models = rows.models as CrossBorderLogisticsModel[];
  const yongkangFiguresRows = (rows.yongkangFigures as FigureRow[]).map(yongkangFigure);
  const section = (name: string) =>
    points
      .filter((p) => p.section === name)
      .map((p) => ({ id: p.id, textEn: p.textEn, textZh: p.textZh, zhIsTranslation: opt(p.zhIsTranslation), source: source(p.source), noteIds: p.noteIds }));
  const file = {
    meta: doc.meta,
    logisticsOverview: section('logisticsOverview'),
    logisticsModels: models.map((m) => ({
      ...dropSort(m),
      notStatedEn: opt(m.notStatedEn),
      notStatedZh: opt(m.notStatedZh),
      source: source(m.source),
    })),
    governmentRole: section('governmentRole'),
    talentShortage: section('talentShortage'),
    otherPoints: section('otherPoints'),
    noteIds,
  } as unknown as CrossBorderFile;
  const yongkang = { meta: yk.document.meta, cluster: yk.document.cluster, proseFigures: yongkangFiguresRows } as CrossBorderData['yongkang'];
  return { file, sourceId, source: paper, notes, yongkang, yongkangSourceId: yk.sourceId };
}
