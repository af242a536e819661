import { describe, expect, it } from 'vitest';
import { compoundGrowth, difference, indexValue, ratio, relativeChange, resultQualifier, storedFlag, type BoundQualifier, type Reading } from '@/lib/metrics/derived.ts';

const stated = (value: number): Reading => ({ value, qualifier: 'exact', flag: 'stated' });
const lower = (value: number): Reading => ({ value, qualifier: 'lower_bound', flag: 'bound' }); // printed ">value"
const upper = (value: number): Reading => ({ value, qualifier: 'upper_bound', flag: 'bound' }); // printed "<value"
const approx = (value: number): Reading => ({ value, qualifier: 'approx', flag: 'estimate' }); // printed "~value"
const gap: Reading = { value: null, qualifier: 'exact', flag: null };

describe('storedFlag: the flag of a stored reading', () => {
  it.each([
    [{ value: null, qualifier: 'exact', sourceFlag: 'S', periodKind: 'year' }, null], // a gap carries no flag, not "stated"
    [{ value: 1e13, qualifier: 'lower_bound', sourceFlag: 'S', periodKind: 'year' }, 'bound'],
    [{ value: 9.04e8, qualifier: 'exact', sourceFlag: 'S', periodKind: 'substitute' }, 'substitute'],
    [{ value: 46.2, qualifier: 'exact', sourceFlag: 'D', periodKind: 'substitute' }, 'substitute'],
    [{ value: 1.3e13, qualifier: 'approx', sourceFlag: 'S', periodKind: 'year' }, 'estimate'],
    [{ value: 7.4e7, qualifier: 'approx', sourceFlag: 'D', periodKind: 'year' }, 'estimate'],
    [{ value: 20.2, qualifier: 'exact', sourceFlag: 'D', periodKind: 'year' }, 'computed'],
    [{ value: 8.29e8, qualifier: 'exact', sourceFlag: 'S', periodKind: 'year' }, 'stated'],
  ] as const)('%j → %s', (reading, flag) => {
    expect(storedFlag(reading as { value: number | null; qualifier: BoundQualifier; sourceFlag: string; periodKind: string })).toBe(flag);
  });
});

describe('growth from and to bounds: every combination', () => {
  // Growth g = end ÷ start − 1 rises with the end and falls with the start.
  it.each([
    // start, end, hand-computed value of 12 ÷ 10 − 1, qualifier of the true growth
    ['>10 → 12', lower(10), stated(12), 0.2, 'upper_bound'], // start above 10 → growth below +20 %
    ['10 → >12', stated(10), lower(12), 0.2, 'lower_bound'], // end above 12 → growth above +20 %
    ['<10 → 12', upper(10), stated(12), 0.2, 'lower_bound'], // start below 10 → growth above +20 %
    ['10 → <12', stated(10), upper(12), 0.2, 'upper_bound'], // end below 12 → growth below +20 %
    ['>10 → <12', lower(10), upper(12), 0.2, 'upper_bound'], // both push growth down
    ['<10 → >12', upper(10), lower(12), 0.2, 'lower_bound'], // both push growth up
  ] as const)('%s: +20 %% as a %s', (_label, start, end, value, qualifier) => {
    const g = relativeChange(start, end, false);
    expect(g.value).toBeCloseTo(value, 12);
    expect(g).toMatchObject({ qualifier, flag: 'bound', reason: null });
    // The absolute change (12 − 10 = 2) is bounded in the same direction.
    expect(difference(start, end)).toMatchObject({ value: 2, qualifier, flag: 'bound' });
  });

  it.each([
    ['>10 → >12', lower(10), lower(12)],
    ['<10 → <12', upper(10), upper(12)],
  ])('%s: the bounds pull opposite ways, so no number is given; flagged bound, reason unbounded', (_label, start, end) => {
    expect(relativeChange(start, end, false)).toEqual({ value: null, qualifier: 'exact', flag: 'bound', reason: 'unbounded' });
    expect(difference(start, end)).toEqual({ value: null, qualifier: 'exact', flag: 'bound', reason: 'unbounded' });
    expect(compoundGrowth(start, end, 2, false)).toMatchObject({ value: null, flag: 'bound', reason: 'unbounded' });
  });

  it('NBS e-commerce transactions 2013 ">¥10 trillion" → 2014 "~¥13 trillion": growth below +30 %, flagged bound', () => {
    const g = relativeChange(lower(1e13), approx(1.3e13), false);
    expect(g.value).toBeCloseTo(0.3, 12);
    expect(g).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
  });

  it('2013 ">¥10 trillion" → 2022 ¥43.83 trillion over 9 years: change < +338.3 %, CAGR < 17.844 %', () => {
    // 43.83 ÷ 10 − 1 = 3.383; (4.383)^(1/9) − 1 = 0.178441
    expect(relativeChange(lower(1e13), stated(4.383e13), false)).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
    expect(relativeChange(lower(1e13), stated(4.383e13), false).value).toBeCloseTo(3.383, 10);
    const c = compoundGrowth(lower(1e13), stated(4.383e13), 9, false);
    expect(c.value).toBeCloseTo(0.1784413, 6);
    expect(c).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
  });

  it('an approximate input makes an estimate, not a bound', () => {
    expect(relativeChange(approx(10), stated(12), false)).toMatchObject({ qualifier: 'approx', flag: 'estimate' });
    expect(difference(stated(10), approx(12))).toMatchObject({ value: 2, qualifier: 'approx', flag: 'estimate' });
  });

  it('stated inputs give a computed figure (never "stated")', () => {
    expect(relativeChange(stated(7.72), stated(8.29), false)).toMatchObject({ qualifier: 'exact', flag: 'computed', reason: null });
    expect(relativeChange(stated(7.72), stated(8.29), false).value).toBeCloseTo(0.0738342, 6); // 0.57 ÷ 7.72
  });

  it('a gap gives no figure and no flag', () => {
    expect(relativeChange(gap, stated(12), false)).toEqual({ value: null, qualifier: 'exact', flag: null, reason: 'gap' });
    expect(difference(stated(10), gap)).toEqual({ value: null, qualifier: 'exact', flag: null, reason: 'gap' });
    expect(compoundGrowth(gap, stated(12), 3, false)).toMatchObject({ value: null, flag: null, reason: 'gap' });
    expect(indexValue(gap, stated(10), false)).toMatchObject({ value: null, flag: null, reason: 'gap' });
  });

  it('growth from zero or a negative base is not computed', () => {
    expect(relativeChange(stated(0), stated(5), false)).toMatchObject({ value: null, flag: null, reason: 'not-positive' });
    expect(compoundGrowth(stated(-1), stated(5), 2, false)).toMatchObject({ value: null, reason: 'not-positive' });
    expect(compoundGrowth(stated(5), stated(-1), 2, false)).toMatchObject({ value: null, reason: 'not-positive' });
  });

  it('a bound that cannot move the result does not make it a bound: 0 ÷ ">10" = 0', () => {
    expect(ratio(stated(0), lower(10))).toEqual({ value: 0, qualifier: 'exact', flag: 'computed', reason: null });
  });

  it('resultQualifier: an input with no effect is ignored', () => {
    expect(resultQualifier([{ qualifier: 'lower_bound', effect: 0 }, { qualifier: 'exact', effect: 1 }])).toBe('exact');
    expect(resultQualifier([{ qualifier: 'approx', effect: -1 }, { qualifier: 'exact', effect: 1 }])).toBe('approx');
    expect(resultQualifier([{ qualifier: 'lower_bound', effect: 1 }, { qualifier: 'approx', effect: -1 }])).toBe('lower_bound');
  });
});

