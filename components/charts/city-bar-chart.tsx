'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';
import { ChartLoading, ChartLoadingLabel, type ChartLoadingText } from '@/components/charts/chart-loading.tsx';
import type { ChartExportLabels, ChartExportMeta } from '@/components/charts/export-meta.ts';

export type BarDatum = {
  key: string;
  label: string;
  value: number | null;
  display: string;
  /** How the figure came about ("stated", "computed" …), said in the tooltip where the page gives it. */
  flagLabel?: string;
  /** Drawn in the accent colour: the bar the page is about (Wenzhou in the Wenzhou paper's list). */
  highlight?: boolean;
};

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
  /** The title's heading level: h3 under a section's h2 (default), h2 where the chart leads the page. */
  headingLevel?: 'h2' | 'h3';
  /** The figure's id prefix and the plot box's test id, where a page draws another city chart too. */
  id?: string;
};

const ROW_HEIGHT = 26;

// Recharts is fetched as a chunk of its own when the chart mounts in the browser: it is not in the
// page's first-load JavaScript. Until it arrives the sized box says the chart is loading.
const CityBarPlot = dynamic(() => import('@/components/charts/city-bar-plot.tsx').then((m) => m.CityBarPlot), { ssr: false, loading: ChartLoading });

/** Horizontal bars, one row per city, in the table's order. */
export function CityBarChart({ data, title, summary, exportMeta, valueLabel, locale, exportLabels, loadingLabel, downloads = true, headingLevel = 'h3', id = 'city-chart' }: Props) {
  const Heading = headingLevel;
  const ref = useRef<HTMLElement>(null);
  const height = Math.max(120, data.length * ROW_HEIGHT + 40);
  return (
    <figure ref={ref} className="space-y-2" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={`${id}-title`} className="font-semibold">
          {title}
        </Heading>
        {downloads ? <ChartDownloads target={ref} meta={exportMeta} labels={exportLabels} /> : null}
      </div>
      <p id={`${id}-summary`} className="text-sm text-muted" data-testid="chart-summary">
        {summary}
      </p>
      <div style={{ height }} data-testid={id} data-points={data.map((d) => `${d.key}:${d.value ?? ''}`).join(',')}>
        <ChartLoadingLabel value={loadingLabel}>
          <CityBarPlot data={data} valueLabel={valueLabel} locale={locale} />
        </ChartLoadingLabel>
      </div>
    </figure>
  );
}
