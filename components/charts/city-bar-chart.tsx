'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

export type BarDatum = { key: string; label: string; value: number | null; display: string };

type Props = {
  data: BarDatum[];
  title: string;
  summary: string;
  exportMeta: ChartExportMeta;
  valueLabel: string;
  locale: 'en' | 'zh';
  exportLabels: ChartExportLabels;
  loadingLabel: ChartLoadingText;
  /** Image download buttons beside the title (default); a data page offers them in its Download tab instead, at a fixed width. */
  downloads?: boolean;
};

const ROW_HEIGHT = 26;

// Recharts is fetched as a chunk of its own when the chart mounts in the browser: it is not in the
// page's first-load JavaScript. Until it arrives the sized box says the chart is loading.
const CityBarPlot = dynamic(() => import('@/components/charts/city-bar-plot.tsx').then((m) => m.CityBarPlot), { ssr: false, loading: ChartLoading });

/** Horizontal bars, one row per city, in the table's order. */
export function CityBarChart({ data, title, summary, exportMeta, valueLabel, locale, exportLabels, loadingLabel, downloads = true }: Props) {
  const ref = useRef<HTMLElement>(null);
  const height = Math.max(120, data.length * ROW_HEIGHT + 40);
  return (
    <figure ref={ref} className="space-y-2" aria-labelledby="city-chart-title" aria-describedby="city-chart-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="city-chart-title" className="font-semibold">
          {title}
        </h3>
        {downloads ? <ChartDownloads target={ref} meta={exportMeta} labels={exportLabels} /> : null}
      </div>
      <p id="city-chart-summary" className="text-sm text-muted" data-testid="chart-summary">
        {summary}
      </p>
      <div style={{ height }} data-testid="city-chart" data-points={data.map((d) => `${d.key}:${d.value ?? ''}`).join(',')}>
        <ChartLoadingLabel value={loadingLabel}>
          <CityBarPlot data={data} valueLabel={valueLabel} locale={locale} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
