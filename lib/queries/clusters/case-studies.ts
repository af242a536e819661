import { db } from '@/lib/db/index.ts';
import { Prisma } from '@/lib/generated/prisma/client.ts';
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
const bySort = { sortOrder: 'asc' } as const;
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

/** The case study's own row with the source entry citing its paper, in one round trip. */
async function document(id: string) {
  const [row] = await db().$queryRaw<{ document: Doc; source_id: string | null; note_ids: string[]; note_placement: unknown; source: SourceRow | null }[]>`
    SELECT c.document, c.source_id, c.note_ids, c.note_placement, to_jsonb(s) AS source FROM case_study c LEFT JOIN source s ON s.id = c.source_id WHERE c.id = ${id}`;
  if (!row) throw new Error(`the store has no case study "${id}": run the seed`);
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
  return { doc: row.document, sourceId: row.source_id, noteIds: row.note_ids, notePlacement: row.note_placement, source };
}

/** Every table whose rows refer to notes (note_ids). */
const NOTE_REFERENCES = Prisma.sql`
  SELECT unnest(note_ids) FROM case_study UNION SELECT unnest(note_ids) FROM case_figure UNION SELECT unnest(note_ids) FROM case_point
  UNION SELECT unnest(note_ids) FROM sem_item UNION SELECT unnest(note_ids) FROM sem_reliability UNION SELECT unnest(note_ids) FROM sem_fit_index
  UNION SELECT unnest(note_ids) FROM sem_path UNION SELECT unnest(note_ids) FROM sem_mediation_effect UNION SELECT unnest(note_ids) FROM sem_hypothesis
  UNION SELECT unnest(note_ids) FROM sem_prose_claim UNION SELECT unnest(note_ids) FROM wenzhou_indicator UNION SELECT unnest(note_ids) FROM wenzhou_factor
  UNION SELECT unnest(note_ids) FROM cross_border_logistics_model`;

/**
 * The case-study notes and every other note a case-study row refers to (e.g. the series notes of
 * data/notes.json), plus `otherIds`; one query, run beside the case study's own.
 */
export async function getCaseStudyNotes(otherIds: readonly string[] = []): Promise<Map<string, ClusterNote>> {
  const rows = await db().$queryRaw<{ id: string; kind: string; text_en: string; text_zh: string; source_id: string | null; source_ref: SourceRefRecord | null }[]>`
    SELECT id, kind, text_en, text_zh, source_id, source_ref FROM data_note
    WHERE dataset = ${CASE_STUDY_NOTE_DATASET} OR id IN (${NOTE_REFERENCES}) OR id = ANY(${[...otherIds]}::text[])`;
  return new Map(
    rows.map((n) => [
      n.id,
      { id: n.id, kind: n.kind, textEn: n.text_en, textZh: n.text_zh, sourceId: n.source_id, source: n.source_ref ? toSourceRef(n.source_ref) : null },
    ]),
  );
}

const source = (json: unknown) => json as SourceRefRecord;

async function yongkangFigures() {
  const rows = await db().caseFigure.findMany({ where: { caseStudyId: 'yongkang' }, orderBy: bySort });
  return rows.map(
    (f) =>
      ({
        id: f.id,
        groups: f.groups,
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
      }) as YongkangFile['proseFigures'][number],
  );
}

/** Seed 003 (Yongkang, the SEM): every table of the paper as stored. */
export async function getYongkangData(): Promise<YongkangData> {
  const d = db();
  const [{ doc, sourceId, notePlacement, source: paper }, notes, constructs, hypotheses, figures, items, reliability, validity, correlations, fit, paths, mediation, claims, sample] = await Promise.all([
    document('yongkang'),
    getCaseStudyNotes(),
    d.semConstruct.findMany({ orderBy: bySort }),
    d.semHypothesis.findMany({ orderBy: bySort }),
    yongkangFigures(),
    d.semItem.findMany({ orderBy: bySort }),
    d.semReliability.findMany({ orderBy: bySort }),
    d.semValidity.findMany({ orderBy: bySort }),
    d.semCorrelation.findMany({ orderBy: [{ rowConstructId: 'asc' }, { sortOrder: 'asc' }] }),
    d.semFitIndex.findMany({ orderBy: bySort }),
    d.semPath.findMany({ orderBy: bySort }),
    d.semMediationEffect.findMany({ orderBy: bySort }),
    d.semProseClaim.findMany({ orderBy: bySort }),
    d.semSampleCategory.findMany({ orderBy: [{ dimensionSortOrder: 'asc' }, { position: 'asc' }] }),
  ]);
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
  const d = db();
  const [{ doc, sourceId, noteIds, source: paper }, notes, figures, indicators, factors, problems] = await Promise.all([
    document('wenzhou'),
    getCaseStudyNotes(),
    d.caseFigure.findMany({ where: { caseStudyId: 'wenzhou' }, orderBy: bySort }),
    d.wenzhouIndicator.findMany({ orderBy: bySort }),
    d.wenzhouFactor.findMany({ orderBy: bySort }),
    d.casePoint.findMany({ where: { caseStudyId: 'wenzhou', section: 'problems' }, orderBy: bySort }),
  ]);
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
    keyFigures: figures.map((f) => ({
      id: f.id,
      labelEn: f.labelEn,
      labelZh: f.labelZh,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      source: source(f.source),
      noteIds: f.noteIds,
      aboutCluster: f.aboutCluster,
      ...(f.baseYear === null ? {} : { baseYear: f.baseYear }),
      ...(f.details as Doc),
    })),
    indexSystem: { ...(doc.indexSystem as Doc), tree },
    developmentFactors: { ...(doc.developmentFactors as Doc), factors: factors.map((r) => ({ ...dropSort(r), source: source(r.source) })) },
    problems: problems.map((p) => ({ id: p.id, textEn: p.textEn, textZh: p.textZh, source: source(p.source) })),
    noteIds,
  } as unknown as WenzhouFile;
  return { file, sourceId, source: paper, notes };
}

/** Seed 002 (cross-border points and logistics models) with seed 003's cross-border figures. */
export async function getCrossBorderData(extraNoteIds: readonly string[]): Promise<CrossBorderData> {
  const d = db();
  const [{ doc, sourceId, noteIds, source: paper }, yk, notes, points, models, yongkangFiguresRows] = await Promise.all([
    document('cross-border'),
    document('yongkang'),
    getCaseStudyNotes(extraNoteIds),
    d.casePoint.findMany({ where: { caseStudyId: 'cross-border' }, orderBy: bySort }),
    d.crossBorderLogisticsModel.findMany({ orderBy: bySort }),
    yongkangFigures(),
  ]);
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
  const yongkang = { meta: yk.doc.meta, cluster: yk.doc.cluster, proseFigures: yongkangFiguresRows } as CrossBorderData['yongkang'];
  return { file, sourceId, source: paper, notes, yongkang, yongkangSourceId: yk.sourceId };
}
