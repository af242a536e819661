// The parts of the villages view state that client components need, without the registry.
import type { ViewTab } from '@/lib/schemas/view-tabs.ts';

/** The ranked city list the page opens on; change it when a newer ranked list is loaded. */
export const DEFAULT_CITY_YEAR = 2019;
export const CITY_SORTS = ['villages', 'rank', 'city', 'province'] as const;
export const SORT_DIRS = ['asc', 'desc'] as const;
export const CITY_SCOPES = ['ranked', 'all'] as const;

export type CityViewState = {
  year: number;
  province: number[];
  q: string;
  sort: (typeof CITY_SORTS)[number];
  dir: (typeof SORT_DIRS)[number];
  scope: (typeof CITY_SCOPES)[number];
  /** The tab shown (lib/schemas/view-tabs.ts); absent or 'chart' stays out of the URL. */
  tab?: ViewTab;
};

/** The view's parameters with defaults removed, in a stable order: what the URL carries. */
export function nonDefaultCityParams(state: CityViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.year !== DEFAULT_CITY_YEAR) params.set('year', String(state.year));
  for (const p of [...state.province].sort((a, b) => a - b)) params.append('province', String(p));
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'villages') params.set('sort', state.sort);
  if (state.dir !== 'desc') params.set('dir', state.dir);
  if (state.scope !== 'ranked') params.set('scope', state.scope);
  if (state.tab && state.tab !== 'chart') params.set('tab', state.tab);
  return params;
}

export const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);
