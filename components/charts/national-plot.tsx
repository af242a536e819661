'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { NationalDatum } from '@/components/charts/national-chart.tsx';
import { valueAxis, type AxisLocale } from '@/lib/charts/axis.ts';
import { CHART_INK, NATIONAL_COLOURS } from '@/lib/palette.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { CompactLegend } from '@/components/charts/compact-legend.tsx';

type Props = { data: NationalDatum[]; villagesLabel: string; townsLabel: string; noValue: string; locale: AxisLocale };

/** The tooltip: the year as its header, then both counts of that year ("no value" where none was published). */
function YearTooltip({ active, label, data, villagesLabel, townsLabel, noValue, locale }: Props & { active?: boolean; label?: string | number }) {
  if (!active || label === undefined) return null;
  const row = data.find((d) => d.year === Number(label));
  const count = (v: number | null | undefined) => (v === null || v === undefined ? noValue : numberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format(v));
  return (
    <div data-testid="chart-tooltip" className="rounded border border-line bg-white px-3 py-2 text-xs shadow-md">
      <p className="mb-1 text-sm font-semibold" data-tooltip-header="">
        {label}
      </p>
      <p data-tooltip-series={villagesLabel}>
        <span style={{ color: NATIONAL_COLOURS.villages }}>■</span> {villagesLabel}: <span data-tooltip-value="">{count(row?.villages)}</span>
      </p>
      <p data-tooltip-series={townsLabel}>
        <span style={{ color: NATIONAL_COLOURS.towns }}>●</span> {townsLabel}: <span data-tooltip-value="">{count(row?.towns)}</span>
      </p>
    </div>
  );
}

/** The Recharts part of `NationalChart`, loaded as a chunk of its own after hydration: one bar or point per year on a continuous year axis, round ticks. */
export function NationalPlot(props: Props) {
  const { data, villagesLabel, townsLabel, locale } = props;
  const years = data.map((d) => d.year);
  const filled: NationalDatum[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) filled.push(data.find((d) => d.year === y) ?? { year: y, villages: null, towns: null });
  const axis = valueAxis(
    data.flatMap((d) => [d.villages, d.towns].filter((v): v is number => v !== null)),
    'count',
    locale,
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={filled} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} stroke={CHART_INK.grid} />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={56} domain={axis.domain} ticks={axis.ticks} tickFormatter={axis.label} />
        <Tooltip content={<YearTooltip {...props} />} />
        {/* Our own legend: Recharts' default names each swatch "<series> legend icon", in English. */}
        <Legend content={CompactLegend} />
        <Bar dataKey="villages" name={villagesLabel} fill={NATIONAL_COLOURS.villages} isAnimationActive={false} />
        <Line dataKey="towns" name={townsLabel} stroke={NATIONAL_COLOURS.towns} strokeWidth={2} dot connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
