// The views of the Yongkang page: an overview (the paper's figures, the path diagram, the sample's
// charts, the hypotheses) and one view per table of the paper, chosen by the `tab` parameter of the
// page's URL. Each table is reference material a reader opens: putting every table on the first
// view made it ~58 KB gzip and ~90–160 ms to render (issues 12 and 14); a table view renders that
// table alone. Client-safe and free of zod (the legacy-anchor redirect uses it in the browser); the
// page parses its parameter with lib/schemas/yongkang-view.ts.

/** The tables in the paper's order, as the tab row shows them (TABLE_IDS is the API's order). */
export const YONGKANG_TABLE_TABS = ['sample', 'items', 'reliability', 'validity', 'fit', 'paths', 'mediation'] as const;
export const YONGKANG_TABS = ['overview', ...YONGKANG_TABLE_TABS] as const;
export type YongkangTab = (typeof YONGKANG_TABS)[number];
export type YongkangTableTab = (typeof YONGKANG_TABLE_TABS)[number];

/** The address of a view of the page (the overview without a parameter), with an optional fragment. */
export function yongkangTabHref(locale: string, tab: YongkangTab, fragment?: string): string {
  const path = `/${locale}/clusters/yongkang${tab === 'overview' ? '' : `?tab=${tab}`}`;
  return fragment ? `${path}#${fragment}` : path;
}

/**
 * The view that holds an anchor of the single-page layout this page had before its tables moved to
 * tabs (`#section-paths`, `#paths-note-yk-…`), or null when the anchor is not a table's: old links
 * to a table or to one of its notes still reach it.
 */
export function tabOfLegacyAnchor(fragment: string): YongkangTableTab | null {
  const m = /^(?:section-)?([a-z]+)(?:-note-.+)?$/.exec(fragment);
  const id = m?.[1];
  if (!id || !(YONGKANG_TABLE_TABS as readonly string[]).includes(id)) return null;
  // `#section-sample` is the overview's sample section (stats and charts): it stays there.
  if (fragment === 'section-sample') return null;
  return id as YongkangTableTab;
}
