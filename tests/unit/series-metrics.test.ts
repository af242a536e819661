import { describe, expect, it } from 'vitest';
import type { BoundQualifier } from '@/lib/metrics/derived.ts';
import { chooseBaseYear, crossesBreak, indexTo, ratioByYear, summariseRange, yearOnYear, type SeriesPoint } from '@/lib/metrics/series.ts';

function point(year: number, value: number | null, qualifier: BoundQualifier = 'exact', breakBefore = false): SeriesPoint {
  const flag = value === null ? null : qualifier === 'exact' ? 'stated' : qualifier === 'approx' ? 'estimate' : 'bound';
  return { year, value, qualifier, flag, breakBefore };
}

// CNNIC year-end internet users, 亿 (public-series.md §1a); 2019 has no December survey.
const users: SeriesPoint[] = [
  point(2006, 1.37),
  point(2007, 2.1, 'exact', true), // definition changed around 2007
  point(2008, 2.98),
  point(2011, 5.13),
  point(2017, 7.72),
  point(2018, 8.29),
  point(2019, null),
  point(2020, 9.89),
];
// Mobile internet users, 亿
const mobile: SeriesPoint[] = [point(2007, 0.504), point(2008, 1.176), point(2011, 3.56), point(2017, 7.53), point(2018, 8.17), point(2020, 9.86)];
// Online shoppers, 亿; 2008 "~0.74" (derived when transcribed)
const shoppers: SeriesPoint[] = [point(2008, 0.74, 'approx'), point(2011, 1.94), point(2018, 6.1)];
// Internet penetration, % (a percentage series)
const penetration: SeriesPoint[] = [point(2007, 16.0, 'exact', true), point(2008, 22.6), point(2017, 55.8), point(2018, 59.6), point(2019, null), point(2020, 70.4)];
// NBS e-commerce transactions, ¥ trillion: 2013 ">10", 2014 "~13", 2015 not published
const transactions: SeriesPoint[] = [point(2013, 10, 'lower_bound'), point(2014, 13, 'approx'), point(2016, 26.1), point(2017, 29.16), point(2018, 31.63)];
// NBS online retail sales, ¥ trillion: 2016 "~5.43", 2018 ">9"
const retail: SeriesPoint[] = [point(2014, 2.7898), point(2015, 3.8773), point(2016, 5.43, 'approx'), point(2017, 7.18), point(2018, 9, 'lower_bound'), point(2019, 10.63)];
const physical: SeriesPoint[] = [point(2017, 5.48), point(2018, 7, 'approx'), point(2019, 8.52)];

