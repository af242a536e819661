import { db } from '@/lib/db/index.ts';
import type { Citation } from '@/lib/generated/prisma/client.ts';
import {
  DIMENSION_IDS,
  ORDINAL_DIMENSIONS,
  PLATFORM_ASPECTS,
  type BusinessModel,
  type GuideModelRule,
  type ModelsNote,
  type ModelsSection,
  type PlatformType,
  type SourceRef,
  type StatedText,
} from '@/lib/schemas/model-files.ts';

export * from '@/lib/schemas/model-files.ts';

/*
 * The models section from the store (tables of migration 20261203210000_business_models), rebuilt
 * into the shapes of the data files (lib/schemas/model-files.ts): the parsed files and this answer
 * are equal (tests/integration/models-store.test.ts). Optional fields that are absent in the files
 * come back `undefined` (left out of JSON), as the file parser leaves them.
 */

/** A source text by file key, with the entry of the source table that cites it. */
export type SeedSourceInfo = { id: string; title: string; publisher: string; whereRead: string };

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function refOf(citations: ReadonlyMap<string, Citation>, fileOf: ReadonlyMap<string, string>, id: string): SourceRef {
  const c = citations.get(id);
  if (!c) throw new Error(`citation ${id} is missing from the store (reseed: npm run db:seed -- --force)`);
  return { file: fileOf.get(c.sourceId)!, where: c.where, quote: opt(c.quote), alsoQuotes: c.alsoQuotes.length ? c.alsoQuotes : undefined };
}

