import { z } from 'zod';
import businessModelsJson from '@/data/models/business-models.json';
import modelGuideJson from '@/data/models/model-guide.json';
import platformTypesJson from '@/data/models/platform-types.json';
import notesJson from '@/data/clusters/notes.json';
import sourcesJson from '@/data/sources.json';
import type { GuideDimension, GuideModel, Level } from '@/lib/metrics/model-guide.ts';

/*
 * Data access for the business-model section. The three JSON files under data/models are read
 * with static imports, validated with zod once at module load, and handed out as plain typed
 * objects. Quotes are kept exactly as stored (the unit tests in tests/unit/clusters-data.test.ts
 * check them against the seed texts); the *Zh fields are the project's translations.
 */

export const MODEL_IDS = ['B2B', 'B2C', 'C2C', 'O2O'] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const DIMENSION_IDS = ['capital', 'informatisation', 'management', 'informationSecurity', 'platformRole'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
export const ORDINAL_DIMENSIONS = ['capital', 'informatisation', 'management', 'informationSecurity'] as const;
export type OrdinalDimension = (typeof ORDINAL_DIMENSIONS)[number];
export const SUPPORT_KINDS = ['explicit', 'comparative', 'general', 'bounded'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const where = z.string().min(1);
const sourceRef = z.object({
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
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

const businessModelsFile = z.object({
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

const platformTypesFile = z.object({
  meta: z.object({ titleEn: z.string(), titleZh: z.string(), primarySource: sourceRef, sourceNoteEn: z.string(), sourceNoteZh: z.string() }),
  platformDefinition: statedText,
  platformTypes: z.array(platformType),
});

const levelOrNull = level.nullable();
const guideDims = { capital: levelOrNull, informatisation: levelOrNull, management: levelOrNull, informationSecurity: levelOrNull };
const supportOrNull = z.enum(SUPPORT_KINDS).nullable();
const guideFile = z.object({
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

const note = z.object({
  id: z.string(),
  dataset: z.string(),
  kind: z.string(),
  sourceId: z.string().nullable(),
  textEn: z.string(),
  textZh: z.string(),
  source: z.object({ file: z.string(), where: z.string() }).optional(),
});
export type ModelsNote = z.infer<typeof note>;

const source = z.object({ id: z.string(), title: z.string(), publisher: z.string(), whereRead: z.string() });

const parsedModels = businessModelsFile.parse(businessModelsJson);
const parsedPlatforms = platformTypesFile.parse(platformTypesJson);
const parsedGuide = guideFile.parse(modelGuideJson);
const parsedNotes = z.array(note.passthrough()).parse(notesJson).filter((n) => n.dataset === 'models');
const seed000 = z.array(source.passthrough()).parse(sourcesJson).find((s) => s.id === 'seed000-agglomeration-big-data') ?? null;

export const modelsMeta = parsedModels.meta;
export const businessModels: BusinessModel[] = parsedModels.models;
export const contextClaims = parsedModels.contextClaims;
export const platformTypesMeta = parsedPlatforms.meta;
export const platformDefinition = parsedPlatforms.platformDefinition;
export const platformTypes: PlatformType[] = parsedPlatforms.platformTypes;
export const guideRules: GuideRuleSet = parsedGuide;
export const modelsNotes: ModelsNote[] = parsedNotes;
/** The sources.json entry of seed 000 (title and where read); seed 004 has no entry there. */
export const seed000Source = seed000;

export function dimensionLabel(id: DimensionId, locale: 'en' | 'zh'): string {
  const d = modelsMeta.dimensions.find((x) => x.id === id);
  return d ? (locale === 'zh' ? d.labelZh : d.labelEn) : id;
}

export function notesByIds(ids: readonly string[]): ModelsNote[] {
  return ids.map((id) => modelsNotes.find((n) => n.id === id)).filter((n): n is ModelsNote => n !== undefined);
}

/**
 * The guide's inputs, joined from model-guide.json (minimum levels, support, sentences followed)
 * and the matrix cells of business-models.json (the quote behind each dimension).
 */
export function guideModelsFromData(): GuideModel[] {
  return guideRules.models.map((rule) => {
    const matrix = businessModels.find((m) => m.id === rule.model);
    const evidence = Object.fromEntries(
      ORDINAL_DIMENSIONS.map((d) => {
        const cell = matrix?.requirements[d];
        return [d, { quote: cell?.quote ?? null, alsoQuotes: cell?.alsoQuotes ?? [], noteEn: cell?.noteEn ?? '', noteZh: cell?.noteZh ?? '' }];
      }),
    ) as GuideModel['evidence'];
    return {
      model: rule.model,
      minimum: rule.minimum as Record<GuideDimension, Level | null>,
      support: rule.support,
      sentencesFollowed: rule.sentencesFollowed,
      evidence,
    };
  });
}

/** Every file + section the section cites, deduplicated, in order of first use. */
export function citedSources(): { file: string; where: string }[] {
  const seen = new Map<string, { file: string; where: string }>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.file === 'string' && typeof o.where === 'string') {
        const key = `${o.file}|${o.where}`;
        if (!seen.has(key)) seen.set(key, { file: o.file, where: o.where });
      }
      Object.values(o).forEach(visit);
    }
  };
  visit([parsedModels, parsedPlatforms, parsedGuide]);
  return [...seen.values()];
}
