'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportMeta } from '@/components/charts/export-meta.ts';
import type { SeriesPlotLabels } from '@/components/series/series-plot.tsx';
import type { Locale } from '@/i18n/routing.ts';

import type { ChartPanel } from '@/lib/views/chart-panel.ts';

// The panel types are built by lib/views/series-panels.ts; re-exported for the plot components.
export type { ChartLine, ChartPanel, ChartPoint } from '@/lib/views/chart-panel.ts';

type Props = {
  panel: ChartPanel;
  locale: Locale;
  log: boolean;
  summary: string;
  exportMeta: ChartExportMeta;
  labels: { png: string; svg: string; loading: ChartLoadingText; plot: SeriesPlotLabels };
  /** Image download buttons beside the title (default); a data page offers them in its Download tab instead, at a fixed width. */
  downloads?: boolean;
};

// The plot's code comes in a chunk of its own, fetched when the chart mounts (see components/charts/city-bar-chart.tsx).
const SeriesPlot = dynamic(() => import('@/components/series/series-plot.tsx').then((m) => m.SeriesPlot), { ssr: false, loading: ChartLoading });

/** One chart per unit: year values as lines (gaps stay gaps), mid-year and substitute readings as distinct markers. */
export function SeriesChart({ panel, locale, log, summary, exportMeta, labels, downloads = true }: Props) {
  const ref = useRef<HTMLElement>(null);
  const id = `chart-${panel.key}`;
  const names = panel.lines.map((l) => l.label).join(locale === 'zh' ? '、' : ', ');
  // A panel of one definition (cross-border) is already titled by its series and unit.
  const named = panel.lines.length === 0 || panel.title.startsWith(names);
  return (
    <figure ref={ref} className="min-w-0 space-y-2" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        {/* What the chart shows (its series), then the unit: a unit alone is no title. */}
        <h3 id={`${id}-title`} className="text-sm font-semibold sm:text-base">
          {named ? (
            panel.title
          ) : (
            <>
              {names}
              {locale === 'zh' ? '' : ' '}
              <span className="font-normal text-muted">{locale === 'zh' ? `（${panel.title}）` : `(${panel.title})`}</span>
            </>
          )}
        </h3>
        {downloads ? <ChartDownloads target={ref} meta={exportMeta} labels={{ png: labels.png, svg: labels.svg }} /> : null}
      </div>
      {/* On a phone the legend takes a row per series: the box grows with it, so the plot itself
          keeps at least 240 px (legend rows of 18 px, 50 px of axis margins). From sm up, 20rem. */}
      <div
        className="h-[var(--phone-chart-h)] sm:h-80"
        style={{ '--phone-chart-h': `${Math.max(320, 240 + 50 + panel.lines.length * 18)}px` } as React.CSSProperties}
        data-testid={`series-chart-${panel.key}`} data-lines={JSON.stringify(panel.lines.map((l) => ({ id: l.id, points: l.points.map((p) => [p.period, p.value]) })))}>
        <ChartLoadingLabel value={labels.loading}>
          <SeriesPlot panel={panel} locale={locale} log={log} labels={labels.plot} />
        </ChartLoadingLabel>
      </div>
      <figcaption id={`${id}-summary`} className="text-sm text-muted">
        {summary}
      </figcaption>
    </figure>
  );
}
