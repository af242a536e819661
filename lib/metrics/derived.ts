/**
 * Figures derived from printed readings (changes, growth, indexes, ratios) that keep what the
 * readings were: a value printed as ">10" or "~13" makes every figure computed from it a bound
 * or an estimate, and says so. Pure functions; no I/O.
 *
 * Vocabulary (also the API's and the CSV's):
 * - qualifier: `exact`; `approx` ("~N"); `lower_bound` (">N": the true value is above N);
 *   `upper_bound` ("<N": the true value is below N).
 * - flag: `stated` (printed by the source), `computed` (by us, or by the transcriber, from stated
 *   values), `bound` (involves a ">"/"<" value), `estimate` (involves an approximate "~" value),
 *   `substitute` (a reading that stands in for a missing one); null for a gap. Where several apply,
 *   the one that limits the figure most wins: bound > substitute > estimate > computed > stated.
 * - reason (why a figure was not computed): `gap` (an input is missing), `share` (no relative
 *   change, CAGR or index of a percentage: its change is in percentage points), `unbounded` (the
 *   inputs' bounds do not bound the result), `not-positive` (a ratio or growth rate from a base
 *   ≤ 0, or a CAGR to a negative end), `no-base-value` (index mode: the series has no value in the
 *   base year).
 */

export type BoundQualifier = 'exact' | 'approx' | 'lower_bound' | 'upper_bound';
export const POINT_FLAGS = ['stated', 'computed', 'bound', 'estimate', 'substitute'] as const;
export type PointFlag = (typeof POINT_FLAGS)[number];
export const NOT_COMPUTED_REASONS = ['gap', 'share', 'unbounded', 'not-positive', 'no-base-value'] as const;
export type NotComputed = (typeof NOT_COMPUTED_REASONS)[number];

/** A value as read or derived, with how sure it is. */
export type Reading = { value: number | null; qualifier: BoundQualifier; flag: PointFlag | null };
/** A derived figure; `reason` says why `value` is null when it is. */
export type Derived = Reading & { reason: NotComputed | null };

const isNumber = (x: number | null): x is number => x !== null && Number.isFinite(x);

/** A figure that could not be computed: a gap carries no flag; an unbounded figure is flagged bound. */
export function notComputed(reason: NotComputed): Derived {
  return { value: null, qualifier: 'exact', flag: reason === 'unbounded' ? 'bound' : null, reason };
}

/**
 * The flag of a stored reading. `sourceFlag` is the data files' S (stated by the source) or D
 * (derived by simple arithmetic from stated figures when the data were transcribed).
 */
export function storedFlag(r: { value: number | null; qualifier: BoundQualifier; sourceFlag: string; periodKind: string }): PointFlag | null {
  if (r.value === null) return null;
  if (r.qualifier === 'lower_bound' || r.qualifier === 'upper_bound') return 'bound';
  if (r.periodKind === 'substitute') return 'substitute';
  if (r.qualifier === 'approx') return 'estimate';
  return r.sourceFlag === 'D' ? 'computed' : 'stated';
}

const PRECEDENCE: PointFlag[] = ['bound', 'substitute', 'estimate', 'computed', 'stated'];
const isBound = (q: BoundQualifier) => q === 'lower_bound' || q === 'upper_bound';

/**
 * The qualifier of a result that is monotonic in each input. `effect` is +1 where the result rises
 * with the input, −1 where it falls, 0 where it does not depend on it. A lower bound on an input
 * that raises the result is a lower bound on the result; on an input that lowers it, an upper
 * bound (and the reverse for an upper bound). When two inputs bound the result in opposite
 * directions — e.g. growth from ">10" to ">12": a larger start lowers it, a larger end raises it —
 * nothing can be said of the result, and no number is given: a careful statistician would not
 * print "≈ +20 %" for a figure that could be anything from −100 % upwards.
 */
