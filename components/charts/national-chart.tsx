'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

export type NationalDatum = { year: number; villages: number | null; towns: number | null };

type Props = {
  data: NationalDatum[];
  title: string;
  summary: string;
  villagesLabel: string;
  townsLabel: string;
  noValue: string;
  locale: 'en' | 'zh';
  exportMeta: ChartExportMeta;
  exportLabels: ChartExportLabels;
  loadingLabel: ChartLoadingText;
  /** Image download buttons beside the title (default); a data page offers them in its Download tab instead, at a fixed width. */
  downloads?: boolean;
};

// Recharts comes in a chunk of its own, fetched when the chart mounts (see city-bar-chart.tsx).
const NationalPlot = dynamic(() => import('@/components/charts/national-plot.tsx').then((m) => m.NationalPlot), { ssr: false, loading: ChartLoading });

/** Villages as bars and towns as a line, on a continuous year axis so missing years show as gaps. */
export function NationalChart({ data, title, summary, villagesLabel, townsLabel, noValue, locale, exportMeta, exportLabels, loadingLabel, downloads = true }: Props) {
  const ref = useRef<HTMLElement>(null);
  return (
    <figure ref={ref} className="space-y-2" aria-labelledby="national-chart-title" aria-describedby="national-chart-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="national-chart-title" className="font-semibold">
          {title}
        </h3>
        {downloads ? <ChartDownloads target={ref} meta={exportMeta} labels={exportLabels} /> : null}
      </div>
      <p id="national-chart-summary" className="text-sm text-muted">
        {summary}
      </p>
      <div className="h-72">
        <ChartLoadingLabel value={loadingLabel}>
          <NationalPlot data={data} villagesLabel={villagesLabel} townsLabel={townsLabel} noValue={noValue} locale={locale} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
