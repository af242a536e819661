import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client.ts';
import {
  clusterNoteRecord,
  crossBorderFileSchema,
  wenzhouFileSchema,
  yongkangFileSchema,
  type CrossBorderFile,
  type RawNode,
  type WenzhouFile,
  type YongkangFile,
} from '@/lib/schemas/case-study-files.ts';
import { rowFilterProblems } from '@/lib/schemas/sem-row-keys.ts';

/*
 * The case studies' part of the seed: reads and validates data/clusters/*.json and writes them into
 * the case-study tables (prisma/migrations/20261203200000_case_studies) inside the seed's one
 * transaction (lib/data/seed-store.ts). Values go in exactly as printed; nothing is recomputed here.
 */

export const CASE_STUDY_FILES = {
  yongkang: 'clusters/yongkang.json',
  wenzhou: 'clusters/wenzhou.json',
  crossBorder: 'clusters/cross-border.json',
  notes: 'clusters/notes.json',
} as const;

/** The data set of the notes that belong to the case studies (the file also holds the business models' notes). */
export const CASE_STUDY_NOTE_DATASET = 'clusters';

/** "table4.paths row 3, column se" for the path [table4, paths, 3, se]: the last index is the row. */
export function describeJsonPath(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  const last = path.findLastIndex((k) => typeof k === 'number');
  if (last < 0) return `field ${keys.join('.') || '(root)'}`;
  const where = keys.slice(0, last).join('.');
  const column = keys.slice(last + 1).join('.');
  return `${where ? `${where} ` : ''}row ${keys[last]}${column ? `, column ${column}` : ''}`;
}

function parseFile<S extends z.ZodType>(file: string, text: string, schema: S, problems: string[]): z.output<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not JSON: ${(error as Error).message}`);
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${describeJsonPath(issue.path)}: ${issue.message}`);
  return null;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every note id a case-study file refers to, with where. */
function noteReferences(yk: YongkangFile, wz: WenzhouFile, cb: CrossBorderFile): [string, string][] {
  const refs: [string, string][] = [];
  const add = (file: string, where: string, ids: readonly string[] | undefined) => ids?.forEach((id) => refs.push([id, `${file}: ${where}`]));
  const Y = CASE_STUDY_FILES.yongkang;
  yk.hypotheses.forEach((h, i) => add(Y, `hypotheses row ${i}`, h.noteIds));
  yk.proseFigures.forEach((f, i) => add(Y, `proseFigures row ${i}`, f.noteIds));
  yk.proseClaims.forEach((c, i) => add(Y, `proseClaims row ${i}`, c.noteIds));
  yk.table1.items.forEach((r, i) => add(Y, `table1.items row ${i}`, r.noteIds));
  yk.table1.constructs.forEach((r, i) => add(Y, `table1.constructs row ${i}`, r.noteIds));
  yk.table3.indices.forEach((r, i) => add(Y, `table3.indices row ${i}`, r.noteIds));
  yk.table4.paths.forEach((r, i) => add(Y, `table4.paths row ${i}`, r.noteIds));
  yk.table5.rows.forEach((r, i) => add(Y, `table5.rows row ${i}`, r.noteIds));
  for (const key of ['table1', 'table2', 'table4', 'table5'] as const) add(Y, `${key}.noteIds`, yk[key].noteIds);
  add(Y, 'sample.noteIds', yk.sample.noteIds);
  for (const [table, p] of Object.entries(yk.notePlacement)) {
    for (const [column, ids] of Object.entries(p.columnNotes)) add(Y, `notePlacement.${table}.columnNotes.${column}`, ids);
    p.rowNotes.forEach((r, i) => add(Y, `notePlacement.${table}.rowNotes row ${i}`, r.noteId ? [r.noteId] : []));
    p.cellNotes.forEach((r, i) => add(Y, `notePlacement.${table}.cellNotes row ${i}`, [r.noteId]));
    if (p.tableNotes) add(Y, `notePlacement.${table}.tableNotes`, p.tableNotes);
  }
  const W = CASE_STUDY_FILES.wenzhou;
  add(W, 'noteIds', wz.noteIds);
  add(W, 'indexSystem.noteIds', wz.indexSystem.noteIds);
  wz.keyFigures.forEach((f, i) => add(W, `keyFigures row ${i}`, f.noteIds));
  wz.developmentFactors.factors.forEach((f, i) => add(W, `developmentFactors.factors row ${i}`, f.noteIds));
  for (const n of flattenTree(wz.indexSystem.tree)) add(W, `indexSystem.tree "${n.id}"`, n.raw.noteIds);
  const C = CASE_STUDY_FILES.crossBorder;
  add(C, 'noteIds', cb.noteIds);
  for (const section of ['logisticsOverview', 'logisticsModels', 'governmentRole', 'talentShortage', 'otherPoints'] as const) {
    cb[section].forEach((p, i) => add(C, `${section} row ${i}`, p.noteIds));
  }
  return refs;
}

