import { isFiniteNumber } from './finite';

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
