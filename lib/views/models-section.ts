import type { GuideModel, Level, GuideDimension } from '@/lib/metrics/model-guide.ts';
import { DIMENSION_IDS, ORDINAL_DIMENSIONS, type BusinessModelsMeta, type DimensionId, type ModelsNote, type ModelsSection } from '@/lib/schemas/model-files.ts';

/* Small views over the models section (lib/queries/models.ts or the parsed files), shared by the page, the API and the CSV. */

export function dimensionLabel(meta: BusinessModelsMeta, id: DimensionId, locale: 'en' | 'zh'): string {
  const d = meta.dimensions.find((x) => x.id === id);
  return d ? (locale === 'zh' ? d.labelZh : d.labelEn) : id;
}

/** Every dimension's label in one language (for components, which get data as props). */
export const dimensionLabels = (meta: BusinessModelsMeta, locale: 'en' | 'zh') =>
  Object.fromEntries(DIMENSION_IDS.map((d) => [d, dimensionLabel(meta, d, locale)])) as Record<DimensionId, string>;

export function notesByIds(section: ModelsSection, ids: readonly string[]): ModelsNote[] {
  return ids.map((id) => section.notes.find((n) => n.id === id)).filter((n): n is ModelsNote => n !== undefined);
}

/**
 * The guide's inputs, joined from model-guide.json (minimum levels, support, sentences followed)
 * and the matrix cells of business-models.json (the quote behind each dimension).
 */
export function guideModels(section: ModelsSection): GuideModel[] {
  return section.guide.models.map((rule) => {
    const matrix = section.models.find((m) => m.id === rule.model);
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

/** Every paper (source id) + section the models section cites, deduplicated, in order of first use. */
export function citedSources(section: ModelsSection): { sourceId: string; where: string }[] {
  const seen = new Map<string, { sourceId: string; where: string }>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.sourceId === 'string' && typeof o.where === 'string') {
        const key = `${o.sourceId}|${o.where}`;
        if (!seen.has(key)) seen.set(key, { sourceId: o.sourceId, where: o.where });
      }
      Object.values(o).forEach(visit);
    }
  };
  // The three files in the order the section was always read: matrix, platform types, guide.
  visit([
    { meta: section.meta, models: section.models, contextClaims: section.contextClaims },
    { meta: section.platformTypesMeta, platformDefinition: section.platformDefinition, platformTypes: section.platformTypes },
    section.guide,
  ]);
  return [...seen.values()];
}
