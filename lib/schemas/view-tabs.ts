// The tabs of a data page (Chart / Map / Table / Sources / Download): one more field of the view's
// URL state, parsed by the page, the JSON API and the CSV with the rest of it. Client-safe.
import { z } from 'zod';

export const SERIES_TABS = ['chart', 'table', 'sources', 'download'] as const;
export const VILLAGE_TABS = ['chart', 'map', 'table', 'sources', 'download'] as const;
export type ViewTab = (typeof VILLAGE_TABS)[number];
export const DEFAULT_TAB: ViewTab = 'chart';

/** The `tab` parameter of a view with these tabs; absent means the chart. */
export const tabParam = <const T extends readonly [ViewTab, ...ViewTab[]]>(tabs: T) =>
  z.enum(tabs, { error: `tab must be one of: ${tabs.join(', ')}` }).default('chart' as T[number]);

/** The view's parameters with `tab` set to another tab (left out for the chart, the default), other parameters kept in order. */
export function withTab(params: URLSearchParams, tab: ViewTab): URLSearchParams {
  const next = new URLSearchParams([...params].filter(([key]) => key !== 'tab'));
  if (tab !== DEFAULT_TAB) next.set('tab', tab);
  return next;
}

/** The same parameters without `tab`: what an export, an embed or a citation of the view carries (the tab changes what is shown, never the rows). */
export function withoutTab(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([key]) => key !== 'tab'));
}

/** One link per tab: its address (path + the view's parameters + the tab) and whether it is the one shown. */
export function tabLinks(path: string, params: URLSearchParams, tabs: readonly ViewTab[], current: ViewTab): { tab: ViewTab; href: string; current: boolean }[] {
  return tabs.map((tab) => {
    const query = withTab(params, tab);
    return { tab, href: query.size ? `${path}?${query}` : path, current: tab === current };
  });
}
