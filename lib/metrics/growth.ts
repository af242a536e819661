/** Pass a finite result through; turn NaN/±Infinity into null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** True for a real, finite number (rejects null, NaN, ±Infinity). */
function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Result of {@link yoyChange}. */
export interface Change {
  /** curr − prev, or null if either side is missing/non-finite. */
  absolute: number | null;
  /** (curr − prev) / prev as a fraction (0.346 = +34.6 %), or null (see yoyChange). */
  relative: number | null;
}

/**
 * Year-on-year (or any period-on-period) change.
 *
 * `absolute` is null when either input is null or non-finite. `relative` is also
 * null when `prev` ≤ 0: a relative change from zero or from a negative base is not
 * meaningful for the counts this dashboard shows.
 */
export function yoyChange(prev: number | null, curr: number | null): Change {
  if (!isFiniteNumber(prev) || !isFiniteNumber(curr)) return { absolute: null, relative: null };
  const absolute = finiteOrNull(curr - prev);
  const relative = absolute === null || prev <= 0 ? null : finiteOrNull(absolute / prev);
  return { absolute, relative };
}

/**
 * Compound annual growth rate as a fraction: (end / start)^(1 / years) − 1.
 *
 * Null when any input is null or non-finite, `start` ≤ 0, `years` ≤ 0 or
 * `end` < 0. `end` = 0 gives −1 (everything lost). `years` may be fractional.
 */
export function cagr(start: number | null, end: number | null, years: number | null): number | null {
  if (!isFiniteNumber(start) || !isFiniteNumber(end) || !isFiniteNumber(years)) return null;
  if (start <= 0 || years <= 0 || end < 0) return null;
  return finiteOrNull(Math.pow(end / start, 1 / years) - 1);
}

/**
 * Rebase a series so that `values[baseIndex]` = 100: each value becomes
 * 100 · v / base. Gaps (null, NaN, ±Infinity) stay null.
 *
 * Every entry is null when `baseIndex` is not a valid integer index, or the base
 * value is a gap or ≤ 0.
 */
export function indexSeries(values: readonly (number | null)[], baseIndex: number): (number | null)[] {
  const base =
    Number.isInteger(baseIndex) && baseIndex >= 0 && baseIndex < values.length
      ? values[baseIndex]
      : null;
  if (!isFiniteNumber(base) || base <= 0) return values.map(() => null);
  return values.map((v) => (isFiniteNumber(v) ? finiteOrNull((100 * v) / base) : null));
}