describe('year on year', () => {
  it('2017 → 2018 is +0.57 亿, +7.3834 % (0.57 / 7.72), flagged computed', () => {
    const g = yearOnYear(users, false).find((x) => x.year === 2018)!;
    expect(g.absolute.value).toBeCloseTo(0.57, 10);
    expect(g.relative.value).toBeCloseTo(0.0738342, 6);
    expect(g.relative.flag).toBe('computed');
    expect(g.acrossBreak).toBe(false);
  });

  it('does not bridge a gap: 2019 is a gap, so 2019 and 2020 have no change and no flag', () => {
    const g = yearOnYear(users, false);
    for (const year of [2019, 2020]) {
      expect(g.find((x) => x.year === year)!.relative).toEqual({ value: null, qualifier: 'exact', flag: null, reason: 'gap' });
    }
  });

  it('flags growth computed across a definition break', () => {
    const g = yearOnYear(users, false).find((x) => x.year === 2007)!;
    expect(g.relative.value).toBeCloseTo(0.532847, 6); // 2.10 / 1.37 − 1
    expect(g.acrossBreak).toBe(true);
    expect(summariseRange(users, 2006, 2018, false).acrossBreak).toBe(true);
    expect(summariseRange(users, 2007, 2018, false).acrossBreak).toBe(false);
    expect(crossesBreak(users, 2008, 2020)).toBe(false);
  });

  it('a percentage series changes in percentage points: penetration 2018 = +3.8 pp, no relative change', () => {
    const g = yearOnYear(penetration, true).find((x) => x.year === 2018)!;
    expect(g.absolute.value).toBeCloseTo(3.8, 10); // 59.6 − 55.8
    expect(g.absolute).toMatchObject({ qualifier: 'exact', flag: 'computed' });
    expect(g.relative).toMatchObject({ value: null, reason: 'share', flag: null });
    // 2008: 22.6 − 16.0 = +6.6 pp
    expect(yearOnYear(penetration, true).find((x) => x.year === 2008)!.absolute.value).toBeCloseTo(6.6, 10);
  });

  it('growth from the 2013 lower bound is an upper bound; from 2017 to the 2018 lower bound a lower bound', () => {
    const t = yearOnYear(transactions, false).find((x) => x.year === 2014)!;
    expect(t.relative.value).toBeCloseTo(0.3, 12); // 13 / 10 − 1, "< +30 %"
    expect(t.relative).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
    const r = yearOnYear(retail, false);
    expect(r.find((x) => x.year === 2018)!.relative.value).toBeCloseTo(0.253482, 6); // 9 / 7.18 − 1, "> +25.3 %"
    expect(r.find((x) => x.year === 2018)!.relative).toMatchObject({ qualifier: 'lower_bound', flag: 'bound' });
    expect(r.find((x) => x.year === 2019)!.relative.value).toBeCloseTo(0.181111, 6); // 10.63 / 9 − 1, "< +18.1 %"
    expect(r.find((x) => x.year === 2019)!.relative).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
    expect(r.find((x) => x.year === 2016)!.relative).toMatchObject({ qualifier: 'approx', flag: 'estimate' });
    // 2016 after the unpublished 2015 total: a gap, not a bound
    expect(yearOnYear(transactions, false).find((x) => x.year === 2016)!.relative).toMatchObject({ value: null, flag: null, reason: 'gap' });
  });
});

describe('range summary', () => {
  it('2008 → 2018 is +5.31 亿, +178.19 %, CAGR 10.773 %', () => {
    const s = summariseRange(users, 2008, 2018, false);
    expect(s.absolute.value).toBeCloseTo(5.31, 10);
    // 8.29 / 2.98 = 2.781879; ln = 1.023127; /10 → e^0.1023127 = 1.107730
    expect(s.relative.value).toBeCloseTo(1.781879, 6);
    expect(s.cagr.value).toBeCloseTo(0.10773, 5);
    expect(s.cagr.flag).toBe('computed');
    expect(s.start).toEqual({ value: 2.98, qualifier: 'exact', flag: 'stated' });
  });

  it('a range ending on a gap has no change or CAGR, and no flag', () => {
    const s = summariseRange(users, 2008, 2019, false);
    expect(s.end.value).toBeNull();
    expect(s.absolute).toMatchObject({ value: null, reason: 'gap', flag: null });
    expect(s.cagr).toMatchObject({ value: null, reason: 'gap', flag: null });
  });

  it('penetration 2008 → 2018: +37.0 pp; no relative change and no CAGR for a share', () => {
    const s = summariseRange(penetration, 2008, 2018, true);
    expect(s.absolute.value).toBeCloseTo(37.0, 10); // 59.6 − 22.6
    expect(s.relative).toMatchObject({ value: null, reason: 'share' });
    expect(s.cagr).toMatchObject({ value: null, reason: 'share' });
  });

  it('from the 2013 lower bound the start keeps its ">" and the change and CAGR are upper bounds', () => {
    const s = summariseRange(transactions, 2013, 2018, false);
    expect(s.start).toEqual({ value: 10, qualifier: 'lower_bound', flag: 'bound' });
    expect(s.relative.value).toBeCloseTo(2.163, 10); // 31.63 / 10 − 1
    expect(s.relative).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
    // (3.163)^(1/5) − 1: ln 3.163 = 1.151521, /5 = 0.230304, e^ = 1.258983
    expect(s.cagr.value).toBeCloseTo(0.258983, 5);
    expect(s.cagr).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
    expect(s.absolute).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
  });
});

