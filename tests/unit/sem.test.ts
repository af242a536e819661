import { describe, it, expect } from 'vitest';
import {
  sqrtAve,
  fornellLarcker,
  mediationShare,
  checkThreshold,
  compositeReliability,
  averageVarianceExtracted,
  type Threshold,
} from '../../lib/metrics/sem';

/*
 * Fixtures: seed 003_be2a22baed7387ac.txt (Yongkang hardware cluster, SEM), Tables 1–5,
 * transcribed exactly as printed. Every expected number below was worked out by hand /
 * in a separate scratch script outside the repo, and is hard-coded with its arithmetic
 * in a comment. None is recomputed with the code under test.
 */

// Table 1 — standardised factor loadings as printed. T14 is printed with no loading → null.
const LOADINGS: Record<string, Record<string, number | null>> = {
  F1: { T11: 0.625, T12: 0.743, T13: 0.773, T14: null, T15: 0.807 },
  F2: { T21: 0.795, T22: 0.761, T23: 0.812, T24: 0.779, T25: 0.78, T26: 0.8 },
  F3: { T31: 0.77, T32: 0.782, T33: 0.79, T34: 0.794 },
  M: { M1: 0.798, M2: 0.739, M3: 0.813, M4: 0.834, M5: 0.837 },
  Y: { Y1: 0.771, Y2: 0.762, Y3: 0.75, Y4: 0.743 },
};

// Table 2 — AVE column and diagonal (√AVE per the prose), as printed.
const AVE_PRINTED = { F1: 0.558, F2: 0.622, F3: 0.618, M: 0.648, Y: 0.572 };
const DIAGONAL_PRINTED = { F1: 0.747, F2: 0.789, F3: 0.786, M: 0.805, Y: 0.757 };

// Table 2 — lower triangle as printed (row construct → column construct).
const CORRELATIONS: Record<string, Record<string, number>> = {
  F2: { F1: 0.433 },
  F3: { F1: 0.491, F2: 0.737 },
  M: { F1: 0.157, F2: 0.372, F3: 0.343 },
  Y: { F1: 0.094, F2: 0.392, F3: 0.303, M: 0.318 },
};

describe('sqrtAve', () => {
  it('gives √AVE for each printed AVE of Table 2', () => {
    // √0.558 = 0.7469940 ; √0.622 = 0.7886698 ; √0.618 = 0.7861298 ; √0.648 = 0.8049845 ; √0.572 = 0.7563068
    expect(sqrtAve(0.558)).toBeCloseTo(0.746994, 6);
    expect(sqrtAve(0.622)).toBeCloseTo(0.78867, 5);
    expect(sqrtAve(0.618)).toBeCloseTo(0.78613, 5);
    expect(sqrtAve(0.648)).toBeCloseTo(0.8049845, 6);
    expect(sqrtAve(0.572)).toBeCloseTo(0.756307, 6);
  });

  it('reproduces four of the five printed diagonal cells to 3 decimals, not Y', () => {
    // F1 0.74699→0.747 ✓ ; F2 0.78867→0.789 ✓ ; F3 0.78613→0.786 ✓ ; M 0.80498→0.805 ✓
    // Y  0.75631→0.756, but Table 2 prints 0.757 (note yk-table2-ocr-diagonal).
    const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
    expect(round3(sqrtAve(AVE_PRINTED.F1))).toBe(DIAGONAL_PRINTED.F1);
    expect(round3(sqrtAve(AVE_PRINTED.F2))).toBe(DIAGONAL_PRINTED.F2);
    expect(round3(sqrtAve(AVE_PRINTED.F3))).toBe(DIAGONAL_PRINTED.F3);
    expect(round3(sqrtAve(AVE_PRINTED.M))).toBe(DIAGONAL_PRINTED.M);
    expect(round3(sqrtAve(AVE_PRINTED.Y))).toBe(0.756);
    expect(round3(sqrtAve(AVE_PRINTED.Y))).not.toBe(DIAGONAL_PRINTED.Y);
    // With the unrounded AVE recomputed from the Y loadings (0.5724085), √ = 0.756577 → 0.757.
    expect(round3(sqrtAve(0.5724085))).toBe(0.757);
  });

  it('returns null for impossible AVEs', () => {
    expect(sqrtAve(-0.1)).toBeNull();
    expect(sqrtAve(1.2)).toBeNull();
    expect(sqrtAve(Number.NaN)).toBeNull();
    expect(sqrtAve(null)).toBeNull();
    expect(sqrtAve(0)).toBe(0);
    expect(sqrtAve(1)).toBe(1);
  });
});

