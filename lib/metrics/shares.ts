import { finiteOrNull, isFiniteNumber } from './finite';

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
