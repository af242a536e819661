'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakdownDatum } from '@/components/clusters/yongkang/breakdown-chart.tsx';
import { BAR_FILL, CHART_INK } from '@/lib/palette.ts';

type Props = {
  data: BreakdownDatum[];
  valueLabel: string;
  /** Characters per line of a category label (shorter for Chinese). */
  wrapAt: number;
  /** Width of the category axis in px. */
  axisWidth: number;
};

function wrapLabel(text: string, max: number): string[] {
  if (!/\s/.test(text)) {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
    return out;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string } };

/** A category tick wrapped over several lines, right-aligned against the axis. */
function renderTick({ x = 0, y = 0, payload }: TickProps, wrapAt: number) {
  const lines = wrapLabel(payload?.value ?? '', wrapAt);
  const x0 = Number(x);
  const y0 = Number(y) - ((lines.length - 1) * 13) / 2;
  return (
    <text x={x0} y={y0} textAnchor="end" fontSize={12} fill={CHART_INK.text} dominantBaseline="middle">
      {lines.map((l, i) => (
        <tspan key={i} x={x0} dy={i === 0 ? 0 : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/** The Recharts part of `BreakdownChart`, loaded as a chunk of its own after hydration. */
export function BreakdownPlot({ data, valueLabel, wrapAt, axisWidth }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={CHART_INK.grid} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 12 }} unit="%" />
        <YAxis type="category" dataKey="label" width={axisWidth} tick={(p: TickProps) => renderTick(p, wrapAt)} interval={0} />
        <Tooltip formatter={(_, __, item) => [(item.payload as BreakdownDatum).display, valueLabel]} />
        <Bar dataKey="share" name={valueLabel} fill={BAR_FILL} isAnimationActive={false}>
          <LabelList dataKey="display" position="right" style={{ fontSize: 12, fill: CHART_INK.text }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
