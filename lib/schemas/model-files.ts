import { z } from 'zod';
import { paperSourceId } from '@/lib/schemas/paper-source-id.ts';

/*
 * Shapes of the models section's data files (data/models/*.json, docs/data-contracts.md). The seed
 * validates the files with these schemas (lib/data/seed-models.ts); lib/queries/models.ts rebuilds
 * the same shapes from the store, so the parsed files and the store's answer are equal (checked by
 * tests/integration/models-store.test.ts). The *Zh fields are the project's translations.
 */

export const MODEL_IDS = ['B2B', 'B2C', 'C2C', 'O2O'] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const DIMENSION_IDS = ['capital', 'informatisation', 'management', 'informationSecurity', 'platformRole'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
export const ORDINAL_DIMENSIONS = ['capital', 'informatisation', 'management', 'informationSecurity'] as const;
export type OrdinalDimension = (typeof ORDINAL_DIMENSIONS)[number];
/** The paper the model guide follows (seed 000: the guide names no source of its own), by its source id. */
export const GUIDE_SOURCE = 'seed000-agglomeration-big-data';

export const SUPPORT_KINDS = ['explicit', 'comparative', 'general', 'bounded'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const where = z.string().min(1);
export const sourceRef = z.object({
  /** The paper's entry in data/sources.json (checked by the seed loader). */
  sourceId: paperSourceId,
  where,
  quote: z.string().min(1).nullable().optional(),
  alsoQuotes: z.array(z.string().min(1)).optional(),
});
export type SourceRef = z.infer<typeof sourceRef>;

const requirementCell = z.object({
  level: level.nullable(),
  quote: z.string().min(1).nullable(),
  where,
  support: z.enum(SUPPORT_KINDS).nullable(),
  noteEn: z.string().min(1),
  noteZh: z.string().min(1),
  source: sourceRef,
  alsoQuotes: z.array(z.string().min(1)).default([]),
  ordinal: z.boolean().default(true),
});
export type RequirementCell = z.infer<typeof requirementCell>;

const platformName = z.object({
  name: z.string().min(1),
  nameZh: z.string().min(1).nullable(),
  identificationNoteEn: z.string().optional(),
  identificationNoteZh: z.string().optional(),
  source: sourceRef,
});

const model = z.object({
  id: z.enum(MODEL_IDS),
  nameEn: z.string(),
  nameZh: z.string(),
  source: sourceRef,
  definition: z.object({
    kind: z.enum(['quote', 'quote-excerpts']),
    kindNoteEn: z.string().optional(),
    kindNoteZh: z.string().optional(),
    textEn: z.string().min(1),
    textZh: z.string().min(1),
    zhIsTranslation: z.boolean(),
    noteEn: z.string().optional(),
    noteZh: z.string().optional(),
    source: sourceRef,
    alsoSource: sourceRef.optional(),
  }),
  typicalPlatforms: z.array(platformName),
  typicalPlatformsNoteEn: z.string().optional(),
  typicalPlatformsNoteZh: z.string().optional(),
  relatedExamples: z.array(z.object({ textEn: z.string(), textZh: z.string(), source: sourceRef })).default([]),
  relatedPhenomena: z.array(z.object({ nameEn: z.string(), nameZh: z.string(), textEn: z.string(), textZh: z.string(), source: sourceRef })).default([]),
  requirements: z.object({
    capital: requirementCell,
    informatisation: requirementCell,
    management: requirementCell,
    informationSecurity: requirementCell,
    platformRole: requirementCell,
  }),
  noteIds: z.array(z.string()),
});
export type BusinessModel = z.infer<typeof model>;

export const businessModelsFile = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    primarySource: sourceRef,
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), labelEn: z.string(), labelZh: z.string(), ordinal: z.boolean() })),
    comparisonScopeEn: z.string(),
    comparisonScopeZh: z.string(),
  }),
  models: z.array(model),
  contextClaims: z.array(z.object({ id: z.string(), textEn: z.string(), textZh: z.string(), source: sourceRef })),
});
export type BusinessModelsMeta = z.infer<typeof businessModelsFile>['meta'];
export type ContextClaim = z.infer<typeof businessModelsFile>['contextClaims'][number];