/** Reads the whole models section (a dozen small reads, in parallel). */
export async function getModelsSection(): Promise<ModelsSection> {
  const prisma = db();
  const [citationRows, sources, sections, texts, dimensions, models, claims, types, platformTexts, rules, guideModels, notes] = await Promise.all([
    prisma.citation.findMany({ where: { id: { startsWith: 'models/' } } }),
    prisma.source.findMany({ where: { seedFile: { not: null } }, select: { id: true, seedFile: true } }),
    prisma.modelSection.findMany(),
    prisma.modelSectionText.findMany(),
    prisma.businessModelDimension.findMany({ orderBy: { sortOrder: 'asc' } }),
    prisma.businessModel.findMany({
      orderBy: { sortOrder: 'asc' },
      include: { requirements: true, platforms: { orderBy: { position: 'asc' } }, examples: { orderBy: [{ kind: 'asc' }, { position: 'asc' }] } },
    }),
    prisma.businessModelClaim.findMany({ orderBy: { sortOrder: 'asc' } }),
    prisma.platformType.findMany({ orderBy: { sortOrder: 'asc' }, include: { examples: { orderBy: { position: 'asc' } } } }),
    prisma.platformText.findMany(),
    prisma.modelGuideRule.findMany({ orderBy: { sortOrder: 'asc' } }),
    prisma.modelGuideModel.findMany({ orderBy: { sortOrder: 'asc' }, include: { thresholds: true } }),
    prisma.dataNote.findMany({ where: { dataset: 'models' }, include: { citation: true }, orderBy: { id: 'asc' } }),
  ]);
  const citations = new Map(citationRows.map((c) => [c.id, c]));
  const fileOf = new Map(sources.map((s) => [s.id, s.seedFile!]));
  const ref = (id: string) => refOf(citations, fileOf, id);
  const text = (sectionId: string, key: string) => {
    const t = texts.find((x) => x.sectionId === sectionId && x.key === key);
    if (!t) throw new Error(`model_section_text ${sectionId}/${key} is missing from the store`);
    return { en: t.textEn, zh: t.textZh ?? '' };
  };
  const primary = (id: string) => ref(sections.find((s) => s.id === id)!.primaryCitationId!);
  const stated = (id: string): StatedText => {
    const s = platformTexts.find((x) => x.id === id)!;
    return {
      kind: s.kind as StatedText['kind'],
      textEn: s.textEn,
      textZh: s.textZh,
      source: ref(s.citationId),
      itemsEn: s.itemsEn.length ? s.itemsEn : undefined,
      itemsZh: s.itemsZh.length ? s.itemsZh : undefined,
      openEnded: opt(s.openEnded),
    };
  };

  const title = text('business-models', 'title');
  const zhNote = text('business-models', 'zhNote');
  const scope = text('business-models', 'comparisonScope');
  const businessModels: BusinessModel[] = models.map((m) => {
    const cell = (d: (typeof DIMENSION_IDS)[number]) => {
      const c = m.requirements.find((r) => r.dimensionId === d)!;
      return {
        level: c.level as 1 | 2 | 3 | null,
        quote: c.quote,
        where: c.where,
        support: c.support as BusinessModel['requirements']['capital']['support'],
        noteEn: c.noteEn,
        noteZh: c.noteZh,
        source: ref(c.citationId),
        alsoQuotes: c.alsoQuotes,
        ordinal: c.ordinal,
      };
    };
    return {
      id: m.id as BusinessModel['id'],
      nameEn: m.nameEn,
      nameZh: m.nameZh,
      source: ref(m.citationId),
      definition: {
        kind: m.definitionKind as BusinessModel['definition']['kind'],
        kindNoteEn: opt(m.definitionKindNoteEn),
        kindNoteZh: opt(m.definitionKindNoteZh),
        textEn: m.definitionTextEn,
        textZh: m.definitionTextZh,
        zhIsTranslation: m.definitionZhIsTranslation,
        noteEn: opt(m.definitionNoteEn),
        noteZh: opt(m.definitionNoteZh),
        source: ref(m.definitionCitationId),
        alsoSource: m.definitionAlsoCitationId ? ref(m.definitionAlsoCitationId) : undefined,
      },
      typicalPlatforms: m.platforms.map((p) => ({
        name: p.name,
        nameZh: p.nameZh,
        identificationNoteEn: opt(p.identificationNoteEn),
        identificationNoteZh: opt(p.identificationNoteZh),
        source: ref(p.citationId),
      })),
      typicalPlatformsNoteEn: opt(m.typicalPlatformsNoteEn),
      typicalPlatformsNoteZh: opt(m.typicalPlatformsNoteZh),
      relatedExamples: m.examples.filter((e) => e.kind === 'example').map((e) => ({ textEn: e.textEn, textZh: e.textZh, source: ref(e.citationId) })),
      relatedPhenomena: m.examples
        .filter((e) => e.kind === 'phenomenon')
        .map((e) => ({ nameEn: e.nameEn ?? '', nameZh: e.nameZh ?? '', textEn: e.textEn, textZh: e.textZh, source: ref(e.citationId) })),
      requirements: Object.fromEntries(DIMENSION_IDS.map((d) => [d, cell(d)])) as BusinessModel['requirements'],
      noteIds: m.noteIds,
    };
  });

  const platformTypes: PlatformType[] = types.map((p) => {
    const [howItWorks, revenueModes, drawbacks] = PLATFORM_ASPECTS.map((a) => stated(`${p.id}:${a}`));
    return {
      id: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      source: ref(p.citationId),
      howItWorks,
      examples: p.examples.map((e) => ({ name: e.name, nameZh: e.nameZh, zhIsIdentification: e.zhIsIdentification })),
      examplesSource: ref(p.examplesCitationId),
      revenueModes,
      drawbacks,
      noteIds: p.noteIds,
    };
  });

  const byDimension = <K extends 'minimum' | 'ideal' | 'support'>(rows: { dimensionId: string; minimum: number | null; ideal: number | null; support: string | null }[], key: K) =>
    Object.fromEntries(ORDINAL_DIMENSIONS.map((d) => [d, rows.find((r) => r.dimensionId === d)?.[key] ?? null])) as GuideModelRule[K];
  const guideTitle = text('model-guide', 'title');
  const disclaimer = text('model-guide', 'disclaimer');
  const howToApply = text('model-guide', 'howToApply');
  const platformsTitle = text('platform-types', 'title');
  const sourceNote = text('platform-types', 'sourceNote');

  return {
    meta: {
      titleEn: title.en,
      titleZh: title.zh,
      primarySource: primary('business-models'),
      zhNoteEn: zhNote.en,
      zhNoteZh: zhNote.zh,
      dimensions: dimensions.map((d) => ({ id: d.id as (typeof DIMENSION_IDS)[number], labelEn: d.labelEn, labelZh: d.labelZh, ordinal: d.ordinal })),
      comparisonScopeEn: scope.en,
      comparisonScopeZh: scope.zh,
    },
    models: businessModels,
    contextClaims: claims.map((c) => ({ id: c.id, textEn: c.textEn, textZh: c.textZh, source: ref(c.citationId) })),
    platformTypesMeta: { titleEn: platformsTitle.en, titleZh: platformsTitle.zh, primarySource: primary('platform-types'), sourceNoteEn: sourceNote.en, sourceNoteZh: sourceNote.zh },
    platformDefinition: stated('definition'),
    platformTypes,
    guide: {
      meta: { titleEn: guideTitle.en, titleZh: guideTitle.zh, derivedFrom: text('model-guide', 'derivedFrom').en },
      disclaimerEn: disclaimer.en,
      disclaimerZh: disclaimer.zh,
      howToApplyEn: howToApply.en,
      howToApplyZh: howToApply.zh,
      generalRules: rules.map((r) => ({ id: r.id, ruleEn: r.ruleEn, ruleZh: r.ruleZh, source: ref(r.citationId) })),
      models: guideModels.map((g) => ({
        model: g.modelId as GuideModelRule['model'],
        minimum: byDimension(g.thresholds, 'minimum'),
        ideal: byDimension(g.thresholds, 'ideal'),
        idealNoteEn: g.idealNoteEn,
        idealNoteZh: g.idealNoteZh,
        support: byDimension(g.thresholds, 'support'),
        ruleEn: g.ruleEn,
        ruleZh: g.ruleZh,
        conditionEn: g.conditionEn,
        conditionZh: g.conditionZh,
        sentencesFollowed: g.sentencesFollowed,
        source: ref(g.citationId),
      })),
    },
    notes: notes
      .map(
        (n): ModelsNote => ({
          id: n.id,
          dataset: 'models',
          kind: n.kind,
          sourceId: n.sourceId,
          textEn: n.textEn,
          textZh: n.textZh,
          source: { file: fileOf.get(n.citation!.sourceId)!, where: n.citation!.where },
          scope: n.scopeModel ? { model: n.scopeModel as BusinessModel['id'] } : {},
        }),
      )
      .sort((a, b) => noteOrder(a.id, notes) - noteOrder(b.id, notes)),
  };
}

/** Notes keep the order of data/models/notes.json: their citation ids are "models/notes.json#[<index>].source". */
function noteOrder(id: string, notes: { id: string; citationId: string | null }[]): number {
  const citation = notes.find((n) => n.id === id)?.citationId ?? '';
  return Number(/#\[(\d+)\]/.exec(citation)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

/** The source-table entry of a source text (by its file key), e.g. seed 000's title and publisher. */
export async function getSeedSource(file: string): Promise<SeedSourceInfo | null> {
  return db().source.findUnique({ where: { seedFile: file }, select: { id: true, title: true, publisher: true, whereRead: true } });
}
