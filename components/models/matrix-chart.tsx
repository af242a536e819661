'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

export type MatrixChartRow = { key: string; label: string } & Record<string, string | number | null>;
export type MatrixChartSeries = { id: string; label: string; color: string };

type Props = {
  rows: MatrixChartRow[];
  series: MatrixChartSeries[];
  levelLabels: Record<'1' | '2' | '3', string>;
  gapLabel: string;
  title: string;
  /** One line under the title: what a bar's height means. */
  subtitle: string;
  summary: string;
  axisLabel: string;
  exportMeta: ChartExportMeta;
  exportLabels: ChartExportLabels;
  loadingLabel: ChartLoadingText;
};

// Recharts comes in a chunk of its own, fetched when the chart mounts (see components/charts/city-bar-chart.tsx).
const MatrixPlot = dynamic(() => import('@/components/models/matrix-plot.tsx').then((m) => m.MatrixPlot), { ssr: false, loading: ChartLoading });

/**
 * Grouped bars: one group per ordinal dimension, one bar per model, height = ordinal level (1–3).
 * A null level draws no bar and a short "no level" mark on the axis, so a gap never reads as zero.
 */
export function MatrixChart({ rows, series, levelLabels, gapLabel, title, subtitle, summary, axisLabel, exportMeta, exportLabels, loadingLabel }: Props) {
  const ref = useRef<HTMLElement>(null);
  const points = rows.flatMap((r) => series.map((s) => `${s.id}:${r.key}:${r[s.id] ?? ''}`)).join(',');
  return (
    <figure
      ref={ref}
      className="grid min-w-0 grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,1fr)_auto]"
      aria-labelledby="matrix-chart-title"
      aria-describedby="matrix-chart-summary"
    >
      {/* The page's figure opens it (issue 14): title and one-line subtitle, then the bars. The
          download buttons sit beside the title from 640 px and under the bars on a phone, so
          that the whole chart fits the first screen there. */}
      <h2 id="matrix-chart-title" className="text-base font-semibold sm:text-xl">
        {title}
      </h2>
      <p className="text-sm text-muted sm:col-span-2" data-testid="matrix-chart-subtitle">
        {subtitle}
      </p>
      <div className="h-72 sm:col-span-2 sm:h-80" data-testid="matrix-chart" data-points={points}>
        <ChartLoadingLabel value={loadingLabel}>
          <MatrixPlot rows={rows} series={series} levelLabels={levelLabels} gapLabel={gapLabel} />
        </ChartLoadingLabel>
      </div>
      <div className="sm:col-start-2 sm:row-start-1 sm:self-start">
        <ChartDownloads target={ref} meta={exportMeta} labels={exportLabels} />
      </div>
      <p className="text-xs text-muted sm:col-span-2">{axisLabel}</p>
      <p id="matrix-chart-summary" className="text-sm text-muted sm:col-span-2" data-testid="matrix-chart-summary">
        {summary}
      </p>
    </figure>
  );
}
