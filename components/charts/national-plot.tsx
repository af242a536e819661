'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NationalDatum } from '@/components/charts/national-chart.tsx';

/** The Recharts part of `NationalChart`, loaded as a chunk of its own after hydration. */
export function NationalPlot({ data, villagesLabel, townsLabel }: { data: NationalDatum[]; villagesLabel: string; townsLabel: string }) {
  const years = data.map((d) => d.year);
  const filled: NationalDatum[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) filled.push(data.find((d) => d.year === y) ?? { year: y, villages: null, towns: null });
  return (
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
  );
}
