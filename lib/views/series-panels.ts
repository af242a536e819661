import type { Locale } from '@/i18n/routing.ts';
import { formatChange, formatIndex, formatQuantity, placeName, unitLabel } from '@/lib/i18n/format.ts';
import type { PointFlag } from '@/lib/metrics/derived.ts';
import { viewUnit, type SeriesView, type ViewPoint, type ViewUnit } from '@/lib/views/series-view.ts';
import type { ChartPanel } from '@/lib/views/chart-panel.ts';
import { readerShortName } from '@/lib/source-text.ts';
import { seriesColour } from '@/lib/palette.ts';
import { labelled } from '@/lib/i18n/punctuation.ts';
import { withAside } from '@/lib/i18n/punctuation.ts';
import { markersOf } from '@/lib/views/note-numbers.ts';

const seriesName = (s: { nameEn: string; nameZh: string }, locale: Locale) => placeName(s, locale);

/** Missing years on the year line become explicit nulls, so the line breaks instead of bridging the gap. */
function withYearGaps(points: ViewPoint[]): ViewPoint[] {
  const years = points.filter((p) => p.periodKind === 'year').map((p) => p.x);
  if (!years.length) return points;
  const have = new Set(years);
  const gaps: ViewPoint[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    if (!have.has(y)) gaps.push({ x: y, period: String(y), periodKind: 'year', value: null, unit: points[0].unit, raw: null, qualifier: 'exact', flag: null, reason: 'gap', acrossBreak: false, breakBefore: false, sourceId: '', noteIds: [] });
  }
  return [...points, ...gaps].sort((a, b) => a.x - b.x);
}

/** A drawn value in words, with its unit and the bound or approximation it carries ("< +30.0%"). */
export function displayValue(p: Pick<ViewPoint, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  if (p.unit === 'index') return formatIndex(p.value, locale, p.qualifier);
  if (p.unit === 'pp') return formatChange(p.value, 'pp', locale, p.qualifier);
  if (p.unit === 'percent-change') return formatChange(p.value, 'percent', locale, p.qualifier);
  return formatQuantity(p.value, p.unit, locale, p.qualifier);
}

const panelUnit = (unit: ViewUnit): ChartPanel['unit'] => (unit === 'percent-change' ? 'yoy' : unit);

/**
 * Groups the selected series into one chart per unit, with display strings per locale. In
 * "change on previous year" mode the relative changes (%) of counts and amounts and the
 * percentage-point changes of percentage series are different units: they get separate charts,
 * each with its own labelled axis, never one shared axis. Series the mode cannot draw (see
 * ViewSeries.notDrawn) get no line and no legend entry; the page lists them with the reason.
 */
export function toChartPanels(view: SeriesView, locale: Locale, breakLabel: string, flagLabels: Record<PointFlag, string>, noteNumbers?: ReadonlyMap<string, number>): ChartPanel[] {
  const panels = new Map<string, ChartPanel>();
  // The publisher as the reader's language names it, for the tooltip and the export's source line.
  const publishers = new Map((view.sources ?? []).map((s) => [s.id, readerShortName(s, locale)]));
  view.view.forEach((v) => {
    if (v.notDrawn) return;
    const unit = panelUnit(viewUnit(view.query.mode, v.series));
    // Cross-border estimates use incompatible definitions: each gets its own axis, never a shared one.
    const key = v.series.group === 'cross-border' ? `${unit}-${v.series.id}` : `${unit}-${v.series.group}`;
    const title = v.series.group === 'cross-border' ? withAside(seriesName(v.series, locale), unitLabel(unit, locale), locale) : unitLabel(unit, locale);
    const panel = panels.get(key) ?? { key, title, unit, lines: [], breaks: [] };
    panel.lines.push({
      id: v.series.id,
      label: seriesName(v.series, locale),
      colour: seriesColour(v.series.id),
      points: withYearGaps(v.points).map((p) => ({
        x: p.x,
        value: p.value,
        period: p.period,
        kind: p.periodKind,
        display: displayValue(p, locale),
        qualifier: p.qualifier,
        flag: p.flag,
        flagLabel: p.flag ? flagLabels[p.flag] : '',
        source: publishers.get(p.sourceId) ?? '',
        ...(noteNumbers ? { notes: markersOf(p.noteIds, noteNumbers) } : {}),
      })),
    });
    for (const year of v.breaks) panel.breaks.push({ x: year, label: labelled(breakLabel, seriesName(v.series, locale), locale) });
    panels.set(key, panel);
  });
  return [...panels.values()];
}
