/** True for a real, finite number (rejects null, NaN, ±Infinity). */
function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Sort direction for ranking: 'desc' = largest value gets rank 1. */
export type RankOrder = 'desc' | 'asc';

type Accessor<T> = (t: T) => number | null;

/** Values read through the accessor; NaN/±Infinity are treated like null (unrankable). */
function readValues<T>(items: readonly T[], value: Accessor<T>): (number | null)[] {
  return items.map((t) => {
    const v = value(t);
    return isFiniteNumber(v) ? v : null;
  });
}

function better(order: RankOrder): (a: number, b: number) => number {
  return order === 'desc' ? (a, b) => b - a : (a, b) => a - b;
}

/**
 * Dense rank ("1, 2, 2, 3"): ties share a rank and the next distinct value takes
 * the next integer. The result is aligned with `items` (result[i] is the rank of
 * items[i]).
 *
 * Null, NaN and ±Infinity values get rank null; they sort after every ranked item
 * and do not use up rank numbers.
 */
export function denseRank<T>(
  items: readonly T[],
  value: Accessor<T>,
  order: RankOrder = 'desc',
): (number | null)[] {
  const vals = readValues(items, value);
  const distinct = [...new Set(vals.filter(isFiniteNumber))].sort(better(order));
  const rankOf = new Map<number, number>();
  distinct.forEach((v, i) => rankOf.set(v, i + 1));
  return vals.map((v) => (v === null ? null : (rankOf.get(v) ?? null)));
}

/**
 * Standard competition rank ("1, 2, 2, 4"): an item's rank is 1 + the number of
 * items with a strictly better value. Aligned with `items`.
 *
 * Null, NaN and ±Infinity values get rank null and sort after every ranked item.
 */
export function competitionRank<T>(
  items: readonly T[],
  value: Accessor<T>,
  order: RankOrder = 'desc',
): (number | null)[] {
  const vals = readValues(items, value);
  const ranked = vals.filter(isFiniteNumber).sort(better(order));
  const firstPosition = new Map<number, number>();
  ranked.forEach((v, i) => {
    if (!firstPosition.has(v)) firstPosition.set(v, i + 1);
  });
  return vals.map((v) => (v === null ? null : (firstPosition.get(v) ?? null)));
}

/**
 * Indices of `items` in ranking order: best value first, ties kept in input
 * order (stable), and null / NaN / ±Infinity values last (in input order).
 */
export function rankOrder<T>(
  items: readonly T[],
  value: Accessor<T>,
  order: RankOrder = 'desc',
): number[] {
  const vals = readValues(items, value);
  const cmp = better(order);
  return vals
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.i - b.i;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      return cmp(a.v, b.v) || a.i - b.i;
    })
    .map(({ i }) => i);
}