export function resultQualifier(inputs: readonly { qualifier: BoundQualifier; effect: -1 | 0 | 1 }[]): BoundQualifier | 'unbounded' {
  const directions = new Set<BoundQualifier>();
  for (const { qualifier, effect } of inputs) {
    if (!isBound(qualifier) || effect === 0) continue;
    const raises = (qualifier === 'lower_bound') === (effect > 0);
    directions.add(raises ? 'lower_bound' : 'upper_bound');
  }
  if (directions.size > 1) return 'unbounded';
  if (directions.size === 1) return [...directions][0];
  return inputs.some((i) => i.effect !== 0 && i.qualifier === 'approx') ? 'approx' : 'exact';
}

/** The flag of a figure computed from `inputs` that came out with qualifier `q`. */
function derivedFlag(q: BoundQualifier, inputs: readonly Reading[]): PointFlag {
  if (isBound(q)) return 'bound';
  // An input bound that had no effect on the result (e.g. 0 ÷ ">10") does not make it a bound.
  const flags: PointFlag[] = inputs.map((i) => (i.flag === 'bound' || i.flag === null ? 'computed' : i.flag));
  const worst = PRECEDENCE.find((f) => flags.includes(f)) ?? 'computed';
  return worst === 'stated' ? 'computed' : worst;
}

function finish(value: number, inputs: readonly { reading: Reading; effect: -1 | 0 | 1 }[]): Derived {
  if (!Number.isFinite(value)) return notComputed('gap');
  const q = resultQualifier(inputs.map((i) => ({ qualifier: i.reading.qualifier, effect: i.effect })));
  if (q === 'unbounded') return notComputed('unbounded');
  return { value, qualifier: q, flag: derivedFlag(q, inputs.map((i) => i.reading)), reason: null };
}

/** end − start (for a percentage series: the change in percentage points). */
export function difference(start: Reading, end: Reading): Derived {
  if (!isNumber(start.value) || !isNumber(end.value)) return notComputed('gap');
  return finish(end.value - start.value, [
    { reading: end, effect: 1 },
    { reading: start, effect: -1 },
  ]);
}

/** numerator ÷ denominator (denominator > 0). */
export function ratio(numerator: Reading, denominator: Reading): Derived {
  if (!isNumber(numerator.value) || !isNumber(denominator.value)) return notComputed('gap');
  if (denominator.value <= 0) return notComputed('not-positive');
  return finish(numerator.value / denominator.value, [
    { reading: numerator, effect: 1 },
    // n ÷ d falls as d grows when n > 0, rises when n < 0, and does not move when n = 0.
    { reading: denominator, effect: numerator.value > 0 ? -1 : numerator.value < 0 ? 1 : 0 },
  ]);
}

/** (end − start) ÷ start as a fraction (0.2 = +20 %); never for percentages (`share`). */
export function relativeChange(start: Reading, end: Reading, isShare: boolean): Derived {
  if (isShare) return notComputed('share');
  const r = ratio(end, start);
  return r.value === null ? r : { ...r, value: r.value - 1 };
}

/**
 * Compound annual growth rate (end ÷ start)^(1/years) − 1 as a fraction; rises with end ÷ start,
 * so it carries that ratio's bound. Never for percentages (`share`).
 */
export function compoundGrowth(start: Reading, end: Reading, years: number, isShare: boolean): Derived {
  if (isShare) return notComputed('share');
  if (!isNumber(start.value) || !isNumber(end.value) || !(years > 0)) return notComputed('gap');
  if (end.value < 0) return notComputed('not-positive');
  const r = ratio(end, start);
  if (r.value === null) return r;
  const value = Math.pow(r.value, 1 / years) - 1;
  return Number.isFinite(value) ? { ...r, value } : notComputed('gap');
}

/** value ÷ base × 100. The base itself is 100 by definition, whatever its qualifier. */
export function indexValue(value: Reading, base: Reading, isBase: boolean): Derived {
  if (isBase && isNumber(base.value) && base.value > 0) return { value: 100, qualifier: 'exact', flag: 'computed', reason: null };
  const r = ratio(value, base);
  return r.value === null ? r : { ...r, value: r.value * 100 };
}

/** Multiplies a derived figure by a positive constant (fraction → percent); keeps its qualifier. */
export function scaled(d: Derived, factor: number): Derived {
  return d.value === null ? d : { ...d, value: d.value * factor };
}
