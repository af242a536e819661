import { db } from '@/lib/db/index.ts';
import type {
  BusinessModel as BusinessModelRow,
  BusinessModelClaim,
  BusinessModelDimension,
  BusinessModelExample,
  BusinessModelPlatform,
  BusinessModelRequirement,
  Citation,
  ModelGuideModel as ModelGuideModelRow,
  ModelGuideRule,
  ModelGuideThreshold,
  PlatformText,
  PlatformType as PlatformTypeRow,
  PlatformTypeExample,
} from '@/lib/generated/prisma/client.ts';
import type { SourceReader } from '@/lib/schemas/source-reader.ts';
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


/*
 * The models section from the store (tables of migration 20261203210000_business_models), rebuilt
 * into the shapes of the data files (lib/schemas/model-files.ts): the parsed files and this answer
 * are equal (tests/integration/models-store.test.ts). Optional fields that are absent in the files
 * come back `undefined` (left out of JSON), as the file parser leaves them.
 */

/** A paper's entry of the source table (by its source id). */
export type SeedSourceInfo = { id: string; title: string; publisher: string; whereRead: string; reader: SourceReader | null };

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function refOf(citations: ReadonlyMap<string, Citation>, id: string): SourceRef {
  const c = citations.get(id);
  if (!c) throw new Error(`citation ${id} is missing from the store (reseed: npm run db:seed -- --force)`);
  return { sourceId: c.sourceId, where: c.where, quote: opt(c.quote), alsoQuotes: c.alsoQuotes.length ? c.alsoQuotes : undefined };
}

type Row<T> = T[];
type SectionRows = {
  citations: Row<Citation>;
  sections: Row<{ id: string; primaryCitationId: string | null }>;
  texts: Row<{ sectionId: string; key: string; textEn: string; textZh: string | null }>;
  dimensions: Row<BusinessModelDimension>;
  models: Row<BusinessModelRow>;
  requirements: Row<BusinessModelRequirement>;
  platforms: Row<BusinessModelPlatform>;
  examples: Row<BusinessModelExample>;
  claims: Row<BusinessModelClaim>;
  types: Row<PlatformTypeRow>;
  typeExamples: Row<PlatformTypeExample>;
  platformTexts: Row<PlatformText>;
  rules: Row<ModelGuideRule>;
  guideModels: Row<ModelGuideModelRow>;
  thresholds: Row<ModelGuideThreshold>;
  notes: Row<{ id: string; kind: string; sourceId: string | null; textEn: string; textZh: string; scopeModel: string | null; citationId: string | null }>;
};

