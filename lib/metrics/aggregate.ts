/** True for a real, finite number (rejects null, NaN, ±Infinity). */
function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Per-group result of {@link groupSum}. */
export interface GroupTotal {
  /**
   * Sum of the values that are present. 0 when `count` is 0 — check `count` before
   * showing it. Never NaN (only finite values are added); only an absurd total beyond
   * Number.MAX_VALUE (~1.8e308) could overflow to ±Infinity.
   */
  sum: number;
  /** How many values contributed to `sum`. */
  count: number;
  /** How many items had no usable value (null, NaN, ±Infinity): gaps, never counted as 0. */
  gaps: number;
}

/**
 * Sum `value` by `key`. Gaps (null / non-finite values) are counted in `gaps`
 * and left out of `sum` and `count`, so `count + gaps` is the group's item count
 * and `gaps > 0` means the sum is a partial (lower-bound) total.
 *
 * The map's keys keep the order in which each group first appears in `items`.
 */
export function groupSum<T, K extends string | number>(
  items: readonly T[],
  key: (t: T) => K,
  value: (t: T) => number | null,
): Map<K, GroupTotal> {
  const out = new Map<K, GroupTotal>();
  for (const item of items) {
    const k = key(item);
    let g = out.get(k);
    if (g === undefined) {
      g = { sum: 0, count: 0, gaps: 0 };
      out.set(k, g);
    }
    const v = value(item);
    if (isFiniteNumber(v)) {
      g.sum += v;
      g.count += 1;
    } else {
      g.gaps += 1;
    }
  }
  return out;
}
