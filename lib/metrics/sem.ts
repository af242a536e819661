/**
 * Small, dependency-free helpers for reading structural-equation-model (SEM) tables
 * as papers print them: √AVE, the Fornell–Larcker discriminant-validity check,
 * mediation shares, threshold checks for fit indices, and composite reliability /
 * average variance extracted recomputed from standardised loadings.
 *
 * All functions are pure. Invalid inputs give null (or `passes: null`) rather than a
 * made-up number; nothing is clamped or silently corrected.
 */

import { isFiniteNumber } from './finite';

/**
 * Square root of an average variance extracted.
 * Returns null for a non-finite AVE or one outside [0, 1] (an AVE is a mean of squared
 * standardised loadings, so it cannot be negative or exceed 1).
 */
export function sqrtAve(ave: number | null | undefined): number | null {
  if (!isFiniteNumber(ave) || ave < 0 || ave > 1) return null;
  return Math.sqrt(ave);
}

export interface FornellLarckerInput {
  /** AVE per construct. The order of the keys is the order of the result. */
  ave: Record<string, number>;
  /**
   * Correlations between constructs, as a nested map. A lower-triangular matrix
   * (each pair given once, in either direction) is enough; self-correlations are ignored.
   */
  correlations: Record<string, Record<string, number>>;
}

export interface FornellLarckerRow {
  construct: string;
  /** √AVE, or null when the AVE is invalid. */
  sqrtAve: number | null;
  /** The correlation with the largest absolute value (signed, as given), or null if none. */
  maxCorrelation: number | null;
  /** The construct that correlation is with, or null if none. */
  with: string | null;
  /** √AVE > |maxCorrelation|; null when either side is missing. */
  passes: boolean | null;
}

/**
 * Fornell–Larcker criterion: a construct has discriminant validity when the square root
 * of its AVE is greater than its correlation with every other construct.
 *
 * Throws when the same pair is given twice with different values (an inconsistent matrix
 * should be fixed or recorded by the caller, not silently resolved here).
 */
export function fornellLarcker(input: FornellLarckerInput): FornellLarckerRow[] {
  const { ave, correlations } = input;
  const constructs = Object.keys(ave);

  const lookup = (a: string, b: string): number | null => {
    const ab = correlations[a]?.[b];
    const ba = correlations[b]?.[a];
    const hasAb = isFiniteNumber(ab);
    const hasBa = isFiniteNumber(ba);
    if (hasAb && hasBa && ab !== ba) {
      throw new Error(`fornellLarcker: correlation ${a}–${b} given twice with different values (${ab} vs ${ba})`);
    }
    if (hasAb) return ab;
    if (hasBa) return ba;
    return null;
  };

  return constructs.map((construct) => {
    const root = sqrtAve(ave[construct]);
    let maxCorrelation: number | null = null;
    let withConstruct: string | null = null;
    for (const other of constructs) {
      if (other === construct) continue;
      const r = lookup(construct, other);
      if (r === null) continue;
      if (maxCorrelation === null || Math.abs(r) > Math.abs(maxCorrelation)) {
        maxCorrelation = r;
        withConstruct = other;
      }
    }
    const passes = root === null || maxCorrelation === null ? null : root > Math.abs(maxCorrelation);
    return { construct, sqrtAve: root, maxCorrelation, with: withConstruct, passes };
  });
}

export interface MediationShare {
  /** direct + indirect */
  total: number | null;
  /** indirect / total, as a fraction (0.25 = 25 %) */
  indirectShare: number | null;
  /** direct / total, as a fraction */
  directShare: number | null;
}

/**
 * Shares of the total effect carried by the indirect (mediated) and direct paths.
 * Total is direct + indirect. Shares are null when the total is 0 or an input is not finite.
 */
export function mediationShare({ direct, indirect }: { direct: number; indirect: number }): MediationShare {
  if (!isFiniteNumber(direct) || !isFiniteNumber(indirect)) {
    return { total: null, indirectShare: null, directShare: null };
  }
  const total = direct + indirect;
  if (total === 0) return { total, indirectShare: null, directShare: null };
  return { total, indirectShare: indirect / total, directShare: direct / total };
}

export type ThresholdOp = '>=' | '<=' | '>' | '<';
export interface Threshold {
  op: ThresholdOp;
  value: number;
}

/** Whether `value` meets a threshold such as `{ op: '>', value: 0.9 }`. False for a non-finite value. */
export function checkThreshold(value: number, threshold: Threshold): boolean {
  if (!isFiniteNumber(value) || !isFiniteNumber(threshold.value)) return false;
  switch (threshold.op) {
    case '>=':
      return value >= threshold.value;
    case '<=':
      return value <= threshold.value;
    case '>':
      return value > threshold.value;
    case '<':
      return value < threshold.value;
    default:
      throw new Error(`checkThreshold: unknown operator ${String((threshold as Threshold).op)}`);
  }
}

export type Loadings = ReadonlyArray<number | null> | Readonly<Record<string, number | null>>;

export interface LoadingStatistic {
  /** The statistic, or null when no usable loading remains or a loading is out of range. */
  value: number | null;
  /** Number of loadings used. */
  used: number;
  /** Keys (or array indices, as strings) of null / non-finite loadings that were skipped. */
  skipped: string[];
  /** Keys of loadings outside [-1, 1] (not valid standardised loadings); any makes value null. */
  invalid: string[];
}

function splitLoadings(loadings: Loadings): { values: number[]; skipped: string[]; invalid: string[] } {
  const entries: Array<[string, number | null]> = Array.isArray(loadings)
    ? (loadings as ReadonlyArray<number | null>).map((v, i) => [String(i), v])
    : Object.entries(loadings as Record<string, number | null>);
  const values: number[] = [];
  const skipped: string[] = [];
  const invalid: string[] = [];
  for (const [key, v] of entries) {
    if (!isFiniteNumber(v)) {
      skipped.push(key);
    } else if (v < -1 || v > 1) {
      invalid.push(key);
    } else {
      values.push(v);
    }
  }
  return { values, skipped, invalid };
}

/**
 * Composite reliability from standardised loadings λᵢ:
 * CR = (Σλ)² / ((Σλ)² + Σ(1 − λ²)).
 * Null loadings are skipped and listed in `skipped`.
 */
export function compositeReliability(loadings: Loadings): LoadingStatistic {
  const { values, skipped, invalid } = splitLoadings(loadings);
  if (invalid.length > 0 || values.length === 0) return { value: null, used: values.length, skipped, invalid };
  let sum = 0;
  let error = 0;
  for (const l of values) {
    sum += l;
    error += 1 - l * l;
  }
  const num = sum * sum;
  const den = num + error;
  return { value: den === 0 ? null : num / den, used: values.length, skipped, invalid };
}

/**
 * Average variance extracted from standardised loadings λᵢ: AVE = Σλ² / n,
 * n = number of loadings used. Null loadings are skipped and listed in `skipped`.
 */
export function averageVarianceExtracted(loadings: Loadings): LoadingStatistic {
  const { values, skipped, invalid } = splitLoadings(loadings);
  if (invalid.length > 0 || values.length === 0) return { value: null, used: values.length, skipped, invalid };
  let sq = 0;
  for (const l of values) sq += l * l;
  return { value: sq / values.length, used: values.length, skipped, invalid };
}