type FlatNode = { id: string; parentId: string | null; level: number; raw: RawNode };

/** The index tree depth first, each indicator with its path id ("parent-slug/own-slug") and level. */
function flattenTree(nodes: readonly RawNode[], parentId: string | null = null, level = 1): FlatNode[] {
  return nodes.flatMap((raw) => {
    const id = parentId ? `${parentId}/${slug(raw.nameEn)}` : slug(raw.nameEn);
    return [{ id, parentId, level, raw }, ...flattenTree(raw.children ?? [], id, level + 1)];
  });
}

/**
 * Reads and validates the case-study files. Problems name the file, the row and the column; unknown
 * note ids (known: the case-study notes and `otherNoteIds`, e.g. data/notes.json) are problems too.
 */
export function loadCaseStudyFiles(dataDir: string, otherNoteIds: ReadonlySet<string>, problems: string[], paperIds?: ReadonlySet<string>) {
  const texts = Object.fromEntries(Object.entries(CASE_STUDY_FILES).map(([key, file]) => [key, readFileSync(join(dataDir, file), 'utf8')])) as Record<
    keyof typeof CASE_STUDY_FILES,
    string
  >;
  const checksum = createHash('sha256');
  for (const key of Object.keys(CASE_STUDY_FILES) as (keyof typeof CASE_STUDY_FILES)[]) checksum.update(key).update(texts[key]);

  const yongkang = parseFile(CASE_STUDY_FILES.yongkang, texts.yongkang, yongkangFileSchema, problems);
  const wenzhou = parseFile(CASE_STUDY_FILES.wenzhou, texts.wenzhou, wenzhouFileSchema, problems);
  const crossBorder = parseFile(CASE_STUDY_FILES.crossBorder, texts.crossBorder, crossBorderFileSchema, problems);
  const allNotes = parseFile(CASE_STUDY_FILES.notes, texts.notes, clusterNoteRecord.array(), problems) ?? [];
  // A note cites its place in a paper through a citation row, as every other note does; the row's id
  // is the file and JSON path it was read from ("clusters/notes.json#[3].source"), stable across seeds.
  const notes = allNotes.flatMap((n, i) => (n.dataset === CASE_STUDY_NOTE_DATASET ? [{ ...n, citationId: `${CASE_STUDY_FILES.notes}#[${i}].source` }] : []));
  if (paperIds) {
    allNotes.forEach((n, i) => {
      if (n.dataset === CASE_STUDY_NOTE_DATASET && !paperIds.has(n.source.sourceId)) {
        problems.push(`${CASE_STUDY_FILES.notes}: row ${i}, column source.sourceId: "${n.source.sourceId}" is not a paper of sources.json (one with a source text)`);
      }
    });
    // Every other reference of the case-study files names a paper too.
    for (const [file, parsed] of [[CASE_STUDY_FILES.yongkang, yongkang], [CASE_STUDY_FILES.wenzhou, wenzhou], [CASE_STUDY_FILES.crossBorder, crossBorder]] as const) {
      for (const id of paperRefsOf(parsed)) if (!paperIds.has(id)) problems.push(`${file}: source.sourceId "${id}" is not a paper of sources.json (one with a source text)`);
    }
  }

  if (yongkang && wenzhou && crossBorder) {
    const known = new Set([...otherNoteIds, ...notes.map((n) => n.id)]);
    for (const [id, where] of noteReferences(yongkang, wenzhou, crossBorder)) if (!known.has(id)) problems.push(`${where}: unknown note id "${id}"`);
    const counts = { level1: 0, level2: 0, level3: 0 };
    for (const n of flattenTree(wenzhou.indexSystem.tree)) {
      if (n.level > 3) problems.push(`${CASE_STUDY_FILES.wenzhou}: indexSystem.tree "${n.id}": Table 1 has only three levels`);
      else counts[`level${n.level as 1 | 2 | 3}`]++;
    }
    const stated = wenzhou.indexSystem.counts;
    if (counts.level1 !== stated.level1 || counts.level2 !== stated.level2 || counts.level3 !== stated.level3) {
      problems.push(`${CASE_STUDY_FILES.wenzhou}: indexSystem.counts says ${JSON.stringify(stated)}, the tree has ${JSON.stringify(counts)}`);
    }
    for (const p of rowFilterProblems(yongkang)) problems.push(`${CASE_STUDY_FILES.yongkang}: ${p.where}: ${p.message}`);
    const claimIds = new Set(yongkang.proseClaims.map((c) => c.id));
    for (const key of ['table1', 'table2', 'table3', 'table4', 'table5'] as const) {
      for (const id of yongkang[key].claimIds) if (!claimIds.has(id)) problems.push(`${CASE_STUDY_FILES.yongkang}: ${key}.claimIds: unknown prose claim "${id}"`);
    }
  }
  return { yongkang, wenzhou, crossBorder, notes, checksum: checksum.digest('hex') };
}

