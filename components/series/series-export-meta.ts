import type { ChartExportMeta } from '@/components/charts/export-meta.ts';
import type { ChartPanel } from '@/components/series/series-chart.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { exportFileName } from '@/lib/charts/text.ts';
import type { SeriesView } from '@/lib/views/series-view.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Notes on the marks a panel actually draws (bounds, mid-year and substitute readings, breaks, gaps), in the page's language. */
export function markNotes(panel: ChartPanel, t: Translate): string[] {
  const points = panel.lines.flatMap((l) => l.points);
  const notes: string[] = [];
  if (points.some((p) => p.value !== null && p.qualifier === 'lower_bound')) notes.push(t('notes.lowerBound'));
  if (points.some((p) => p.value !== null && p.qualifier === 'upper_bound')) notes.push(t('notes.upperBound'));
  if (points.some((p) => p.value !== null && p.kind === 'mid_year')) notes.push(t('notes.midYear'));
  if (points.some((p) => p.value !== null && p.kind === 'substitute')) notes.push(t('notes.substitute'));
  if (panel.breaks.length) notes.push(t('notes.break'));
  if (points.some((p) => p.kind === 'year' && p.value === null)) notes.push(t('notes.gaps'));
  return notes;
}

/** Publishers of the drawn points, as the page names them, each once. */
export function sourceNames(panel: ChartPanel): string[] {
  return [...new Set(panel.lines.flatMap((l) => l.points.filter((p) => p.value !== null && p.source).map((p) => p.source)))];
}

/** What the export of one time-series panel says around the chart. */
export function seriesExportMeta({ panel, view, locale, section, csvGroup, url, t, modeLabel }: { panel: ChartPanel; view: SeriesView; locale: Locale; section: string; csvGroup: string; url: string; t: Translate; modeLabel: string }): ChartExportMeta {
  const { from, to } = view.range;
  const names = panel.lines.map((l) => l.label);
  const separator = locale === 'zh' ? '、' : ', ';
  const title = `${section}${locale === 'zh' ? '：' : ': '}${names.length && names.length <= 3 ? names.join(separator) : panel.title}`;
  const base = view.index?.baseYear;
  const subtitle = view.query.mode === 'index' && base ? t('subtitleIndex', { from, to, base }) : t('subtitleSeries', { from, to, series: panel.title, mode: modeLabel });
  const english = panel.lines.map((l) => view.view.find((v) => v.series.id === l.id)?.series.nameEn ?? '');
  return {
    title,
    subtitle,
    source: t('source', { names: sourceNames(panel).join(locale === 'zh' ? '；' : '; ') }),
    notes: markNotes(panel, t),
    url,
    // The range and mode first: a long list of series names is what the 120-character cap cuts.
    filename: exportFileName([csvGroup, from, to, view.query.mode === 'absolute' ? 'values' : view.query.mode, view.query.mode === 'index' && base ? `base-${base}` : null, view.query.log && view.query.mode !== 'yoy' ? 'log' : null, locale === 'zh' ? 'zh' : null, ...english]),
    lang: locale,
  };
}
