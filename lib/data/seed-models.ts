import type { Prisma } from '@/lib/generated/prisma/client.ts';
import {
  businessModelsFile,
  DIMENSION_IDS,
  guideFile,
  modelNoteRecord,
  ORDINAL_DIMENSIONS,
  PLATFORM_ASPECTS,
  platformTypesFile,
  type ModelsSection,
  type SourceRef,
  type StatedText,
} from '@/lib/schemas/model-files.ts';
import { z } from 'zod';

/*
 * The models section's files (data/models) → rows of the store. Called by loadDataFiles (parse and
 * check, every problem named by file, row and column) and by seedStore (write, inside its one
 * transaction). The store's tables are wholly the seed's: they are emptied and refilled.
 */

export const MODEL_FILES = {
  businessModels: 'models/business-models.json',
  platformTypes: 'models/platform-types.json',
  modelGuide: 'models/model-guide.json',
  modelNotes: 'models/notes.json',
} as const;
export type ModelFileKey = keyof typeof MODEL_FILES;

/** "models[1].requirements.capital.level" → row "models[1]", column "requirements.capital.level". */
function rowAndColumn(path: readonly PropertyKey[]): { row: string; column: string } {
  const lastIndex = path.findLastIndex((p) => typeof p === 'number');
  const head = lastIndex === -1 ? path.slice(0, 1) : path.slice(0, lastIndex + 1);
  const tail = path.slice(head.length);
  const fmt = (parts: readonly PropertyKey[]) => parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return { row: fmt(head) || '(file)', column: fmt(tail) || '(whole row)' };
}

function parseFile<S extends z.ZodType>(file: string, text: string, schema: S, problems: string[]): z.output<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { row, column } = rowAndColumn(issue.path);
    problems.push(`${file}: row ${row}, column ${column}: ${issue.message}`);
  }
  return null;
}

/** Every `source`-like reference of a parsed value, with its path (to check that it names a known paper). */
function* refsOf(value: unknown, path: string): Generator<[SourceRef, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* refsOf(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.sourceId === 'string' && typeof o.where === 'string') yield [o as SourceRef, path];
    else for (const [k, v] of Object.entries(o)) yield* refsOf(v, path ? `${path}.${k}` : k);
  }
}

/**
 * Parses and cross-checks the models files. `paperIds` are the ids of the data/sources.json entries
 * of the papers (the sources in SEED_TEXT_FILES); every reference must name one. Returns null when a file is malformed.
 */
