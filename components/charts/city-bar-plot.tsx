'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarDatum } from '@/components/charts/city-bar-chart.tsx';

/** The Recharts part of `CityBarChart`, loaded as a chunk of its own after hydration. */
export function CityBarPlot({ data, valueLabel }: { data: BarDatum[]; valueLabel: string }) {
  return (
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
  );
}