const statedText = z.object({
  kind: z.enum(['quote', 'paraphrase', 'not-stated']),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  source: sourceRef,
  itemsEn: z.array(z.string()).optional(),
  itemsZh: z.array(z.string()).optional(),
  openEnded: z.boolean().optional(),
});
export type StatedText = z.infer<typeof statedText>;

const platformType = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  source: sourceRef,
  howItWorks: statedText,
  examples: z.array(z.object({ name: z.string(), nameZh: z.string().nullable(), zhIsIdentification: z.boolean() })),
  examplesSource: sourceRef,
  revenueModes: statedText,
  drawbacks: statedText,
  noteIds: z.array(z.string()).default([]),
});
export type PlatformType = z.infer<typeof platformType>;
export const PLATFORM_ASPECTS = ['howItWorks', 'revenueModes', 'drawbacks'] as const;

export const platformTypesFile = z.object({
  meta: z.object({ titleEn: z.string(), titleZh: z.string(), primarySource: sourceRef, sourceNoteEn: z.string(), sourceNoteZh: z.string() }),
  platformDefinition: statedText,
  platformTypes: z.array(platformType),
});
export type PlatformTypesMeta = z.infer<typeof platformTypesFile>['meta'];

const levelOrNull = level.nullable();
const guideDims = { capital: levelOrNull, informatisation: levelOrNull, management: levelOrNull, informationSecurity: levelOrNull };
const supportOrNull = z.enum(SUPPORT_KINDS).nullable();
export const guideFile = z.object({
  meta: z.object({ titleEn: z.string(), titleZh: z.string(), derivedFrom: z.string() }),
  disclaimerEn: z.string(),
  disclaimerZh: z.string(),
  howToApplyEn: z.string(),
  howToApplyZh: z.string(),
  generalRules: z.array(z.object({ id: z.string(), ruleEn: z.string(), ruleZh: z.string(), source: sourceRef })),
  models: z.array(
    z.object({
      model: z.enum(MODEL_IDS),
      minimum: z.object(guideDims),
      ideal: z.object(guideDims),
      idealNoteEn: z.string(),
      idealNoteZh: z.string(),
      support: z.object({ capital: supportOrNull, informatisation: supportOrNull, management: supportOrNull, informationSecurity: supportOrNull }),
      ruleEn: z.string(),
      ruleZh: z.string(),
      conditionEn: z.string(),
      conditionZh: z.string(),
      sentencesFollowed: z.array(z.string().min(1)),
      source: sourceRef,
    }),
  ),
});
export type GuideRuleSet = z.infer<typeof guideFile>;
export type GuideModelRule = GuideRuleSet['models'][number];

/** A note of data/models/notes.json: an editorial note (sourceId null) about a place in a paper. */
export const modelNoteRecord = z.object({
  id: z.string().min(1),
  dataset: z.literal('models'),
  kind: z.string().min(1),
  sourceId: z.string().nullable(),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  source: z.object({ sourceId: sourceRef.shape.sourceId, where }),
  scope: z.strictObject({ model: z.enum(MODEL_IDS).optional() }),
});
export type ModelsNote = z.infer<typeof modelNoteRecord>;

/** Everything the models section shows: the parsed files, or the same rebuilt from the store. */
export type ModelsSection = {
  meta: BusinessModelsMeta;
  models: BusinessModel[];
  contextClaims: ContextClaim[];
  platformTypesMeta: PlatformTypesMeta;
  platformDefinition: StatedText;
  platformTypes: PlatformType[];
  guide: GuideRuleSet;
  notes: ModelsNote[];
};
