'use client';

import dynamic from 'next/dynamic';
import { useId, useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

export type BreakdownDatum = { key: string; label: string; share: number; display: string };

type Props = {
  data: BreakdownDatum[];
  title: string;
  summary: string;
  exportMeta: ChartExportMeta;
  valueLabel: string;
  exportLabels: ChartExportLabels;
  loadingLabel: ChartLoadingText;
  /** Characters per line of a category label (shorter for Chinese). */
  wrapAt: number;
  /** Width of the category axis in px. */
  axisWidth: number;
  testId: string;
};

// Recharts comes in a chunk of its own, fetched when the chart mounts (see components/charts/city-bar-chart.tsx).
const BreakdownPlot = dynamic(() => import('@/components/clusters/yongkang/breakdown-plot.tsx').then((m) => m.BreakdownPlot), { ssr: false, loading: ChartLoading });

/** One respondent breakdown (shares in %) as horizontal bars, in the paper's order. */
export function BreakdownChart({ data, title, summary, exportMeta, valueLabel, exportLabels, loadingLabel, wrapAt, axisWidth, testId }: Props) {
  const ref = useRef<HTMLElement>(null);
  const id = useId();
  const rowHeight = 46;
  const height = data.length * rowHeight + 40;

  return (
    <figure ref={ref} className="min-w-0 space-y-2" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 id={`${id}-title`} className="font-semibold">
          {title}
        </h4>
        <ChartDownloads target={ref} meta={exportMeta} labels={exportLabels} />
      </div>
      <p id={`${id}-summary`} className="text-sm text-muted" data-testid="chart-summary">
        {summary}
      </p>
      <div style={{ height }} data-testid={testId} data-points={data.map((d) => `${d.key}:${d.share}`).join(',')}>
        <ChartLoadingLabel value={loadingLabel}>
          <BreakdownPlot data={data} valueLabel={valueLabel} wrapAt={wrapAt} axisWidth={axisWidth} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
