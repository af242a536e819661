'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportMeta } from '@/components/charts/export-meta.ts';
import type { SeriesPlotLabels } from '@/components/series/series-plot.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { Unit } from '@/lib/i18n/format.ts';
import type { BoundQualifier, PointFlag } from '@/lib/metrics/derived.ts';

/** One drawn point: `display` is the value in words with its bound ("< +30.0%"); `flag` is null for a gap; `source` the publisher as the reader's language names it. */
export type ChartPoint = {
  x: number;
  value: number | null;
  display: string;
  period: string;
  kind: 'year' | 'mid_year' | 'substitute';
  qualifier: BoundQualifier;
  flag: PointFlag | null;
  flagLabel: string;
  source: string;
};
export type ChartLine = { id: string; label: string; colour: string; points: ChartPoint[] };
/** `yoy`: relative change in %; `pp`: change of a percentage in percentage points (never on one axis with `yoy`). */
export type ChartPanel = { key: string; title: string; unit: Unit | 'index' | 'yoy' | 'pp'; lines: ChartLine[]; breaks: { x: number; label: string }[] };

type Props = {
  panel: ChartPanel;
  locale: Locale;
  log: boolean;
  summary: string;
  exportMeta: ChartExportMeta;
  labels: { png: string; svg: string; loading: ChartLoadingText; plot: SeriesPlotLabels };
};

// The plot's code comes in a chunk of its own, fetched when the chart mounts (see components/charts/city-bar-chart.tsx).
const SeriesPlot = dynamic(() => import('@/components/series/series-plot.tsx').then((m) => m.SeriesPlot), { ssr: false, loading: ChartLoading });

/** One chart per unit: year values as lines (gaps stay gaps), mid-year and substitute readings as distinct markers. */
export function SeriesChart({ panel, locale, log, summary, exportMeta, labels }: Props) {
  const ref = useRef<HTMLElement>(null);
  const id = `chart-${panel.key}`;
  return (
    <figure ref={ref} className="min-w-0 space-y-2" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="font-semibold">
          {panel.title}
        </h3>
        <ChartDownloads target={ref} meta={exportMeta} labels={{ png: labels.png, svg: labels.svg }} />
      </div>
      <p id={`${id}-summary`} className="text-sm text-muted">
        {summary}
      </p>
      <div className="h-80" data-testid={`series-chart-${panel.key}`} data-lines={JSON.stringify(panel.lines.map((l) => ({ id: l.id, points: l.points.map((p) => [p.period, p.value]) })))}>
        <ChartLoadingLabel value={labels.loading}>
          <SeriesPlot panel={panel} locale={locale} log={log} labels={labels.plot} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
