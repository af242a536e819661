// View state of the time-series sections; client-safe (no server imports).
import type { ViewTab } from '@/lib/schemas/view-tabs.ts';

export const SERIES_MODES = ['absolute', 'yoy', 'index'] as const;
export const SERIES_PERIODS = ['year-end', 'mid-year'] as const;
export const SERIES_GROUPS = ['internet-users', 'transactions', 'cross-border', 'investment'] as const;
export type SeriesGroup = (typeof SERIES_GROUPS)[number];

export type SeriesViewState = {
  series: string[];
  from: number | null;
  to: number | null;
  mode: (typeof SERIES_MODES)[number];
  base: number | null;
  log: boolean;
  midyear: boolean;
  /** The tab shown (lib/schemas/view-tabs.ts); absent or 'chart' stays out of the URL. */
  tab?: ViewTab;
};

/** Writes only what differs from the page's defaults (its default series and the full range). */
export function nonDefaultSeriesParams(state: SeriesViewState, defaults: { series: string[] }): URLSearchParams {
  const params = new URLSearchParams();
  const sameSeries = state.series.length === defaults.series.length && state.series.every((s, i) => s === defaults.series[i]);
  if (!sameSeries) for (const s of state.series) params.append('series', s);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.mode !== 'absolute') params.set('mode', state.mode);
  if (state.base !== null && state.mode === 'index') params.set('base', String(state.base));
  if (state.log) params.set('log', '1');
  if (state.midyear) params.set('midyear', '1');
  if (state.tab && state.tab !== 'chart') params.set('tab', state.tab);
  return params;
}

/**
 * A first year after the last one, as the reader gave it (URL or form), or null. The API answers
 * such a range with a 400 (lib/schemas/series.ts); the page says it beside the year fields.
 */
export function reversedRange(from: unknown, to: unknown): { from: number; to: number } | null {
  const year = (v: unknown) => (typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : typeof v === 'number' && Number.isInteger(v) ? v : null);
  const f = year(from);
  const t = year(to);
  return f !== null && t !== null && f > t ? { from: f, to: t } : null;
}
