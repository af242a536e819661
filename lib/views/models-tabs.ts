// The views of the Business models page, chosen by the `tab` parameter of its URL: the overview
// (the requirement-matrix chart, the guide and the matrix table) and the reference material a
// reader opens — the four models with their quoted evidence, the platform types, the sources and
// notes. Printing all of it on one screen made the page ~9,500 px long with the chart far below
// (issue 14). Client-safe and free of zod (the legacy-anchor redirect uses it in the browser); the
// page parses its parameter with lib/schemas/models-view.ts.
import { GUIDE_PARAM_NAMES, type GuideParam } from '@/lib/metrics/model-guide.ts';

export const MODELS_TABS = ['overview', 'models', 'platforms', 'sources'] as const;
export type ModelsTab = (typeof MODELS_TABS)[number];

/**
 * The address of a view of the page (the overview without `tab`), keeping the guide's levels so
 * that moving between tabs and back does not lose the reader's ordering; an optional fragment.
 */
export function modelsTabHref(locale: string, tab: ModelsTab, levels: Partial<Record<GuideParam, number | string>> = {}, fragment?: string): string {
  const search = new URLSearchParams();
  if (tab !== 'overview') search.set('tab', tab);
  for (const k of GUIDE_PARAM_NAMES) if (levels[k] !== undefined) search.set(k, String(levels[k]));
  const query = search.toString();
  const path = `/${locale}/models${query ? `?${query}` : ''}`;
  return fragment ? `${path}#${fragment}` : path;
}

/**
 * The view that holds an anchor of the single-page layout this page had before (`#models`,
 * `#model-B2B`, `#platforms`, `#platform-…`, `#sources`, `#note-…`), or null when the anchor is
 * on the overview (`#matrix`, `#guide`) or unknown. A `note-` anchor that is not on the overview
 * (the matrix notes are) is a platform-type note.
 */
export function tabOfLegacyAnchor(fragment: string): Exclude<ModelsTab, 'overview'> | null {
  if (fragment === 'models' || fragment === 'context-heading' || fragment.startsWith('model-')) return 'models';
  if (fragment === 'platforms' || fragment.startsWith('platform-') || fragment.startsWith('note-')) return 'platforms';
  if (fragment === 'sources') return 'sources';
  return null;
}
