import { nice, tickIncrement, ticks } from 'd3-array';
import { numberFormat } from '@/lib/i18n/number-format.ts';

/**
 * Value axes that read like a person drew them: round ("nice") ticks — 0/100/200/300/400, never
 * 0/85/170/255/340 — numbers with the locale's separators, the magnitude (million / 亿) and the unit
 * in the axis title rather than on every tick, and % on percentage axes. Pure: used by the charts
 * in the browser and by the unit tests.
 */

export type AxisLocale = 'en' | 'zh';
/** What the axis measures: counts (villages), persons, yuan, a percentage, a % change, percentage points, an index. */
export type AxisUnit = 'count' | 'persons' | 'yuan' | 'percent' | 'yoy' | 'pp' | 'index';

export type LinearAxis = { domain: [number, number]; ticks: number[] };

/**
 * Round ticks covering [min, max]; the domain is widened to the outer ticks. Amounts and counts
 * start at zero (`zero`), so bar lengths and line heights compare honestly.
 */
export function niceLinearAxis(min: number, max: number, { count = 5, zero = true }: { count?: number; zero?: boolean } = {}): LinearAxis {
  let lo = zero ? Math.min(0, min) : min;
  let hi = zero ? Math.max(0, max) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { domain: [0, 1], ticks: [0, 1] };
  if (lo === hi) {
    // One value: a range around it (or 0–1 for zero) so the point sits inside the plot.
    const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
    lo -= zero && lo >= 0 ? lo : pad;
    hi += pad;
  }
  [lo, hi] = nice(lo, hi, count);
  const values = ticks(lo, hi, count);
  return { domain: [values[0] ?? lo, values.at(-1) ?? hi], ticks: values };
}

/** Ticks of a logarithmic axis: 1, 2 and 5 times the powers of ten inside the domain (fewer when the range is wide). */
export function niceLogAxis(min: number, max: number): LinearAxis {
  const lo = 10 ** Math.floor(Math.log10(min));
  const hi = 10 ** Math.ceil(Math.log10(max));
  const decades = Math.round(Math.log10(hi / lo));
  const steps = decades > 3 ? [1] : [1, 2, 5];
  const values: number[] = [];
  for (let p = lo; p <= hi * 1.0000001; p *= 10) for (const s of steps) if (p * s >= lo && p * s <= hi * 1.0000001) values.push(Number((p * s).toPrecision(12)));
  return { domain: [lo, hi], ticks: values };
}

/** The magnitude an axis is labelled in: one divisor for every tick (the largest that keeps the top tick ≥ 1). */
export type Magnitude = { divisor: number; word: string };

const MAGNITUDES: Record<AxisLocale, Magnitude[]> = {
  en: [
    { divisor: 1e12, word: 'trillion' },
    { divisor: 1e9, word: 'billion' },
    { divisor: 1e6, word: 'million' },
  ],
  zh: [
    { divisor: 1e12, word: '万亿' },
    { divisor: 1e8, word: '亿' },
    { divisor: 1e4, word: '万' },
  ],
};

/**
 * Persons and yuan are read in millions / billions (en) or 万 / 亿 (zh), as in the tables; counts,
 * percentages and indices are not scaled. The magnitude is the largest one not above the tick step,
 * so ticks stay whole numbers (0 / 200 / … / 1,200 million rather than 0 / 0.2 / … / 1.2 billion).
 */
export function magnitudeFor(step: number, unit: AxisUnit, locale: AxisLocale): Magnitude {
  if (unit !== 'persons' && unit !== 'yuan') return { divisor: 1, word: '' };
  return MAGNITUDES[locale].find((m) => Math.abs(step) >= m.divisor) ?? { divisor: 1, word: '' };
}

