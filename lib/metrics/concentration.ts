import { finiteOrNull, isFiniteNumber } from './finite';

/** Sum of non-negative finite numbers; null if any value is negative, NaN or ±Infinity. */
function sumNonNegative(values: readonly number[]): number | null {
  let total = 0;
  for (const v of values) {
    if (!isFiniteNumber(v) || v < 0) return null;
    total += v;
  }
  return Number.isFinite(total) ? total : null;
}

/** Result of {@link crN}. */
export interface ConcentrationResult {
  /** CRn as a fraction of the total (0–1), or null when undefined. */
  value: number | null;
  /**
   * How many values actually went into the numerator: min(n, values.length).
   * `coveredN < n` means there were fewer than n values, so `value` is 1
   * by construction and should not be read as "the top n hold everything".
   */
  coveredN: number;
}

/**
 * Concentration ratio CRn: sum of the n largest values / sum of all values, as a
 * fraction (0–1).
 *
 * `value` is null when the input is empty, the total is 0, any value is negative
 * or non-finite, or `n` is not a positive integer. When there are fewer than n
 * values `value` is 1 and `coveredN` reports how many there were.
 */
export function crN(values: readonly number[], n: number): ConcentrationResult {
  if (!Number.isInteger(n) || n < 1) return { value: null, coveredN: 0 };
  const total = sumNonNegative(values);
  const coveredN = Math.min(n, values.length);
  if (total === null || total === 0) return { value: null, coveredN };
  const top = [...values].sort((a, b) => b - a).slice(0, n);
  let topSum = 0;
  for (const v of top) topSum += v;
  return { value: finiteOrNull(topSum / total), coveredN };
}

/**
 * Herfindahl–Hirschman index. Convention: shares in percentage points, squared
 * and summed — HHI = Σ (100·vᵢ/Σv)², on a 0–10,000 scale (10,000 = one unit holds
 * everything).
 *
 * Null for an empty input, a zero total, or any negative or non-finite value.
 */
export function herfindahl(values: readonly number[]): number | null {
  const total = sumNonNegative(values);
  if (total === null || total === 0) return null;
  let hhi = 0;
  for (const v of values) {
    const pct = (100 * v) / total;
    hhi += pct * pct;
  }
  return finiteOrNull(hhi);
}

/**
 * Fewest units (cities, provinces) with a count for which a concentration figure is shown: with
 * one city CR4 is 100 % and HHI 10,000 by construction, which says nothing about concentration.
 */
export const MIN_UNITS_FOR_CONCENTRATION = 5;
