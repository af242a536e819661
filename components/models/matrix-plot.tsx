'use client';

import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MatrixChartRow, MatrixChartSeries } from '@/components/models/matrix-chart.tsx';
import { CHART_INK } from '@/lib/palette.ts';
import { CompactLegend } from '@/components/charts/compact-legend.tsx';

type Props = { rows: MatrixChartRow[]; series: MatrixChartSeries[]; levelLabels: Record<'1' | '2' | '3', string>; gapLabel: string };

const GAP = '__gap';
const GAP_HEIGHT = 1.4;

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown };

/** The Recharts part of `MatrixChart`, loaded as a chunk of its own after hydration. */
export function MatrixPlot({ rows, series, levelLabels, gapLabel }: Props) {
  const levelText = (v: unknown) => (v === 1 || v === 2 || v === 3 ? levelLabels[String(v) as '1' | '2' | '3'] : gapLabel);

  // Each model is a stack of its level and, where the level is null, a transparent "gap" segment
  // that carries only the rotated "no level" text: the slot stays visibly empty, not zero.
  const data = rows.map((r) => ({ ...r, ...Object.fromEntries(series.map((s) => [`${s.id}${GAP}`, r[s.id] === null ? GAP_HEIGHT : null])) }));

  function gapText(props: LabelProps) {
    const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
    const bottom = Number(props.y ?? 0) + Number(props.height ?? 0) - 4;
    return (
      <text x={x} y={bottom} textAnchor="start" transform={`rotate(-90 ${x} ${bottom})`} fontSize={10} fill={CHART_INK.muted} dominantBaseline="central">
        {gapLabel}
      </text>
    );
  }

  // On a phone a dimension's band is ~65 px, narrower than its name's longest word ("Informatisation",
  // "Information-security"): the names are then set at an angle instead of running into each other.
  const [narrow, setNarrow] = useState(false);

  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(width) => setNarrow(width < 560)}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} barCategoryGap="18%">
        <CartesianGrid vertical={false} stroke={CHART_INK.grid} />
        <XAxis
          dataKey="label"
          tick={narrow ? { fontSize: 10, width: 120, angle: -30, textAnchor: 'end' } : { fontSize: 11, width: 80 }}
          interval={0}
          height={narrow ? 92 : 56}
        />
        <YAxis domain={[0, 3]} ticks={[1, 2, 3]} allowDecimals={false} width={52} tick={{ fontSize: 11 }} tickFormatter={(v: number) => levelText(v)} />
        <Tooltip
          formatter={(value, name, item) => {
            const key = String(item.dataKey ?? '');
            return key.endsWith(GAP) ? [gapLabel, name] : [levelText(value), name];
          }}
        />
        <Legend content={CompactLegend} />
        {series.flatMap((s) => [
          <Bar key={s.id} dataKey={s.id} name={s.label} stackId={s.id} fill={s.color} isAnimationActive={false} />,
          <Bar key={`${s.id}${GAP}`} dataKey={`${s.id}${GAP}`} name={s.label} stackId={s.id} fill="transparent" legendType="none" isAnimationActive={false}>
            <LabelList dataKey={`${s.id}${GAP}`} content={gapText} />
          </Bar>,
        ])}
      </BarChart>
    </ResponsiveContainer>
  );
}