const intlLocale = (locale: AxisLocale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** Decimals the ticks need so that neighbours differ (0 for a step of 100, 1 for 0.5). */
export function tickDecimals(axisTicks: number[], divisor = 1): number {
  if (axisTicks.length < 2) return 0;
  const step = Math.abs(axisTicks[1] - axisTicks[0]) / divisor;
  if (step >= 1 || step === 0) return 0;
  return Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

/**
 * A tick label: the number in the magnitude, with the locale's separators, and the unit's sign
 * where it belongs on every tick (% on a percentage or % change axis; pp in English).
 */
export function formatTick(value: number, unit: AxisUnit, locale: AxisLocale, magnitude: Magnitude = { divisor: 1, word: '' }, decimals = 0): string {
  const n = numberFormat(intlLocale(locale), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: unit === 'yoy' || unit === 'pp' ? 'exceptZero' : 'auto',
  }).format(value / magnitude.divisor);
  if (unit === 'percent' || unit === 'yoy') return `${n}%`;
  if (unit === 'pp') return locale === 'en' ? `${n} pp` : n;
  return n;
}

/** The axis title: what is measured, in which magnitude and unit ("million persons", "亿元", "%"). */
export function axisTitle(unit: AxisUnit, locale: AxisLocale, magnitude: Magnitude = { divisor: 1, word: '' }, countNoun = ''): string {
  const w = magnitude.word;
  if (locale === 'zh') {
    const zh: Record<AxisUnit, string> = { count: countNoun, persons: `${w}人`, yuan: `${w}元`, percent: '%', yoy: '比上年增长（%）', pp: '比上年变化（百分点）', index: '指数（基年=100）' };
    return zh[unit];
  }
  const en: Record<AxisUnit, string> = {
    count: countNoun,
    persons: w ? `${w} persons` : 'persons',
    yuan: w ? `yuan, ${w}` : 'yuan',
    percent: '%',
    yoy: '% change on the previous year',
    pp: 'change, percentage points',
    index: 'index (base year = 100)',
  };
  return en[unit];
}

/** Everything a value axis needs, from the values it must show. */
export function valueAxis(values: number[], unit: AxisUnit, locale: AxisLocale, { log = false, count = 5, countNoun = '' }: { log?: boolean; count?: number; countNoun?: string } = {}) {
  const finite = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 1;
  // Changes can be negative and need not include zero; levels (and indices) start at zero.
  const zero = unit !== 'yoy' && unit !== 'pp' && unit !== 'index';
  const axis = log && finite.length ? niceLogAxis(min, max) : niceLinearAxis(unit === 'yoy' || unit === 'pp' ? Math.min(0, min) : min, max, { count, zero });
  // On a log axis the smallest tick decides (every tick stays ≥ 1 in the magnitude).
  const step = log ? axis.ticks[0] : axis.ticks.length > 1 ? axis.ticks[1] - axis.ticks[0] : Math.abs(axis.domain[1]);
  const magnitude = magnitudeFor(step, unit, locale);
  // On a log axis each tick gets the decimals it needs itself (0.5, 1, 2, 5, 10 …).
  const decimals = log ? null : tickDecimals(axis.ticks, magnitude.divisor);
  const label = (v: number) => formatTick(v, unit, locale, magnitude, decimals ?? tickDecimals([0, v], magnitude.divisor));
  return { ...axis, magnitude, title: axisTitle(unit, locale, magnitude, countNoun), label };
}

/** The step between year ticks so that at most `maxTicks` labels fit (1, 2, 5, 10 … years). */
export function yearStep(from: number, to: number, maxTicks: number): number {
  const span = Math.max(1, to - from);
  if (span <= maxTicks) return 1;
  const step = tickIncrement(from, to, Math.max(1, maxTicks));
  return Math.max(1, step);
}

/** Year ticks: whole years from the first to the last year, every `step` years, aligned to multiples of the step. */
export function yearTicks(from: number, to: number, maxTicks: number): number[] {
  const step = yearStep(from, to, maxTicks);
  const first = Math.ceil(from / step) * step;
  const out: number[] = [];
  for (let y = first; y <= to; y += step) out.push(y);
  return out;
}
