'use client';

import { useRef } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';

export type NationalDatum = { year: number; villages: number | null; towns: number | null };

type Props = {
  data: NationalDatum[];
  title: string;
  summary: string;
  villagesLabel: string;
  townsLabel: string;
  filename: string;
  pngLabel: string;
  svgLabel: string;
};

/** Villages as bars and towns as a line, on a continuous year axis so missing years show as gaps. */
export function NationalChart({ data, title, summary, villagesLabel, townsLabel, filename, pngLabel, svgLabel }: Props) {
  const ref = useRef<HTMLElement>(null);
  const years = data.map((d) => d.year);
  const filled: NationalDatum[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) filled.push(data.find((d) => d.year === y) ?? { year: y, villages: null, towns: null });
  return (
    <figure ref={ref} className="space-y-2" aria-labelledby="national-chart-title" aria-describedby="national-chart-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="national-chart-title" className="font-semibold">
          {title}
        </h3>
        <ChartDownloads target={ref} filename={filename} pngLabel={pngLabel} svgLabel={svgLabel} />
      </div>
      <p id="national-chart-summary" className="text-sm text-muted">
        {summary}
      </p>
      <div className="h-72">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={filled} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid vertical={false} stroke="#d9e2ec" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={48} />
            <Tooltip />
            <Legend />
            <Bar dataKey="villages" name={villagesLabel} fill="#0b5cad" isAnimationActive={false} />
            <Line dataKey="towns" name={townsLabel} stroke="#c2410c" strokeWidth={2} dot connectNulls={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
