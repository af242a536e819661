'use client';

import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';

export type BarDatum = { key: string; label: string; value: number | null; display: string };

type Props = {
  data: BarDatum[];
  title: string;
  summary: string;
  filename: string;
  valueLabel: string;
  pngLabel: string;
  svgLabel: string;
};

const ROW_HEIGHT = 26;

/** Horizontal bars, one row per city, in the table's order. */
export function CityBarChart({ data, title, summary, filename, valueLabel, pngLabel, svgLabel }: Props) {
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
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
            <CartesianGrid horizontal={false} stroke="#d9e2ec" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(_, __, item) => [(item.payload as BarDatum).display, valueLabel]} />
            <Bar dataKey="value" name={valueLabel} fill="#0b5cad" isAnimationActive={false}>
              <LabelList dataKey="display" position="right" style={{ fontSize: 11, fill: '#1f2933' }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