export function parseModelFiles(texts: Record<ModelFileKey, string>, paperIds: ReadonlySet<string>, problems: string[]): ModelsSection | null {
  const before = problems.length;
  const models = parseFile(MODEL_FILES.businessModels, texts.businessModels, businessModelsFile, problems);
  const platforms = parseFile(MODEL_FILES.platformTypes, texts.platformTypes, platformTypesFile, problems);
  const guide = parseFile(MODEL_FILES.modelGuide, texts.modelGuide, guideFile, problems);
  const notes = parseFile(MODEL_FILES.modelNotes, texts.modelNotes, z.array(modelNoteRecord), problems);
  if (!models || !platforms || !guide || !notes) return null;

  const fileRows: [string, unknown][] = [
    [MODEL_FILES.businessModels, models],
    [MODEL_FILES.platformTypes, platforms],
    [MODEL_FILES.modelGuide, guide],
    [MODEL_FILES.modelNotes, notes],
  ];
  for (const [file, parsed] of fileRows) {
    for (const [ref, path] of refsOf(parsed, '')) {
      if (!paperIds.has(ref.sourceId)) {
        const { row, column } = rowAndColumn(path.split(/\.|(?=\[)/).map((p) => (/^\[\d+\]$/.test(p) ? Number(p.slice(1, -1)) : p)));
        problems.push(`${file}: row ${row}, column ${column}.sourceId: "${ref.sourceId}" is not a paper of sources.json (one with a source text)`);
      }
    }
  }
  const noteIds = new Set(notes.map((n) => n.id));
  const modelIds = new Set(models.models.map((m) => m.id));
  models.models.forEach((m, i) =>
    m.noteIds.forEach((id, j) => {
      if (!noteIds.has(id)) problems.push(`${MODEL_FILES.businessModels}: row models[${i}], column noteIds[${j}]: unknown note id "${id}"`);
    }),
  );
  platforms.platformTypes.forEach((p, i) =>
    p.noteIds.forEach((id, j) => {
      if (!noteIds.has(id)) problems.push(`${MODEL_FILES.platformTypes}: row platformTypes[${i}], column noteIds[${j}]: unknown note id "${id}"`);
    }),
  );
  guide.models.forEach((g, i) => {
    if (!modelIds.has(g.model)) problems.push(`${MODEL_FILES.modelGuide}: row models[${i}], column model: "${g.model}" is not a model of ${MODEL_FILES.businessModels}`);
  });
  const dims = models.meta.dimensions.map((d) => d.id);
  if (dims.join() !== DIMENSION_IDS.join()) problems.push(`${MODEL_FILES.businessModels}: row meta, column dimensions: expected ${DIMENSION_IDS.join(', ')} in this order`);
  if (problems.length > before) return null;
  return {
    meta: models.meta,
    models: models.models,
    contextClaims: models.contextClaims,
    platformTypesMeta: platforms.meta,
    platformDefinition: platforms.platformDefinition,
    platformTypes: platforms.platformTypes,
    guide,
    notes,
  };
}

type Tx = Prisma.TransactionClient;

/** Writes the models section into the store (inside the seed's transaction): empties its tables, then fills them. */
export async function seedModels(tx: Tx, section: ModelsSection): Promise<Record<string, number>> {
  const citations: Prisma.CitationCreateManyInput[] = [];
  /** A citation row for a reference; its id is the file and path it was read from, so reseeding gives the same ids. */
  const cite = (file: string, path: string, ref: { sourceId: string; where: string; quote?: string | null; alsoQuotes?: string[] }): string => {
    const id = `${file}#${path}`;
    citations.push({ id, sourceId: ref.sourceId, where: ref.where, quote: ref.quote ?? null, alsoQuotes: ref.alsoQuotes ?? [] });
    return id;
  };
  const BM = MODEL_FILES.businessModels;
  const PT = MODEL_FILES.platformTypes;
  const MG = MODEL_FILES.modelGuide;

  const sections: Prisma.ModelSectionCreateManyInput[] = [
    { id: 'business-models', primaryCitationId: cite(BM, 'meta.primarySource', section.meta.primarySource) },
    { id: 'platform-types', primaryCitationId: cite(PT, 'meta.primarySource', section.platformTypesMeta.primarySource) },
    { id: 'model-guide', primaryCitationId: null },
  ];
  const text = (sectionId: string, key: string, textEn: string, textZh: string | null) => ({ sectionId, key, textEn, textZh });
  const sectionTexts: Prisma.ModelSectionTextCreateManyInput[] = [
    text('business-models', 'title', section.meta.titleEn, section.meta.titleZh),
    text('business-models', 'zhNote', section.meta.zhNoteEn, section.meta.zhNoteZh),
    text('business-models', 'comparisonScope', section.meta.comparisonScopeEn, section.meta.comparisonScopeZh),
    text('platform-types', 'title', section.platformTypesMeta.titleEn, section.platformTypesMeta.titleZh),
    text('platform-types', 'sourceNote', section.platformTypesMeta.sourceNoteEn, section.platformTypesMeta.sourceNoteZh),
    text('model-guide', 'title', section.guide.meta.titleEn, section.guide.meta.titleZh),
    text('model-guide', 'derivedFrom', section.guide.meta.derivedFrom, null),
    text('model-guide', 'disclaimer', section.guide.disclaimerEn, section.guide.disclaimerZh),
    text('model-guide', 'howToApply', section.guide.howToApplyEn, section.guide.howToApplyZh),
  ];
  const dimensions = section.meta.dimensions.map((d, i) => ({ id: d.id, sortOrder: i, labelEn: d.labelEn, labelZh: d.labelZh, ordinal: d.ordinal }));

  const models: Prisma.BusinessModelCreateManyInput[] = [];
  const requirements: Prisma.BusinessModelRequirementCreateManyInput[] = [];
  const platforms: Prisma.BusinessModelPlatformCreateManyInput[] = [];
  const examples: Prisma.BusinessModelExampleCreateManyInput[] = [];
  section.models.forEach((m, i) => {
    const at = `models[${i}]`;
    const d = m.definition;
    models.push({
      id: m.id,
      sortOrder: i,
      nameEn: m.nameEn,
      nameZh: m.nameZh,
      citationId: cite(BM, `${at}.source`, m.source),
      definitionKind: d.kind,
      definitionKindNoteEn: d.kindNoteEn ?? null,
      definitionKindNoteZh: d.kindNoteZh ?? null,
      definitionTextEn: d.textEn,
      definitionTextZh: d.textZh,
      definitionZhIsTranslation: d.zhIsTranslation,
      definitionNoteEn: d.noteEn ?? null,
      definitionNoteZh: d.noteZh ?? null,
      definitionCitationId: cite(BM, `${at}.definition.source`, d.source),
      definitionAlsoCitationId: d.alsoSource ? cite(BM, `${at}.definition.alsoSource`, d.alsoSource) : null,
      typicalPlatformsNoteEn: m.typicalPlatformsNoteEn ?? null,
      typicalPlatformsNoteZh: m.typicalPlatformsNoteZh ?? null,
      noteIds: m.noteIds,
    });
    for (const dim of DIMENSION_IDS) {
      const c = m.requirements[dim];
      requirements.push({
        modelId: m.id,
        dimensionId: dim,
        level: c.level,
        quote: c.quote,
        where: c.where,
        support: c.support,
        noteEn: c.noteEn,
        noteZh: c.noteZh,
        citationId: cite(BM, `${at}.requirements.${dim}.source`, c.source),
        alsoQuotes: c.alsoQuotes,
        ordinal: c.ordinal,
      });
    }
    m.typicalPlatforms.forEach((p, j) =>
      platforms.push({
        modelId: m.id,
        position: j,
        name: p.name,
        nameZh: p.nameZh,
        identificationNoteEn: p.identificationNoteEn ?? null,
        identificationNoteZh: p.identificationNoteZh ?? null,
        citationId: cite(BM, `${at}.typicalPlatforms[${j}].source`, p.source),
      }),
    );
    m.relatedExamples.forEach((e, j) =>
      examples.push({ modelId: m.id, kind: 'example', position: j, nameEn: null, nameZh: null, textEn: e.textEn, textZh: e.textZh, citationId: cite(BM, `${at}.relatedExamples[${j}].source`, e.source) }),
    );
    m.relatedPhenomena.forEach((e, j) =>
      examples.push({ modelId: m.id, kind: 'phenomenon', position: j, nameEn: e.nameEn, nameZh: e.nameZh, textEn: e.textEn, textZh: e.textZh, citationId: cite(BM, `${at}.relatedPhenomena[${j}].source`, e.source) }),
    );
  });
  const claims = section.contextClaims.map((c, i) => ({ id: c.id, sortOrder: i, textEn: c.textEn, textZh: c.textZh, citationId: cite(BM, `contextClaims[${i}].source`, c.source) }));

  const statedRow = (id: string, typeId: string | null, aspect: string, s: StatedText, path: string): Prisma.PlatformTextCreateManyInput => ({
    id,
    typeId,
    aspect,
    kind: s.kind,
    textEn: s.textEn,
    textZh: s.textZh,
    citationId: cite(PT, `${path}.source`, s.source),
    itemsEn: s.itemsEn ?? [],
    itemsZh: s.itemsZh ?? [],
    openEnded: s.openEnded ?? null,
  });
  const types: Prisma.PlatformTypeCreateManyInput[] = [];
  const typeExamples: Prisma.PlatformTypeExampleCreateManyInput[] = [];
  const platformTexts: Prisma.PlatformTextCreateManyInput[] = [statedRow('definition', null, 'definition', section.platformDefinition, 'platformDefinition')];
  section.platformTypes.forEach((p, i) => {
    const at = `platformTypes[${i}]`;
    types.push({
      id: p.id,
      sortOrder: i,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      citationId: cite(PT, `${at}.source`, p.source),
      examplesCitationId: cite(PT, `${at}.examplesSource`, p.examplesSource),
      noteIds: p.noteIds,
    });
    p.examples.forEach((e, j) => typeExamples.push({ typeId: p.id, position: j, name: e.name, nameZh: e.nameZh, zhIsIdentification: e.zhIsIdentification }));
    for (const aspect of PLATFORM_ASPECTS) platformTexts.push(statedRow(`${p.id}:${aspect}`, p.id, aspect, p[aspect], `${at}.${aspect}`));
  });

  const guideRules = section.guide.generalRules.map((r, i) => ({ id: r.id, sortOrder: i, ruleEn: r.ruleEn, ruleZh: r.ruleZh, citationId: cite(MG, `generalRules[${i}].source`, r.source) }));
  const guideModels: Prisma.ModelGuideModelCreateManyInput[] = [];
  const thresholds: Prisma.ModelGuideThresholdCreateManyInput[] = [];
  section.guide.models.forEach((g, i) => {
    guideModels.push({
      modelId: g.model,
      sortOrder: i,
      idealNoteEn: g.idealNoteEn,
      idealNoteZh: g.idealNoteZh,
      ruleEn: g.ruleEn,
      ruleZh: g.ruleZh,
      conditionEn: g.conditionEn,
      conditionZh: g.conditionZh,
      sentencesFollowed: g.sentencesFollowed,
      citationId: cite(MG, `models[${i}].source`, g.source),
    });
    ORDINAL_DIMENSIONS.forEach((dim, j) => thresholds.push({ modelId: g.model, dimensionId: dim, sortOrder: j, minimum: g.minimum[dim], ideal: g.ideal[dim], support: g.support[dim] }));
  });

  const notes: Prisma.DataNoteCreateManyInput[] = section.notes.map((n, i) => ({
    id: n.id,
    dataset: n.dataset,
    kind: n.kind,
    sourceId: n.sourceId,
    textEn: n.textEn,
    textZh: n.textZh,
    scopeModel: n.scope.model ?? null,
    citationId: cite(MODEL_FILES.modelNotes, `[${i}].source`, n.source),
  }));

  // Empty, children first; then fill, parents first.
  await tx.dataNote.deleteMany({ where: { OR: [{ dataset: 'models' }, { id: { in: notes.map((n) => n.id) } }] } });
  await tx.modelGuideModel.deleteMany({});
  await tx.businessModel.deleteMany({});
  await tx.businessModelDimension.deleteMany({});
  await tx.businessModelClaim.deleteMany({});
  await tx.platformType.deleteMany({});
  await tx.platformText.deleteMany({});
  await tx.modelGuideRule.deleteMany({});
  await tx.modelSection.deleteMany({});
  await tx.citation.deleteMany({ where: { id: { startsWith: 'models/' } } });

  await tx.citation.createMany({ data: citations });
  await tx.modelSection.createMany({ data: sections });
  await tx.modelSectionText.createMany({ data: sectionTexts });
  await tx.businessModelDimension.createMany({ data: dimensions });
  await tx.businessModel.createMany({ data: models });
  await tx.businessModelRequirement.createMany({ data: requirements });
  await tx.businessModelPlatform.createMany({ data: platforms });
  await tx.businessModelExample.createMany({ data: examples });
  await tx.businessModelClaim.createMany({ data: claims });
  await tx.platformType.createMany({ data: types });
  await tx.platformTypeExample.createMany({ data: typeExamples });
  await tx.platformText.createMany({ data: platformTexts });
  await tx.modelGuideRule.createMany({ data: guideRules });
  await tx.modelGuideModel.createMany({ data: guideModels });
  await tx.modelGuideThreshold.createMany({ data: thresholds });
  await tx.dataNote.createMany({ data: notes });
  return { businessModels: models.length, requirements: requirements.length, platformTypes: types.length, guideModels: guideModels.length, modelNotes: notes.length, citations: citations.length };
}