describe('fornellLarcker — Table 2 as printed', () => {
  const rows = fornellLarcker({ ave: AVE_PRINTED, correlations: CORRELATIONS });
  const byConstruct = Object.fromEntries(rows.map((r) => [r.construct, r]));

  it('returns one row per construct, in AVE key order', () => {
    expect(rows.map((r) => r.construct)).toEqual(['F1', 'F2', 'F3', 'M', 'Y']);
  });

  it('finds the largest correlation of each construct (both row and column of the triangle)', () => {
    // F1: |0.433 (F2)|, |0.491 (F3)|, |0.157 (M)|, |0.094 (Y)|  → 0.491 with F3
    // F2: 0.433 (F1), 0.737 (F3), 0.372 (M), 0.392 (Y)          → 0.737 with F3
    // F3: 0.491 (F1), 0.737 (F2), 0.343 (M), 0.303 (Y)          → 0.737 with F2
    // M : 0.157 (F1), 0.372 (F2), 0.343 (F3), 0.318 (Y)         → 0.372 with F2
    // Y : 0.094 (F1), 0.392 (F2), 0.303 (F3), 0.318 (M)         → 0.392 with F2
    expect(byConstruct.F1).toMatchObject({ maxCorrelation: 0.491, with: 'F3' });
    expect(byConstruct.F2).toMatchObject({ maxCorrelation: 0.737, with: 'F3' });
    expect(byConstruct.F3).toMatchObject({ maxCorrelation: 0.737, with: 'F2' });
    expect(byConstruct.M).toMatchObject({ maxCorrelation: 0.372, with: 'F2' });
    expect(byConstruct.Y).toMatchObject({ maxCorrelation: 0.392, with: 'F2' });
  });

  it('passes for every construct, as the paper claims', () => {
    // F1 0.7470 > 0.491 ; F2 0.7887 > 0.737 ; F3 0.7861 > 0.737 ; M 0.8050 > 0.372 ; Y 0.7563 > 0.392
    for (const c of ['F1', 'F2', 'F3', 'M', 'Y']) expect(byConstruct[c].passes).toBe(true);
    expect(byConstruct.F1.sqrtAve).toBeCloseTo(0.746994, 6);
    expect(byConstruct.F3.sqrtAve).toBeCloseTo(0.78613, 5);
    // Tightest margin: F3 vs F2, 0.78613 − 0.737 = 0.04913
    expect((byConstruct.F3.sqrtAve as number) - 0.737).toBeCloseTo(0.04913, 5);
  });

  it('fails a construct whose √AVE does not exceed a correlation, and uses |r|', () => {
    // √0.25 = 0.5 ; |−0.6| = 0.6 > 0.5 → fails ; B: √0.81 = 0.9 > 0.6 → passes
    const r = fornellLarcker({ ave: { A: 0.25, B: 0.81 }, correlations: { B: { A: -0.6 } } });
    expect(r[0]).toMatchObject({ construct: 'A', sqrtAve: 0.5, maxCorrelation: -0.6, with: 'B', passes: false });
    expect(r[1]).toMatchObject({ construct: 'B', passes: true });
  });

  it('gives passes = null when a construct has no correlation or an invalid AVE', () => {
    const r = fornellLarcker({ ave: { A: 0.5, B: 2 }, correlations: {} });
    expect(r[0]).toMatchObject({ maxCorrelation: null, with: null, passes: null });
    expect(r[1].sqrtAve).toBeNull();
  });

  it('throws when a pair is given twice with different values', () => {
    expect(() => fornellLarcker({ ave: { A: 0.5, B: 0.5 }, correlations: { A: { B: 0.3 }, B: { A: 0.4 } } })).toThrow();
  });
});