describe('percentages: changes in percentage points, no relative change, no CAGR', () => {
  it('internet penetration 2017 55.8 % → 2018 59.6 %: +3.8 pp, computed', () => {
    const pp = difference(stated(55.8), stated(59.6));
    expect(pp.value).toBeCloseTo(3.8, 10);
    expect(pp).toMatchObject({ qualifier: 'exact', flag: 'computed' });
  });

  it('relative change and CAGR of a percentage are not computed (reason share, no flag)', () => {
    expect(relativeChange(stated(22.6), stated(59.6), true)).toEqual({ value: null, qualifier: 'exact', flag: null, reason: 'share' });
    expect(compoundGrowth(stated(22.6), stated(59.6), 10, true)).toEqual({ value: null, qualifier: 'exact', flag: null, reason: 'share' });
  });

  it('a percentage-point change from a bound is a bound: ">40 %" → 45 % is "< +5 pp"', () => {
    expect(difference(lower(40), stated(45))).toMatchObject({ value: 5, qualifier: 'upper_bound', flag: 'bound' });
  });
});

describe('index values', () => {
  it('the base year is 100 by definition, even when the base is approximate', () => {
    expect(indexValue(approx(5.43e12), approx(5.43e12), true)).toEqual({ value: 100, qualifier: 'exact', flag: 'computed', reason: null });
  });

  it('online retail 2017 ¥7.18 trillion on the 2016 base "~¥5.43 trillion" ≈ 132.23, an estimate', () => {
    const i = indexValue(stated(7.18e12), approx(5.43e12), false);
    expect(i.value).toBeCloseTo(132.228361, 5); // 7.18 ÷ 5.43 × 100
    expect(i).toMatchObject({ qualifier: 'approx', flag: 'estimate' });
  });

  it('a value over a ">" base is an upper bound; a ">" value over a stated base a lower bound', () => {
    // 2014 "~13" on a 2013 base ">10": < 130
    expect(indexValue(approx(13), lower(10), false)).toMatchObject({ value: 130, qualifier: 'upper_bound', flag: 'bound' });
    // 2018 ">¥9 trillion" on the 2017 base ¥7.18 trillion: > 125.348
    const i = indexValue(lower(9e12), stated(7.18e12), false);
    expect(i.value).toBeCloseTo(125.348189, 5);
    expect(i).toMatchObject({ qualifier: 'lower_bound', flag: 'bound' });
  });
});
