/** Pass a finite result through; turn NaN/±Infinity into null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** True for a real, finite number (rejects null, NaN, ±Infinity). */
function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/**
 * Share of `part` in `total`, as a fraction (0.25 = 25 %).
 *
 * Returns null when `total` is null, 0 or non-finite, or when `part` is non-finite.
 * No clamping: a part larger than the total gives a share > 1.
 */
export function shareOf(part: number, total: number | null): number | null {
  if (!isFiniteNumber(part) || !isFiniteNumber(total) || total === 0) return null;
  return finiteOrNull(part / total);
}

/**
 * Each value divided by the sum of all values (fractions that add up to 1).
 *
 * - `[]` for an empty input.
 * - null when the sum is 0 or non-finite, or when any value is non-finite —
 *   one bad value makes every share meaningless, so no partial result is given.
 */
export function sharesOf(values: readonly number[]): number[] | null {
  if (values.length === 0) return [];
  let total = 0;
  for (const v of values) {
    if (!isFiniteNumber(v)) return null;
    total += v;
  }
  if (!Number.isFinite(total) || total === 0) return null;
  const out: number[] = [];
  for (const v of values) {
    const s = v / total;
    if (!Number.isFinite(s)) return null;
    out.push(s);
  }
  return out;
}
