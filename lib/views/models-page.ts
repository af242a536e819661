import 'server-only';
import { getModelsSection, getSeedSource } from '@/lib/queries/models.ts';
import { GUIDE_SOURCE } from '@/lib/schemas/model-files.ts';
import { rankModels, paperDemandOrder, type ClusterLevels } from '@/lib/metrics/model-guide.ts';
import { ORDINAL_DIMENSIONS, type ModelsSection } from '@/lib/schemas/model-files.ts';
import { levelLabel } from '@/lib/views/models-matrix.ts';
import { citedSources, dimensionLabel, dimensionLabels, guideModels, notesByIds } from '@/lib/views/models-section.ts';
import { joinList, withAside } from '@/lib/i18n/punctuation.ts';

type Locale = 'en' | 'zh';
/** A group of the requirement chart: one dimension, one level (or null) per model id. */
export type MatrixChartRow = { key: string; label: string } & Record<string, string | number | null>;

/** The notes shown under the platform types (seed 004's wording); the others sit under the matrix. */
const PLATFORM_NOTE_IDS = ['m-004-ocr-and-wording'];

/** Everything /[locale]/models shows, computed from the section; the page only renders it. */
export function modelsPageBody(section: ModelsSection, levels: ClusterLevels | null, locale: Locale) {
  const models = guideModels(section);
  const o2oInfo = section.models.find((m) => m.id === 'O2O')?.requirements.informatisation;
  // Chart rows: one group per ordinal dimension, one value per model (null = no bar).
  const chartRows: MatrixChartRow[] = ORDINAL_DIMENSIONS.map((d) => ({
    key: d,
    label: dimensionLabel(section.meta, d, locale),
    ...Object.fromEntries(section.models.map((m) => [m.id, m.requirements[d].level])),
  }));
  /** Per model, its levels grouped by label: "High (capital, informatisation)". */
  const chartSummaryParts = section.models.map((m) => {
    const parts = new Map<string, string[]>();
    for (const d of ORDINAL_DIMENSIONS) {
      const label = levelLabel(m.requirements[d], locale);
      parts.set(label, [...(parts.get(label) ?? []), dimensionLabel(section.meta, d, locale)]);
    }
    const levelsText = [...parts.entries()].map(([label, dims]) => withAside(label, joinList(dims, locale), locale)).join(locale === 'zh' ? '；' : '; ');
    return { model: m.id, levels: levelsText };
  });
  return {
    section,
    entries: levels ? rankModels(levels, models) : null,
    order: paperDemandOrder(models),
    analysisWhere: section.meta.primarySource.where,
    orderSentences: o2oInfo ? [o2oInfo.quote, ...o2oInfo.alsoQuotes].filter((q): q is string => Boolean(q)) : [],
    chartRows,
    chartSummaryParts,
    matrixNotes: section.notes.filter((n) => !PLATFORM_NOTE_IDS.includes(n.id)),
    platformNotes: notesByIds(section, PLATFORM_NOTE_IDS),
    names: Object.fromEntries(section.models.map((m) => [m.id, { en: m.nameEn, zh: m.nameZh }])),
    dimensionLabels: dimensionLabels(section.meta, locale),
    citedSources: citedSources(section),
  };
}

/** The models page's reads: the section and the guide's paper (its source line). */
export async function getModelsPage(levels: ClusterLevels | null, locale: Locale) {
  const [section, guideSource] = await Promise.all([getModelsSection(), getSeedSource(GUIDE_SOURCE)]);
  return { section, guideSource, body: modelsPageBody(section, levels, locale) };
}