describe('index', () => {
  it('indexes to a base year (= 100) and flags indexes across a break', () => {
    const { reason, points } = indexTo(users, 2008, false);
    expect(reason).toBeNull();
    expect(points.find((p) => p.year === 2008)).toMatchObject({ value: 100, flag: 'computed' });
    // 8.29 / 2.98 × 100 = 278.1879
    expect(points.find((p) => p.year === 2018)!.value).toBeCloseTo(278.1879, 4);
    expect(points.find((p) => p.year === 2006)!.acrossBreak).toBe(true);
    expect(points.find((p) => p.year === 2019)).toMatchObject({ value: null, flag: null, reason: 'gap' });
  });

  it('a series without a value in the base year is not indexed, and says why', () => {
    const { reason, points } = indexTo(users, 2019, false);
    expect(reason).toBe('no-base-value');
    expect(points.every((p) => p.value === null && p.reason === 'no-base-value')).toBe(true);
    expect(indexTo(retail, 2013, false).reason).toBe('no-base-value');
  });

  it('a percentage series is not indexed (an index is a relative change)', () => {
    const { reason, points } = indexTo(penetration, 2008, true);
    expect(reason).toBe('share');
    expect(points.every((p) => p.value === null && p.reason === 'share')).toBe(true);
  });

  it('on a ">" base every other point is an upper bound', () => {
    const { points } = indexTo(transactions, 2013, false);
    expect(points.find((p) => p.year === 2013)).toMatchObject({ value: 100, qualifier: 'exact' });
    expect(points.find((p) => p.year === 2018)!.value).toBeCloseTo(316.3, 10); // 31.63 / 10 × 100, "< 316.3"
    expect(points.find((p) => p.year === 2018)).toMatchObject({ qualifier: 'upper_bound', flag: 'bound' });
  });

  it('default base: the earliest year in the range where every series has a value', () => {
    // users, mobile, shoppers: shoppers start in 2008 ("~0.74", an estimate is allowed)
    expect(chooseBaseYear([users, mobile, shoppers], 2006, 2020)).toBe(2008);
    // NBS transactions, online retail, physical goods: all three only from 2017
    expect(chooseBaseYear([transactions, retail, physical], 2013, 2019)).toBe(2017);
    expect(chooseBaseYear([users, mobile], 2009, 2020)).toBe(2011);
  });

  it('default base: a year without bounds is preferred; with no common year, the year most series have', () => {
    // 2013 is ">10": 2014 ("~13") is the first year free of bounds
    expect(chooseBaseYear([transactions], 2013, 2018)).toBe(2014);
    // only bounded years in range: the bound is used rather than nothing
    expect(chooseBaseYear([transactions], 2013, 2013)).toBe(2013);
    // users 2006–2007 and shoppers from 2008: no common year in 2006–2007; both years have one series → the earliest
    expect(chooseBaseYear([users, shoppers], 2006, 2007)).toBe(2006);
    expect(chooseBaseYear([users], 2019, 2019)).toBeNull();
  });
});

describe('ratio of two series', () => {
  it('mobile share of users: 2018 = 8.17 / 8.29 = 98.5525 %, computed', () => {
    const share = ratioByYear(mobile, users);
    expect(share.find((p) => p.year === 2018)!.value).toBeCloseTo(0.985525, 6);
    expect(share.find((p) => p.year === 2018)!.flag).toBe('computed');
    // 9.86 / 9.89 = 0.996967
    expect(share.find((p) => p.year === 2020)!.value).toBeCloseTo(0.996967, 6);
    expect(share).toHaveLength(6);
  });

  it('an approximate part gives an estimate; a gap in the whole gives a gap', () => {
    const share = ratioByYear(shoppers, users);
    expect(share.find((p) => p.year === 2008)).toMatchObject({ qualifier: 'approx', flag: 'estimate' });
    expect(share.find((p) => p.year === 2008)!.value).toBeCloseTo(0.248322, 6); // 0.74 / 2.98
    expect(ratioByYear([point(2019, 8.5)], users)[0]).toMatchObject({ value: null, flag: null, reason: 'gap' });
  });
});
