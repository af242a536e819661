import 'server-only';
import type { Locale } from '@/i18n/routing.ts';
import { POINT_FLAGS, type PointFlag } from '@/lib/metrics/derived.ts';
import { publisherName } from '@/lib/source-label.ts';
import type { ChartPanel } from '@/lib/views/chart-panel.ts';
import { SCALE_SERIES_IDS } from '@/lib/views/clusters/cross-border.ts';
import { toChartPanels } from '@/lib/views/series-panels.ts';
import { getSeriesView, type SeriesView } from '@/lib/views/series-view.ts';

/*
 * The cross-border page's lead figure: China's cross-border e-commerce by year in the two series the
 * transaction-scale section shows side by side (100EC's broad industry estimate and the customs'
 * official count), each on its own axis and never spliced — the same view, panels and points as
 * /transactions?series=… with those two series, so the page, that section and its CSV cannot
 * disagree. Gaps stay gaps; flags (stated / computed / bound / estimate) ride on every point.
 */

/** The series the chart shows, in the transaction-scale section's own URL parameters. */
const seriesParams = () => new URLSearchParams(SCALE_SERIES_IDS.map((id) => ['series', id]));

export type CrossBorderScaleChart = {
  view: SeriesView;
  panels: ChartPanel[];
  /** The publishers of the two series, as the reader's language names them. */
  publishers: string[];
  /** The 2020 value of 100EC's series in words (the figure Zhu and Lu's paper gives), null if absent. */
  paperFigure2020: string | null;
  /** The CSV of exactly these points (the transaction-scale section's export of this view). */
  csvHref: string;
};

/** The chart in the reader's language; `t` is the `series` message namespace (flag names, the break label). */
export async function getCrossBorderScaleChart(locale: Locale, t: (key: string) => string): Promise<CrossBorderScaleChart> {
  const view = await getSeriesView(['cross-border'], [...SCALE_SERIES_IDS], seriesParams());
  const flags = Object.fromEntries(POINT_FLAGS.map((f) => [f, t(`flags.${f}`)])) as Record<PointFlag, string>;
  const panels = toChartPanels(view, locale, t('definitionBreak'), flags);
  const estimate = panels.flatMap((p) => p.lines).find((l) => l.id === SCALE_SERIES_IDS[0]);
  const paper2020 = estimate?.points.find((p) => p.period === '2020' && p.value !== null);
  return {
    view,
    panels,
    publishers: view.view.map((v) => publisherName(v.series.publisher, locale)),
    paperFigure2020: paper2020?.display ?? null,
    csvHref: `/api/v1/views/transactions.csv?${seriesParams()}`,
  };
}