export type CaseStudyFiles = {
  yongkang: YongkangFile;
  wenzhou: WenzhouFile;
  crossBorder: CrossBorderFile;
  notes: (z.output<typeof clusterNoteRecord> & { citationId: string })[];
  checksum: string;
};

type Tx = Prisma.TransactionClient;
const json = (value: unknown) => value as Prisma.InputJsonValue;
/** Removes the keys a table holds in columns, keeping the rest (the optional particulars) for a JSON column. */
function rest<T extends object>(value: T, columns: readonly (keyof T)[]): Record<string, unknown> {
  const out = { ...value } as Record<string, unknown>;
  for (const c of columns) delete out[c as string];
  return out;
}

/** The distinct `sourceId`s of every source reference ({sourceId, where, …}) in a parsed value. */
function paperRefsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => paperRefsOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.sourceId === 'string' && typeof o.where === 'string') out.add(o.sourceId);
    else Object.values(o).forEach((v) => paperRefsOf(v, out));
  }
  return out;
}

/** Replaces every case-study row with the files' (called inside the seed's transaction). */
export async function seedCaseStudies(
  tx: Tx,
  files: CaseStudyFiles,
): Promise<Record<string, number>> {
  const { yongkang: yk, wenzhou: wz, crossBorder: cb, notes } = files;
  for (const table of [
    tx.caseStudy,
    tx.caseFigure,
    tx.casePoint,
    tx.semConstruct,
    tx.semItem,
    tx.semReliability,
    tx.semValidity,
    tx.semCorrelation,
    tx.semFitIndex,
    tx.semPath,
    tx.semMediationEffect,
    tx.semHypothesis,
    tx.semProseClaim,
    tx.semSampleCategory,
    tx.wenzhouIndicator,
    tx.wenzhouFactor,
    tx.crossBorderLogisticsModel,
  ] as unknown as { deleteMany: (args?: object) => Promise<unknown> }[]) {
    await table.deleteMany();
  }
  await tx.dataNote.deleteMany({ where: { OR: [{ dataset: CASE_STUDY_NOTE_DATASET }, { id: { in: notes.map((n) => n.id) } }] } });
  await tx.citation.deleteMany({ where: { id: { startsWith: `${CASE_STUDY_FILES.notes}#` } } });
  await tx.citation.createMany({
    data: notes.map((n) => ({ id: n.citationId, sourceId: n.source.sourceId, where: n.source.where, quote: n.source.quote ?? null, alsoQuotes: n.source.alsoQuotes ?? [] })),
  });
  await tx.dataNote.createMany({
    data: notes.map((n) => ({
      id: n.id,
      dataset: n.dataset,
      kind: n.kind,
      sourceId: n.sourceId,
      textEn: n.textEn,
      textZh: n.textZh,
      citationId: n.citationId,
      scope: json(n.scope),
    })),
  });

  const { sample, table1, table2, table3, table4, table5 } = yk;
  await tx.caseStudy.createMany({
    data: [
      {
        id: 'yongkang',
        sourceId: yk.meta.source.sourceId,
        noteIds: [],
        notePlacement: json(yk.notePlacement),
        document: json({
          meta: yk.meta,
          cluster: yk.cluster,
          sample: rest(sample, ['breakdowns']),
          table1: rest(table1, ['items', 'constructs']),
          table2: rest(table2, ['rows']),
          table3: rest(table3, ['indices']),
          table4: rest(table4, ['paths']),
          table5: rest(table5, ['rows']),
          recomputed: yk.recomputed,
        }),
      },
      {
        id: 'wenzhou',
        sourceId: wz.meta.source.sourceId,
        noteIds: wz.noteIds,
        document: json({
          meta: wz.meta,
          cluster: wz.cluster,
          fieldwork: wz.fieldwork,
          indexSystem: rest(wz.indexSystem, ['tree']),
          developmentFactors: rest(wz.developmentFactors, ['factors']),
        }),
      },
      { id: 'cross-border', sourceId: cb.meta.source.sourceId, noteIds: cb.noteIds, document: json({ meta: cb.meta }) },
    ],
  });

  const figureColumns = ['id', 'labelEn', 'labelZh', 'value', 'unit', 'qualifier', 'year', 'source', 'noteIds', 'baseYear'] as const;
  await tx.caseFigure.createMany({
    data: [
      ...yk.proseFigures.map((f, i) => ({ caseStudyId: 'yongkang', sortOrder: i, groups: f.groups, aboutCluster: null, f })),
      ...wz.keyFigures.map((f, i) => ({ caseStudyId: 'wenzhou', sortOrder: i, groups: [], aboutCluster: f.aboutCluster, f })),
    ].map(({ f, ...row }) => ({
      ...row,
      id: f.id,
      labelEn: f.labelEn,
      labelZh: f.labelZh,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      year: f.year,
      baseYear: 'baseYear' in f && typeof f.baseYear === 'number' ? f.baseYear : null,
      details: json(rest(f as Record<string, unknown>, [...figureColumns, 'groups', 'aboutCluster'])),
      source: json(f.source),
      noteIds: f.noteIds,
    })),
  });

  const pointSections = [
    ['cross-border', 'logisticsOverview', cb.logisticsOverview],
    ['cross-border', 'governmentRole', cb.governmentRole],
    ['cross-border', 'talentShortage', cb.talentShortage],
    ['cross-border', 'otherPoints', cb.otherPoints],
    ['wenzhou', 'problems', wz.problems.map((p) => ({ ...p, noteIds: [] as string[], zhIsTranslation: undefined }))],
  ] as const;
  await tx.casePoint.createMany({
    data: pointSections.flatMap(([caseStudyId, section, points]) =>
      points.map((p, i) => ({
        caseStudyId,
        section,
        id: p.id,
        sortOrder: i,
        textEn: p.textEn,
        textZh: p.textZh,
        zhIsTranslation: p.zhIsTranslation ?? null,
        source: json(p.source),
        noteIds: p.noteIds,
      })),
    ),
  });

  await tx.semConstruct.createMany({ data: yk.constructs.map(({ id, source, ...c }, i) => ({ id, sortOrder: i, ...c, source: json(source) })) });
  await tx.semItem.createMany({
    data: table1.items.map((r, i) => ({
      itemId: r.itemId,
      constructId: r.construct,
      sortOrder: i,
      itemIdPrinted: r.itemIdPrinted,
      textEn: r.textEn,
      textZh: r.textZh,
      loading: r.loading,
      textNoteEn: r.textNoteEn ?? null,
      textNoteZh: r.textNoteZh ?? null,
      itemIdNoteEn: r.itemIdNoteEn ?? null,
      itemIdNoteZh: r.itemIdNoteZh ?? null,
      source: json(r.source),
      noteIds: r.noteIds,
    })),
  });
  await tx.semReliability.createMany({
    data: table1.constructs.map((r, i) => ({
      constructId: r.construct,
      sortOrder: i,
      cronbachAlpha: r.cronbachAlpha,
      cronbachAlphaPrinted: r.cronbachAlphaPrinted,
      printedInRows: r.printedInRows,
      source: json(r.source),
      noteIds: r.noteIds,
    })),
  });
  await tx.semValidity.createMany({ data: table2.rows.map((r, i) => ({ constructId: r.construct, sortOrder: i, ave: r.ave, diagonal: r.diagonal, source: json(r.source) })) });
  await tx.semCorrelation.createMany({
    data: table2.rows.flatMap((r) =>
      Object.entries(r.correlations).map(([column, value], i) => ({ rowConstructId: r.construct, columnConstructId: column, sortOrder: i, value })),
    ),
  });
  await tx.semFitIndex.createMany({
    data: table3.indices.map((r, i) => ({
      name: r.name,
      sortOrder: i,
      namePrinted: r.namePrinted,
      value: r.value,
      thresholdPrinted: r.thresholdPrinted,
      thresholds: json(r.thresholds),
      acceptableThreshold: r.acceptableThreshold ? json(r.acceptableThreshold) : undefined,
      judgmentPrinted: r.judgmentPrinted,
      fullNameFromNote: r.fullNameFromNote,
      noteIds: r.noteIds,
    })),
  });
  await tx.semPath.createMany({
    data: table4.paths.map((r, i) => ({
      fromConstructId: r.from,
      toConstructId: r.to,
      sortOrder: i,
      estimate: r.estimate,
      se: r.se,
      cr: r.cr,
      sigPrinted: r.sigPrinted,
      p: r.p,
      source: json(r.source),
      noteIds: r.noteIds,
    })),
  });
  await tx.semMediationEffect.createMany({ data: table5.rows.map(({ source, ...r }, i) => ({ ...r, sortOrder: i, source: json(source) })) });
  await tx.semHypothesis.createMany({ data: yk.hypotheses.map(({ source, ...h }, i) => ({ ...h, sortOrder: i, source: json(source) })) });
  await tx.semProseClaim.createMany({
    data: yk.proseClaims.map(({ source, values, ...c }, i) => ({ ...c, sortOrder: i, values: json(values), source: json(source) })),
  });
  await tx.semSampleCategory.createMany({
    data: sample.breakdowns.flatMap((b, d) =>
      b.categories.map((c, position) => ({
        dimension: b.dimension,
        position,
        dimensionSortOrder: d,
        dimensionZh: b.dimensionZh,
        labelPrinted: c.labelPrinted,
        labelZh: c.labelZh,
        sharePct: c.sharePct,
        count: c.count,
        sumPct: b.sumPct,
        source: json(b.source),
      })),
    ),
  });

  const indicators = flattenTree(wz.indexSystem.tree);
  await tx.wenzhouIndicator.createMany({
    data: indicators.map((n, i) => ({
      id: n.id,
      parentId: n.parentId,
      level: n.level,
      sortOrder: i,
      namePrinted: n.raw.nameEn,
      nameZh: n.raw.nameZh,
      zhIsTranslation: n.raw.zhIsTranslation ?? null,
      zhUncertain: n.raw.zhUncertain ?? null,
      childrenNoteEn: n.raw.childrenNoteEn ?? null,
      childrenNoteZh: n.raw.childrenNoteZh ?? null,
      source: json(n.raw.source),
      noteIds: n.raw.noteIds ?? [],
    })),
  });
  await tx.wenzhouFactor.createMany({ data: wz.developmentFactors.factors.map(({ source, ...f }, i) => ({ ...f, sortOrder: i, source: json(source) })) });
  await tx.crossBorderLogisticsModel.createMany({
    data: cb.logisticsModels.map(({ source, ...m }, i) => ({
      ...m,
      sortOrder: i,
      notStatedEn: m.notStatedEn ?? null,
      notStatedZh: m.notStatedZh ?? null,
      source: json(source),
    })),
  });
  return {
    caseStudyNotes: notes.length,
    semItems: table1.items.length,
    semPaths: table4.paths.length,
    semFitIndices: table3.indices.length,
    semMediationEffects: table5.rows.length,
    caseFigures: yk.proseFigures.length + wz.keyFigures.length,
    wenzhouIndicators: indicators.length,
    crossBorderLogisticsModels: cb.logisticsModels.length,
  };
}
