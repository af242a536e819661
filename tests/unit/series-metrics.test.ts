import { describe, expect, it } from 'vitest';
import { crossesBreak, indexTo, ratioByYear, summariseRange, yearOnYear, type SeriesPoint } from '@/lib/metrics/series.ts';

// CNNIC year-end internet users, 亿 (public-series.md §1a); 2019 has no December survey.
const users: SeriesPoint[] = [
  { year: 2006, value: 1.37, breakBefore: false },
  { year: 2007, value: 2.1, breakBefore: true }, // definition changed around 2007
  { year: 2008, value: 2.98, breakBefore: false },
  { year: 2017, value: 7.72, breakBefore: false },
  { year: 2018, value: 8.29, breakBefore: false },
  { year: 2019, value: null, breakBefore: false },
  { year: 2020, value: 9.89, breakBefore: false },
];
// Mobile internet users, 亿
const mobile: SeriesPoint[] = [
  { year: 2017, value: 7.53, breakBefore: false },
  { year: 2018, value: 8.17, breakBefore: false },
  { year: 2020, value: 9.86, breakBefore: false },
];

describe('series metrics', () => {
  it('year-on-year change: 2017 → 2018 is +0.57 亿, +7.3834% (0.57 / 7.72)', () => {
    const g = yearOnYear(users).find((x) => x.year === 2018)!;
    expect(g.absolute).toBeCloseTo(0.57, 10);
    expect(g.relative).toBeCloseTo(0.0738342, 6);
    expect(g.acrossBreak).toBe(false);
  });

  it('does not bridge a gap: 2019 is a gap, so 2019 and 2020 have no year-on-year change', () => {
    const g = yearOnYear(users);
    expect(g.find((x) => x.year === 2019)).toMatchObject({ absolute: null, relative: null });
    expect(g.find((x) => x.year === 2020)).toMatchObject({ absolute: null, relative: null });
  });

  it('flags growth computed across a definition break', () => {
    const g = yearOnYear(users).find((x) => x.year === 2007)!;
    // 2.10 / 1.37 − 1 = 0.532847
    expect(g.relative).toBeCloseTo(0.532847, 6);
    expect(g.acrossBreak).toBe(true);
    expect(summariseRange(users, 2006, 2018).acrossBreak).toBe(true);
    expect(summariseRange(users, 2007, 2018).acrossBreak).toBe(false);
    expect(crossesBreak(users, 2008, 2020)).toBe(false);
  });

  it('summarises a range: 2008 → 2018 is +5.31 亿, +178.19%, CAGR 10.773%', () => {
    const s = summariseRange(users, 2008, 2018);
    expect(s.absolute).toBeCloseTo(5.31, 10);
    // 8.29 / 2.98 = 2.781879; ln = 1.023127; /10 → e^0.1023127 = 1.107730
    expect(s.relative).toBeCloseTo(1.781879, 6);
    expect(s.cagr).toBeCloseTo(0.10773, 5);
  });

  it('a range ending on a gap has no change or CAGR', () => {
    expect(summariseRange(users, 2008, 2019)).toMatchObject({ end: null, absolute: null, cagr: null });
  });

  it('indexes to a base year (= 100) and flags indexes across a break', () => {
    const idx = indexTo(users, 2008);
    expect(idx.find((p) => p.year === 2008)!.value).toBe(100);
    // 8.29 / 2.98 × 100 = 278.1879
    expect(idx.find((p) => p.year === 2018)!.value).toBeCloseTo(278.1879, 4);
    expect(idx.find((p) => p.year === 2006)!.acrossBreak).toBe(true);
    expect(idx.find((p) => p.year === 2019)!.value).toBeNull();
    expect(indexTo(users, 2019).every((p) => p.value === null)).toBe(true);
  });

  it('mobile share of users: 2018 = 8.17 / 8.29 = 98.5525%', () => {
    const share = ratioByYear(mobile, users);
    expect(share.find((p) => p.year === 2018)!.value).toBeCloseTo(0.985525, 6);
    // 9.86 / 9.89 = 0.996967
    expect(share.find((p) => p.year === 2020)!.value).toBeCloseTo(0.996967, 6);
    expect(share).toHaveLength(3);
  });
});