/** Every table of the section in one round trip: each as a JSON array of rows with the Prisma field names, in display order. */
const SECTION_SQL = `SELECT
  (SELECT coalesce(json_agg(t ORDER BY t.id), '[]') FROM (SELECT id, source_id AS "sourceId", "where", quote, coalesce(also_quotes, '{}') AS "alsoQuotes" FROM citation WHERE id LIKE 'models/%') t) AS citations,
  (SELECT coalesce(json_agg(t), '[]') FROM (SELECT id, primary_citation_id AS "primaryCitationId" FROM model_section) t) AS sections,
  (SELECT coalesce(json_agg(t), '[]') FROM (SELECT section_id AS "sectionId", key, text_en AS "textEn", text_zh AS "textZh" FROM model_section_text) t) AS texts,
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT id, sort_order AS "sortOrder", label_en AS "labelEn", label_zh AS "labelZh", ordinal FROM business_model_dimension) t) AS dimensions,
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT id, sort_order AS "sortOrder", name_en AS "nameEn", name_zh AS "nameZh", citation_id AS "citationId",
      definition_kind AS "definitionKind", definition_kind_note_en AS "definitionKindNoteEn", definition_kind_note_zh AS "definitionKindNoteZh",
      definition_text_en AS "definitionTextEn", definition_text_zh AS "definitionTextZh", definition_zh_is_translation AS "definitionZhIsTranslation",
      definition_note_en AS "definitionNoteEn", definition_note_zh AS "definitionNoteZh", definition_citation_id AS "definitionCitationId",
      definition_also_citation_id AS "definitionAlsoCitationId", typical_platforms_note_en AS "typicalPlatformsNoteEn", typical_platforms_note_zh AS "typicalPlatformsNoteZh",
      coalesce(note_ids, '{}') AS "noteIds" FROM business_model) t) AS models,
  (SELECT coalesce(json_agg(t), '[]') FROM (SELECT model_id AS "modelId", dimension_id AS "dimensionId", level, quote, "where", support, note_en AS "noteEn", note_zh AS "noteZh",
      citation_id AS "citationId", coalesce(also_quotes, '{}') AS "alsoQuotes", ordinal FROM business_model_requirement) t) AS requirements,
  (SELECT coalesce(json_agg(t ORDER BY t.position), '[]') FROM (SELECT model_id AS "modelId", position, name, name_zh AS "nameZh", identification_note_en AS "identificationNoteEn",
      identification_note_zh AS "identificationNoteZh", citation_id AS "citationId" FROM business_model_platform) t) AS platforms,
  (SELECT coalesce(json_agg(t ORDER BY t.position), '[]') FROM (SELECT model_id AS "modelId", kind, position, name_en AS "nameEn", name_zh AS "nameZh", text_en AS "textEn",
      text_zh AS "textZh", citation_id AS "citationId" FROM business_model_example) t) AS examples,
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT id, sort_order AS "sortOrder", text_en AS "textEn", text_zh AS "textZh", citation_id AS "citationId" FROM business_model_claim) t) AS claims,
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT id, sort_order AS "sortOrder", name_en AS "nameEn", name_zh AS "nameZh", citation_id AS "citationId",
      examples_citation_id AS "examplesCitationId", coalesce(note_ids, '{}') AS "noteIds" FROM platform_type) t) AS types,
  (SELECT coalesce(json_agg(t ORDER BY t.position), '[]') FROM (SELECT type_id AS "typeId", position, name, name_zh AS "nameZh", zh_is_identification AS "zhIsIdentification" FROM platform_type_example) t) AS "typeExamples",
  (SELECT coalesce(json_agg(t), '[]') FROM (SELECT id, type_id AS "typeId", aspect, kind, text_en AS "textEn", text_zh AS "textZh", citation_id AS "citationId",
      coalesce(items_en, '{}') AS "itemsEn", coalesce(items_zh, '{}') AS "itemsZh", open_ended AS "openEnded" FROM platform_text) t) AS "platformTexts",
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT id, sort_order AS "sortOrder", rule_en AS "ruleEn", rule_zh AS "ruleZh", citation_id AS "citationId" FROM model_guide_rule) t) AS rules,
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT model_id AS "modelId", sort_order AS "sortOrder", ideal_note_en AS "idealNoteEn", ideal_note_zh AS "idealNoteZh",
      rule_en AS "ruleEn", rule_zh AS "ruleZh", condition_en AS "conditionEn", condition_zh AS "conditionZh", coalesce(sentences_followed, '{}') AS "sentencesFollowed",
      citation_id AS "citationId" FROM model_guide_model) t) AS "guideModels",
  (SELECT coalesce(json_agg(t ORDER BY t."sortOrder"), '[]') FROM (SELECT model_id AS "modelId", dimension_id AS "dimensionId", sort_order AS "sortOrder", minimum, ideal, support FROM model_guide_threshold) t) AS thresholds,
  (SELECT coalesce(json_agg(t), '[]') FROM (SELECT id, kind, source_id AS "sourceId", text_en AS "textEn", text_zh AS "textZh", scope_model AS "scopeModel", citation_id AS "citationId"
      FROM data_note WHERE dataset = 'models') t) AS notes`;

/**
 * Reads the whole models section. One statement (PostgreSQL builds the JSON): a dozen Prisma reads
 * in parallel cost several times as much under load, and the uncached route has a 50 ms budget.
 */
export async function getModelsSection(): Promise<ModelsSection> {
  const [all] = await db().$queryRawUnsafe<SectionRows[]>(SECTION_SQL);
  const { citations: citationRows, sections, texts, dimensions, claims, platformTexts, rules, notes: noteRows } = all;
  const models = all.models.map((m) => ({
    ...m,
    requirements: all.requirements.filter((r) => r.modelId === m.id),
    platforms: all.platforms.filter((p) => p.modelId === m.id),
    examples: all.examples.filter((e) => e.modelId === m.id),
  }));
  const types = all.types.map((p) => ({ ...p, examples: all.typeExamples.filter((e) => e.typeId === p.id) }));
  const guideModels = all.guideModels.map((g) => ({ ...g, thresholds: all.thresholds.filter((x) => x.modelId === g.modelId) }));
  const notes = noteRows.map((n) => ({ ...n, citation: citationRows.find((c) => c.id === n.citationId) ?? null }));
  const citations = new Map(citationRows.map((c) => [c.id, c]));
  const ref = (id: string) => refOf(citations, id);
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
          source: { sourceId: n.citation!.sourceId, where: n.citation!.where },
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

/** The source-table entry of a paper (by its source id), e.g. seed 000's title and publisher. */
export async function getSeedSource(sourceId: string): Promise<SeedSourceInfo | null> {
  const row = await db().source.findUnique({ where: { id: sourceId }, select: { id: true, title: true, publisher: true, whereRead: true, reader: true } });
  return row && { ...row, reader: (row.reader ?? null) as SourceReader | null };
}
