'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';

export type BarDatum = { key: string; label: string; value: number | null; display: string };

type Props = {
  data: BarDatum[];
  title: string;
  summary: string;
  filename: string;
  valueLabel: string;
  pngLabel: string;
  svgLabel: string;
  loadingLabel: ChartLoadingText;
};

const ROW_HEIGHT = 26;

// Recharts is fetched as a chunk of its own when the chart mounts in the browser: it is not in the
// page's first-load JavaScript. Until it arrives the sized box says the chart is loading.
const CityBarPlot = dynamic(() => import('@/components/charts/city-bar-plot.tsx').then((m) => m.CityBarPlot), { ssr: false, loading: ChartLoading });

/** Horizontal bars, one row per city, in the table's order. */
export function CityBarChart({ data, title, summary, filename, valueLabel, pngLabel, svgLabel, loadingLabel }: Props) {
  const ref = useRef<HTMLElement>(null);
  const height = Math.max(120, data.length * ROW_HEIGHT + 40);
  return (
    <figure ref={ref} className="space-y-2" aria-labelledby="city-chart-title" aria-describedby="city-chart-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="city-chart-title" className="font-semibold">
          {title}
        </h3>
        <ChartDownloads target={ref} filename={filename} pngLabel={pngLabel} svgLabel={svgLabel} />
      </div>
      <p id="city-chart-summary" className="text-sm text-muted" data-testid="chart-summary">
        {summary}
      </p>
      <div style={{ height }} data-testid="city-chart" data-points={data.map((d) => `${d.key}:${d.value ?? ''}`).join(',')}>
        <ChartLoadingLabel value={loadingLabel}>
          <CityBarPlot data={data} valueLabel={valueLabel} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