describe('mediationShare — Table 5', () => {
  it('F2→M→Y: indirect 0.109, direct 0.360', () => {
    // total = 0.109 + 0.360 = 0.469 (Table 5 prints 0.469)
    // indirect 0.109 / 0.469 = 0.232409 → 23 % (printed 23) ; direct 0.360 / 0.469 = 0.767591 → 77 % (printed 77)
    const s = mediationShare({ direct: 0.36, indirect: 0.109 });
    expect(s.total).toBeCloseTo(0.469, 10);
    expect(s.indirectShare).toBeCloseTo(0.232409, 6);
    expect(s.directShare).toBeCloseTo(0.767591, 6);
    expect(Math.round((s.indirectShare as number) * 100)).toBe(23);
    expect(Math.round((s.directShare as number) * 100)).toBe(77);
  });

  it('F3→M→Y: indirect 0.101, direct 0.280 — matches Table 5, not the prose', () => {
    // total = 0.101 + 0.280 = 0.381 (Table 5 prints 0.381)
    // indirect 0.101 / 0.381 = 0.265092 → 26.51 % (Table 5: indirect 26.51)
    // direct   0.280 / 0.381 = 0.734908 → 73.49 % (Table 5: direct 73.49)
    const s = mediationShare({ direct: 0.28, indirect: 0.101 });
    expect(s.total).toBeCloseTo(0.381, 10);
    const ind = Math.round((s.indirectShare as number) * 10000) / 100;
    const dir = Math.round((s.directShare as number) * 10000) / 100;
    expect(ind).toBe(26.51);
    expect(dir).toBe(73.49);
    // The prose says direct 26.52 % and indirect 73.49 % — swapped (note yk-f3-shares-swapped).
    const PROSE = { directPct: 26.52, indirectPct: 73.49 };
    expect(dir).not.toBeCloseTo(PROSE.directPct, 0);
    expect(ind).not.toBeCloseTo(PROSE.indirectPct, 0);
    // Swapping the prose's labels brings it back to within 0.01 of the arithmetic.
    expect(Math.abs(ind - PROSE.directPct)).toBeLessThanOrEqual(0.0100001);
    expect(dir).toBe(PROSE.indirectPct);
  });

  it('returns null shares for a zero total and nulls for non-finite input', () => {
    expect(mediationShare({ direct: 0.2, indirect: -0.2 })).toEqual({ total: 0, indirectShare: null, directShare: null });
    expect(mediationShare({ direct: Number.NaN, indirect: 0.1 })).toEqual({ total: null, indirectShare: null, directShare: null });
  });
});

describe('checkThreshold — Table 3 fit indices against the printed "Ideal standard"', () => {
  // Table 3 as printed: χ²/df 1.65 (0<x<3), RMSEA 0.062 (<0.08), GFI 0.884 (>0.9, judged "Acceptable"),
  // NFI 0.901 (>0.9), CFI 0.954 (>0.9), IFI 0.954 (>0.9).
  const FIT: Array<{ name: string; value: number; thresholds: Threshold[]; expected: boolean }> = [
    { name: 'χ²/df', value: 1.65, thresholds: [{ op: '>', value: 0 }, { op: '<', value: 3 }], expected: true }, // 0 < 1.65 < 3
    { name: 'RMSEA', value: 0.062, thresholds: [{ op: '<', value: 0.08 }], expected: true }, // 0.062 < 0.08
    { name: 'GFI', value: 0.884, thresholds: [{ op: '>', value: 0.9 }], expected: false }, // 0.884 < 0.9
    { name: 'NFI', value: 0.901, thresholds: [{ op: '>', value: 0.9 }], expected: true }, // 0.901 > 0.9
    { name: 'CFI', value: 0.954, thresholds: [{ op: '>', value: 0.9 }], expected: true }, // 0.954 > 0.9
    { name: 'IFI', value: 0.954, thresholds: [{ op: '>', value: 0.9 }], expected: true }, // 0.954 > 0.9
  ];
  for (const f of FIT) {
    it(`${f.name} = ${f.value} → ${f.expected ? 'meets' : 'misses'} the ideal standard`, () => {
      expect(f.thresholds.every((t) => checkThreshold(f.value, t))).toBe(f.expected);
    });
  }

  it('GFI 0.884 meets only the prose\'s "acceptable" >0.85 (which the prose attributes to "CFI")', () => {
    expect(checkThreshold(0.884, { op: '>', value: 0.85 })).toBe(true);
    // CFI as printed in the table (0.954) already meets >0.9, so the prose's "CFI=0.884" cannot be the table's CFI.
    expect(checkThreshold(0.954, { op: '>', value: 0.9 })).toBe(true);
  });

  it('KMO 0.946 meets the stated "greater than 0.7"', () => {
    expect(checkThreshold(0.946, { op: '>', value: 0.7 })).toBe(true);
  });

  it('handles every operator and the boundaries', () => {
    expect(checkThreshold(0.9, { op: '>', value: 0.9 })).toBe(false);
    expect(checkThreshold(0.9, { op: '>=', value: 0.9 })).toBe(true);
    expect(checkThreshold(0.08, { op: '<', value: 0.08 })).toBe(false);
    expect(checkThreshold(0.08, { op: '<=', value: 0.08 })).toBe(true);
    expect(checkThreshold(Number.NaN, { op: '<', value: 1 })).toBe(false);
  });
});

