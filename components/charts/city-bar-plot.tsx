'use client';

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarDatum } from '@/components/charts/city-bar-chart.tsx';
import { valueAxis, type AxisLocale } from '@/lib/charts/axis.ts';
import { withAside } from '@/lib/i18n/punctuation.ts';
import { BAR_FILL, BAR_HIGHLIGHT, CHART_INK } from '@/lib/palette.ts';

/** The Recharts part of `CityBarChart`, loaded as a chunk of its own after hydration. Round ticks with the locale's separators; the axis is titled with what is counted. */
export function CityBarPlot({ data, valueLabel, locale }: { data: BarDatum[]; valueLabel: string; locale: AxisLocale }) {
  const axis = valueAxis(data.flatMap((d) => (d.value === null ? [] : [d.value])), 'count', locale, { countNoun: valueLabel });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 18, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={CHART_INK.grid} />
        <XAxis
          type="number"
          domain={axis.domain}
          ticks={axis.ticks}
          tickFormatter={axis.label}
          tick={{ fontSize: 12 }}
          label={{ value: axis.title, position: 'insideBottom', offset: -14, fontSize: 12, fill: CHART_INK.muted }}
        />
        <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(_, __, item) => {
          const d = item.payload as BarDatum;
          return [d.flagLabel ? withAside(d.display, d.flagLabel, locale) : d.display, valueLabel];
        }} />
        <Bar dataKey="value" name={valueLabel} fill={BAR_FILL} isAnimationActive={false}>
          {data.some((d) => d.highlight) ? data.map((d) => <Cell key={d.key} fill={d.highlight ? BAR_HIGHLIGHT : BAR_FILL} data-highlight={d.highlight ? 'true' : undefined} />) : null}
          <LabelList dataKey="display" position="right" style={{ fontSize: 11, fill: CHART_INK.text }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
