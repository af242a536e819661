'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPanel, ChartPoint } from '@/components/series/series-chart.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { formatQuantity } from '@/lib/i18n/format.ts';

type Props = { panel: ChartPanel; locale: Locale; log: boolean; labels: { midYear: string; substitute: string } };

function tickValue(value: number, unit: ChartPanel['unit'], locale: Locale) {
  if (unit === 'index' || unit === 'yoy' || unit === 'pp') {
    const n = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
    // The unit on every tick: a relative change (%) and a percentage-point change must not be confused.
    return unit === 'yoy' ? `${n}%` : unit === 'pp' && locale === 'en' ? `${n} pp` : n; // zh: the chart title says 百分点
  }
  return formatQuantity(value, unit, locale, 'exact', 2);
}

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; index?: number };

/**
 * A point's marker: a bound is drawn as a triangle pointing where the true value lies (▲ for a
 * lower bound ">N", ▼ for an upper bound "<N"), so a bound never looks like a stated value.
 */
function pointDot(colour: string) {
  function Dot({ cx, cy, payload, index }: DotProps) {
    if (cx === undefined || cy === undefined || !payload || payload.value === null) return <g key={`dot-${index}`} />;
    if (payload.qualifier === 'lower_bound' || payload.qualifier === 'upper_bound') {
      const up = payload.qualifier === 'lower_bound';
      const d = up ? `M${cx},${cy - 5} L${cx + 4.5},${cy + 3} L${cx - 4.5},${cy + 3} Z` : `M${cx},${cy + 5} L${cx + 4.5},${cy - 3} L${cx - 4.5},${cy - 3} Z`;
      return <path key={`dot-${index}`} d={d} fill={colour} stroke={colour} data-qualifier={payload.qualifier} />;
    }
    return <circle key={`dot-${index}`} cx={cx} cy={cy} r={3} fill="#fff" stroke={colour} strokeWidth={2} />;
  }
  return Dot;
}

/** The Recharts part of `SeriesChart`, loaded as a chunk of its own after hydration. */
export function SeriesPlot({ panel, locale, log, labels }: Props) {
  const xs = panel.lines.flatMap((l) => l.points.map((p) => p.x));
  const minX = xs.length ? Math.floor(Math.min(...xs)) : 0;
  const maxX = xs.length ? Math.ceil(Math.max(...xs)) : 1;
  const ticks = Array.from({ length: maxX - minX + 1 }, (_, i) => minX + i);
  const positive = (p: ChartPoint) => !log || (p.value !== null && p.value > 0);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid stroke="#d9e2ec" vertical={false} />
        <XAxis type="number" dataKey="x" domain={[minX, maxX]} ticks={ticks} tickFormatter={(x: number) => String(x)} tick={{ fontSize: 12 }} allowDuplicatedCategory={false} />
        <YAxis
          type="number"
          scale={log ? 'log' : 'auto'}
          domain={log ? ['auto', 'auto'] : panel.unit === 'yoy' || panel.unit === 'pp' ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={false}
          tickFormatter={(v: number) => tickValue(v, panel.unit, locale)}
          tick={{ fontSize: 11 }}
          width={84}
        />
        <Tooltip
          formatter={(_v, name, item) => {
            const p = item.payload as ChartPoint;
            return [p.flagLabel ? `${p.display} (${p.flagLabel})` : p.display, `${name} (${p.period})`];
          }}
          labelFormatter={() => ''}
        />
        <Legend />
        {panel.breaks.map((b) => (
          <ReferenceLine key={`${b.x}-${b.label}`} x={b.x - 0.5} stroke="#b45309" strokeDasharray="4 3" label={{ value: b.label, position: 'insideTopLeft', fontSize: 11, fill: '#92400e' }} />
        ))}
        {panel.lines.map((l) => (
          <Line
            key={l.id}
            data={l.points.filter((p) => p.kind === 'year').filter(positive)}
            dataKey="value"
            name={l.label}
            stroke={l.colour}
            strokeWidth={2}
            dot={pointDot(l.colour)}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {panel.lines.map((l) => {
          const mid = l.points.filter((p) => p.kind === 'mid_year' && positive(p));
          return mid.length ? <Scatter key={`${l.id}-mid`} data={mid} dataKey="value" name={`${l.label}: ${labels.midYear}`} fill="#fff" stroke={l.colour} shape="circle" isAnimationActive={false} /> : null;
        })}
        {panel.lines.map((l) => {
          const sub = l.points.filter((p) => p.kind === 'substitute' && positive(p));
          return sub.length ? <Scatter key={`${l.id}-sub`} data={sub} dataKey="value" name={`${l.label}: ${labels.substitute}`} fill={l.colour} shape="diamond" isAnimationActive={false} /> : null;
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