describe('averageVarianceExtracted — recomputed from Table 1 vs the AVE printed in Table 2', () => {
  // AVE = Σλ² / n
  // F1: 0.625² + 0.743² + 0.773² + 0.807² = 0.390625 + 0.552049 + 0.597529 + 0.651249 = 2.191452 ; /4 = 0.547863
  // F2: 0.632025 + 0.579121 + 0.659344 + 0.606841 + 0.6084 + 0.64 = 3.725731 ; /6 = 0.620955
  // F3: 0.5929 + 0.611524 + 0.6241 + 0.630436 = 2.45896 ; /4 = 0.61474
  // M : 0.636804 + 0.546121 + 0.660969 + 0.695556 + 0.700569 = 3.240019 ; /5 = 0.648004
  // Y : 0.594441 + 0.580644 + 0.5625 + 0.552049 = 2.289634 ; /4 = 0.572409
  const EXPECTED = { F1: 0.547863, F2: 0.620955, F3: 0.61474, M: 0.648004, Y: 0.572409 };
  // Recomputed − printed: F1 −0.010137 ; F2 −0.001045 ; F3 −0.00326 ; M +0.000004 ; Y +0.000409
  const DIFF = { F1: -0.010137, F2: -0.001045, F3: -0.00326, M: 0.000004, Y: 0.000409 };

  for (const c of ['F1', 'F2', 'F3', 'M', 'Y'] as const) {
    it(`${c}: ${EXPECTED[c]} recomputed vs ${AVE_PRINTED[c]} printed`, () => {
      const r = averageVarianceExtracted(LOADINGS[c]);
      expect(r.value).toBeCloseTo(EXPECTED[c], 6);
      expect((r.value as number) - AVE_PRINTED[c]).toBeCloseTo(DIFF[c], 6);
    });
  }

  it('skips and reports T14 (no loading printed), using 4 of F1\'s 5 items', () => {
    const r = averageVarianceExtracted(LOADINGS.F1);
    expect(r.used).toBe(4);
    expect(r.skipped).toEqual(['T14']);
    expect(r.invalid).toEqual([]);
  });

  it('F1 is the only construct off by more than 0.005 — the T14 gap', () => {
    const off = (['F1', 'F2', 'F3', 'M', 'Y'] as const).filter(
      (c) => Math.abs((averageVarianceExtracted(LOADINGS[c]).value as number) - AVE_PRINTED[c]) > 0.005,
    );
    expect(off).toEqual(['F1']);
  });

  it('accepts arrays and reports skipped indices; rejects out-of-range loadings', () => {
    // [0.6, null, 0.8] → (0.36 + 0.64) / 2 = 0.5
    expect(averageVarianceExtracted([0.6, null, 0.8])).toEqual({ value: 0.5, used: 2, skipped: ['1'], invalid: [] });
    expect(averageVarianceExtracted([0.6, 1.2]).value).toBeNull();
    expect(averageVarianceExtracted([0.6, 1.2]).invalid).toEqual(['1']);
    expect(averageVarianceExtracted([null]).value).toBeNull();
  });
});

describe('compositeReliability — recomputed from Table 1 (the paper prints no CR)', () => {
  // CR = (Σλ)² / ((Σλ)² + Σ(1 − λ²))
  // F1: Σλ = 2.948, (Σλ)² = 8.690704, Σ(1−λ²) = 4 − 2.191452 = 1.808548 → 8.690704 / 10.499252 = 0.827745
  // F2: Σλ = 4.727, (Σλ)² = 22.344529, Σ(1−λ²) = 6 − 3.725731 = 2.274269 → 22.344529 / 24.618798 = 0.907621
  // F3: Σλ = 3.136, (Σλ)² = 9.834496, Σ(1−λ²) = 4 − 2.45896 = 1.54104 → 9.834496 / 11.375536 = 0.86453
  // M : Σλ = 4.021, (Σλ)² = 16.168441, Σ(1−λ²) = 5 − 3.240019 = 1.759981 → 16.168441 / 17.928422 = 0.901833
  // Y : Σλ = 3.026, (Σλ)² = 9.156676, Σ(1−λ²) = 4 − 2.289634 = 1.710366 → 9.156676 / 10.867042 = 0.84261
  const EXPECTED = { F1: 0.827745, F2: 0.907621, F3: 0.86453, M: 0.901833, Y: 0.84261 };
  for (const c of ['F1', 'F2', 'F3', 'M', 'Y'] as const) {
    it(`${c}: CR ≈ ${EXPECTED[c]}`, () => {
      expect(compositeReliability(LOADINGS[c]).value).toBeCloseTo(EXPECTED[c], 5);
    });
  }

  it('reports the skipped T14 for F1', () => {
    const r = compositeReliability(LOADINGS.F1);
    expect(r.used).toBe(4);
    expect(r.skipped).toEqual(['T14']);
  });

  it('returns null for no usable loadings', () => {
    expect(compositeReliability([]).value).toBeNull();
    expect(compositeReliability({ a: null }).skipped).toEqual(['a']);
  });
});
