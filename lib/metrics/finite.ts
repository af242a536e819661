// The two guards every metric shares: no metric returns NaN or ±Infinity.

/** True for a real, finite number (rejects null, undefined, NaN, ±Infinity and non-numbers). */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Pass a finite result through; turn NaN/±Infinity into null. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
