import type { Locale } from '@/i18n/routing.ts';
import { formatQuantity, placeName, unitLabel } from '@/lib/i18n/format.ts';
import type { SeriesView, ViewPoint } from '@/lib/queries/series-view.ts';
import type { ChartPanel } from '@/components/series/series-chart.tsx';

const PALETTE = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#be123c', '#0e7490', '#a16207', '#4d7c0f'];

const seriesName = (s: { nameEn: string; nameZh: string }, locale: Locale) => placeName(s, locale);

/** Missing years on the year line become explicit nulls, so the line breaks instead of bridging the gap. */
function withYearGaps(points: ViewPoint[]): ViewPoint[] {
  const years = points.filter((p) => p.periodKind === 'year').map((p) => p.x);
  if (!years.length) return points;
  const have = new Set(years);
  const gaps: ViewPoint[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    if (!have.has(y)) gaps.push({ x: y, period: String(y), periodKind: 'year', value: null, raw: null, qualifier: 'exact', flag: 'S', acrossBreak: false, breakBefore: false, sourceId: '', noteIds: [] });
  }
  return [...points, ...gaps].sort((a, b) => a.x - b.x);
}

/** Groups the selected series into one chart per unit, with display strings per locale. */
export function toChartPanels(view: SeriesView, locale: Locale, breakLabel: string): ChartPanel[] {
  const mode = view.query.mode;
  const unitOf = (u: 'persons' | 'yuan' | 'percent') => (mode === 'absolute' ? u : mode);
  const panels = new Map<string, ChartPanel>();
  view.view.forEach((v, i) => {
    const unit = unitOf(v.series.unit);
    // Cross-border estimates use incompatible definitions: each gets its own axis, never a shared one.
    const key = v.series.group === 'cross-border' ? `${unit}-${v.series.id}` : `${unit}-${v.series.group}`;
    const title = v.series.group === 'cross-border' ? `${seriesName(v.series, locale)} (${unitLabel(unit, locale)})` : unitLabel(unit, locale);
    const panel = panels.get(key) ?? { key, title, unit, lines: [], breaks: [] };
    panel.lines.push({
      id: v.series.id,
      label: seriesName(v.series, locale),
      colour: PALETTE[i % PALETTE.length],
      points: withYearGaps(v.points).map((p) => ({
        x: p.x,
        value: p.value,
        period: p.period,
        kind: p.periodKind,
        display:
          mode === 'absolute'
            ? formatQuantity(p.value, v.series.unit, locale, p.qualifier)
            : formatQuantity(p.value, 'percent', locale, 'exact', 1).replace(mode === 'index' ? '%' : '', ''),
      })),
    });
    for (const year of v.breaks) panel.breaks.push({ x: year, label: `${breakLabel}: ${seriesName(v.series, locale)}` });
    panels.set(key, panel);
  });
  return [...panels.values()];
}
