'use client';

import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartDownloads } from '@/components/charts/chart-downloads.tsx';

export type MatrixChartRow = { key: string; label: string } & Record<string, string | number | null>;
export type MatrixChartSeries = { id: string; label: string; color: string };

type Props = {
  rows: MatrixChartRow[];
  series: MatrixChartSeries[];
  levelLabels: Record<'1' | '2' | '3', string>;
  gapLabel: string;
  title: string;
  summary: string;
  axisLabel: string;
  filename: string;
  pngLabel: string;
  svgLabel: string;
};

const GAP = '__gap';
const GAP_HEIGHT = 1.4;

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown };

/**
 * Grouped bars: one group per ordinal dimension, one bar per model, height = ordinal level (1–3).
 * A null level draws no bar and a short "no level" mark on the axis, so a gap never reads as zero.
 */
export function MatrixChart({ rows, series, levelLabels, gapLabel, title, summary, axisLabel, filename, pngLabel, svgLabel }: Props) {
  const ref = useRef<HTMLElement>(null);
  const points = rows.flatMap((r) => series.map((s) => `${s.id}:${r.key}:${r[s.id] ?? ''}`)).join(',');
  const levelText = (v: unknown) => (v === 1 || v === 2 || v === 3 ? levelLabels[String(v) as '1' | '2' | '3'] : gapLabel);

  // Each model is a stack of its level and, where the level is null, a transparent "gap" segment
  // that carries only the rotated "no level" text: the slot stays visibly empty, not zero.
  const data = rows.map((r) => ({ ...r, ...Object.fromEntries(series.map((s) => [`${s.id}${GAP}`, r[s.id] === null ? GAP_HEIGHT : null])) }));

  function gapText(props: LabelProps) {
    const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
    const bottom = Number(props.y ?? 0) + Number(props.height ?? 0) - 4;
    return (
      <text x={x} y={bottom} textAnchor="start" transform={`rotate(-90 ${x} ${bottom})`} fontSize={10} fill="#52606d" dominantBaseline="central">
        {gapLabel}
      </text>
    );
  }

  return (
    <figure ref={ref} className="min-w-0 space-y-2" aria-labelledby="matrix-chart-title" aria-describedby="matrix-chart-summary">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="matrix-chart-title" className="font-semibold">
          {title}
        </h3>
        <ChartDownloads target={ref} filename={filename} pngLabel={pngLabel} svgLabel={svgLabel} />
      </div>
      <p id="matrix-chart-summary" className="text-sm text-muted" data-testid="matrix-chart-summary">
        {summary}
      </p>
      <p className="text-xs text-muted">{axisLabel}</p>
      <div className="h-80" data-testid="matrix-chart" data-points={points}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} barCategoryGap="18%">
            <CartesianGrid vertical={false} stroke="#d9e2ec" />
            <XAxis dataKey="label" tick={{ fontSize: 11, width: 80 }} interval={0} height={56} />
            <YAxis
              domain={[0, 3]}
              ticks={[1, 2, 3]}
              allowDecimals={false}
              width={52}
              tick={{ fontSize: 11 }}
              tickFormatter={(v: number) => levelText(v)}
            />
            <Tooltip
              formatter={(value, name, item) => {
                const key = String(item.dataKey ?? '');
                return key.endsWith(GAP) ? [gapLabel, name] : [levelText(value), name];
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.flatMap((s) => [
              <Bar key={s.id} dataKey={s.id} name={s.label} stackId={s.id} fill={s.color} isAnimationActive={false} />,
              <Bar key={`${s.id}${GAP}`} dataKey={`${s.id}${GAP}`} name={s.label} stackId={s.id} fill="transparent" legendType="none" isAnimationActive={false}>
                <LabelList dataKey={`${s.id}${GAP}`} content={gapText} />
              </Bar>,
            ])}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
