import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { shareOf, crN, herfindahl, competitionRank } from '../../lib/metrics';

/*
 * Fixture: seed 001, Figure 1 — 2019 Taobao villages by city (22 cities).
 * `printedRank` is the rank exactly as printed, which is a dense rank.
 * Every expected figure below was worked out by hand (arithmetic in the comments)
 * and hard-coded; none is recomputed with the library under test.
 */
type Province = 'Zhejiang' | 'Shandong' | 'Fujian' | 'Jiangsu' | 'Guangdong' | 'Hebei';
interface CityRow {
  city: string;
  province: Province;
  villages: number;
  printedRank: number;
}

const CITIES_2019: readonly CityRow[] = [
  { city: 'Jinhua', province: 'Zhejiang', villages: 334, printedRank: 1 },
  { city: 'Wenzhou', province: 'Zhejiang', villages: 324, printedRank: 2 },
  { city: 'Heze', province: 'Shandong', villages: 307, printedRank: 3 },
  { city: 'Taizhou', province: 'Zhejiang', villages: 260, printedRank: 4 },
  { city: 'Quanzhou', province: 'Fujian', villages: 205, printedRank: 5 },
  { city: 'Ningbo', province: 'Zhejiang', villages: 175, printedRank: 6 },
  { city: 'Suqian', province: 'Jiangsu', villages: 174, printedRank: 7 },
  { city: 'Jiaxing', province: 'Zhejiang', villages: 171, printedRank: 8 },
  { city: 'Hangzhou', province: 'Zhejiang', villages: 167, printedRank: 9 },
  { city: 'Dongguan', province: 'Guangdong', villages: 148, printedRank: 10 },
  { city: 'Suzhou', province: 'Jiangsu', villages: 135, printedRank: 11 },
  { city: 'Xuzhou', province: 'Jiangsu', villages: 130, printedRank: 12 },
  { city: 'Guangzhou', province: 'Guangdong', villages: 124, printedRank: 13 },
  { city: 'Jieyang', province: 'Guangdong', villages: 108, printedRank: 14 },
  { city: 'Foshan', province: 'Guangdong', villages: 98, printedRank: 15 },
  { city: 'Xingtai', province: 'Hebei', villages: 98, printedRank: 15 },
  { city: 'Shantou', province: 'Guangdong', villages: 94, printedRank: 16 },
  { city: 'Chaozhou', province: 'Guangdong', villages: 92, printedRank: 17 },
  { city: 'Shijiazhuang', province: 'Hebei', villages: 74, printedRank: 18 },
  { city: 'Zhongshan', province: 'Guangdong', villages: 56, printedRank: 19 },
  { city: 'Wuxi', province: 'Jiangsu', villages: 56, printedRank: 19 },
  { city: 'Huzhou', province: 'Zhejiang', villages: 53, printedRank: 20 },
];
const VILLAGES = CITIES_2019.map((c) => c.villages);

/** National total 2019 (AliResearch, as of June 2019). */
const NATIONAL_2019 = 4310;

/*
 * Province totals, by hand (first-appearance order in the table):
 *   Zhejiang  = 334+324+260+175+171+167+53           = 1484
 *               (334+324=658, +260=918, +175=1093, +171=1264, +167=1431, +53=1484)
 *   Shandong  = 307                                   =  307
 *   Fujian    = 205                                   =  205
 *   Jiangsu   = 174+135+130+56                        =  495  (174+135=309, +130=439, +56=495)
 *   Guangdong = 148+124+108+98+94+92+56               =  720
 *               (148+124=272, +108=380, +98=478, +94=572, +92=664, +56=720)
 *   Hebei     = 98+74                                 =  172
 *   check: 1484+307=1791, +205=1996, +495=2491, +720=3211, +172=3383 = 22-city sum ✓
 */
const PROVINCE_TOTALS: ReadonlyArray<[Province, number]> = [
  ['Zhejiang', 1484],
  ['Shandong', 307],
  ['Fujian', 205],
  ['Jiangsu', 495],
  ['Guangdong', 720],
  ['Hebei', 172],
];

describe('22-city fixture (seed 001, Figure 1, 2019)', () => {
  it('sums to 3383 (running total by hand)', () => {
    // 334+324=658, +307=965, +260=1225, +205=1430, +175=1605, +174=1779, +171=1950,
    // +167=2117, +148=2265, +135=2400, +130=2530, +124=2654, +108=2762, +98=2860,
    // +98=2958, +94=3052, +92=3144, +74=3218, +56=3274, +56=3330, +53=3383
    expect(CITIES_2019).toHaveLength(22);
    expect(CITIES_2019.reduce((sum, c) => sum + c.villages, 0)).toBe(3383);
  });
});

describe('shares', () => {
  it('shareOf: Jinhua in the national total', () => {
    // 334 / 4310: 4310 × 0.0775 = 334.025, overshoot 0.025 / 4310 = 0.0000058
    //   → 0.0775 − 0.0000058 = 0.0774942 (≈ 7.75 %)
    expect(shareOf(334, NATIONAL_2019)).toBeCloseTo(0.0774942, 6);
  });

  it('shareOf: Zhejiang in the 22-city sum', () => {
    // 1484 / 3383: 3383 × 0.4386 = 1483.7838, rest 0.2162 / 3383 = 0.0000639 → 0.4386639
    expect(shareOf(1484, 3383)).toBeCloseTo(0.4386639, 6);
  });

  it('shareOf: null total, zero total, non-finite inputs → null', () => {
    expect(shareOf(334, null)).toBeNull();
    expect(shareOf(334, 0)).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(334, Number.NaN)).toBeNull();
    expect(shareOf(334, Number.POSITIVE_INFINITY)).toBeNull();
    expect(shareOf(Number.NaN, 4310)).toBeNull();
    expect(shareOf(Number.NEGATIVE_INFINITY, 4310)).toBeNull();
    expect(shareOf(0, 4310)).toBe(0);
  });

});

describe('concentration', () => {
  it('CR4 over the 22 cities', () => {
    // top 4: 334+324+307+260 = 1225;  1225 / 3383:
    //   3383 × 0.36 = 1217.88, rest 7.12 / 3383 = 0.0021046 → 0.3621046
    expect(crN(VILLAGES, 4).value).toBeCloseTo(0.3621046, 6);
    expect(crN(VILLAGES, 4).coveredN).toBe(4);
  });

  it('CR8 over the 22 cities', () => {
    // top 8: 1225+205+175+174+171 = 1950;  1950 / 3383:
    //   3383 × 0.57 = 1928.31, rest 21.69 / 3383 = 0.0064115 → 0.5764115
    expect(crN(VILLAGES, 8).value).toBeCloseTo(0.5764115, 6);
  });

  it('CRn does not depend on input order', () => {
    const shuffled = [...VILLAGES].reverse();
    expect(crN(shuffled, 4).value).toBeCloseTo(0.3621046, 6);
  });

  it('fewer than n values → value 1, coveredN tells the caller', () => {
    expect(crN([3, 1], 4)).toEqual({ value: 1, coveredN: 2 });
    // 6 provinces, CR8 covers only 6
    expect(crN(PROVINCE_TOTALS.map(([, v]) => v), 8)).toEqual({ value: 1, coveredN: 6 });
  });

  it('CRn edge cases → null', () => {
    expect(crN([], 4)).toEqual({ value: null, coveredN: 0 });
    expect(crN([0, 0, 0], 2)).toEqual({ value: null, coveredN: 2 });
    expect(crN(VILLAGES, 0).value).toBeNull();
    expect(crN(VILLAGES, 2.5).value).toBeNull();
    expect(crN(VILLAGES, Number.NaN).value).toBeNull();
    expect(crN([1, Number.NaN, 3], 1).value).toBeNull();
    expect(crN([1, -2, 3], 1).value).toBeNull();
    expect(crN([1, Number.POSITIVE_INFINITY], 1).value).toBeNull();
  });

  it('HHI over the 22 cities (0–10,000 scale)', () => {
    // HHI = Σ (100·vᵢ/T)² = 10,000 · Σvᵢ² / T²
    // squares: 334²=111556, 324²=104976, 307²=94249, 260²=67600, 205²=42025,
    //   175²=30625, 174²=30276, 171²=29241, 167²=27889, 148²=21904, 135²=18225,
    //   130²=16900, 124²=15376, 108²=11664, 98²=9604 (×2=19208), 94²=8836,
    //   92²=8464, 74²=5476, 56²=3136 (×2=6272), 53²=2809
    // Σvᵢ²: 111556+104976=216532, +94249=310781, +67600=378381, +42025=420406,
    //   +30625=451031, +30276=481307, +29241=510548, +27889=538437, +21904=560341,
    //   +18225=578566, +16900=595466, +15376=610842, +11664=622506, +19208=641714,
    //   +8836=650550, +8464=659014, +5476=664490, +6272=670762, +2809=673571
    // T² = 3383² = 3383·3000 + 3383·383 = 10,149,000 + 1,295,689 = 11,444,689
    // HHI = 6,735,710,000 / 11,444,689:
    //   11,444,689 × 588 = 6,729,477,132, rest 6,232,868 / 11,444,689 = 0.5446
    //   → 588.5446   (e.g. Jinhua alone: 100·334/3383 = 9.873 pp, squared 97.47)
    expect(herfindahl(VILLAGES)).toBeCloseTo(588.5446, 3);
  });

  it('HHI over the 6 provinces', () => {
    // squares: 1484² = (1500−16)² = 2,250,000 − 48,000 + 256 = 2,202,256
    //   720² = 518,400;  495² = 245,025;  307² = 94,249;  205² = 42,025;  172² = 29,584
    // Σ: 2,202,256+518,400=2,720,656, +245,025=2,965,681, +94,249=3,059,930,
    //   +42,025=3,101,955, +29,584=3,131,539
    // HHI = 31,315,390,000 / 11,444,689:
    //   11,444,689 × 2736 = 31,312,669,104, rest 2,720,896 / 11,444,689 = 0.2377
    //   → 2736.2377
    const provinceValues = PROVINCE_TOTALS.map(([, v]) => v);
    expect(herfindahl(provinceValues)).toBeCloseTo(2736.2377, 3);
  });

  it('HHI bounds and edge cases', () => {
    expect(herfindahl([42])).toBe(10_000); // monopoly
    expect(herfindahl([1, 1, 1, 1])).toBeCloseTo(2500, 9); // 4 × 25² = 2500
    expect(herfindahl([5, 0])).toBe(10_000);
    expect(herfindahl([])).toBeNull();
    expect(herfindahl([0, 0])).toBeNull();
    expect(herfindahl([1, Number.NaN])).toBeNull();
    expect(herfindahl([1, -1, 2])).toBeNull();
  });
});

describe('ranks', () => {
  it('competition rank: Foshan/Xingtai 15, Shantou 17, Zhongshan/Wuxi 20, Huzhou 22', () => {
    const ranks = competitionRank(CITIES_2019, (c) => c.villages);
    const byCity = new Map(CITIES_2019.map((c, i) => [c.city, ranks[i]]));
    // ranks 1–14 are untied and equal the position in the table
    expect(ranks.slice(0, 14)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(byCity.get('Foshan')).toBe(15);
    expect(byCity.get('Xingtai')).toBe(15);
    expect(byCity.get('Shantou')).toBe(17); // 16 cities have more than 94
    expect(byCity.get('Chaozhou')).toBe(18);
    expect(byCity.get('Shijiazhuang')).toBe(19);
    expect(byCity.get('Zhongshan')).toBe(20);
    expect(byCity.get('Wuxi')).toBe(20);
    expect(byCity.get('Huzhou')).toBe(22); // 21 cities have more than 53
  });

  it('ascending order', () => {
    const vals = [10, 30, 20, 20];
    expect(competitionRank(vals, (v) => v, 'asc')).toEqual([1, 4, 2, 2]);
  });

  it('nulls (and NaN/Infinity) get rank null and sort last', () => {
    const vals: (number | null)[] = [5, null, 9, Number.NaN, 5, Number.POSITIVE_INFINITY, 1];
    expect(competitionRank(vals, (v) => v)).toEqual([2, null, 1, null, 2, null, 4]);
    // 9, then the two 5s in input order, then 1, then the gaps in input order
  });

  it('empty input', () => {
    expect(competitionRank([], (v: number) => v)).toEqual([]);
  });
});

describe('never NaN / ±Infinity (property)', () => {
  const ok = (x: number | null) => x === null || Number.isFinite(x);
  const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0));
  const maybeNumber = fc.option(anyNumber, { nil: null });

  it('holds for arbitrary inputs, including NaN, ±Infinity, negatives and huge values', () => {
    fc.assert(
      fc.property(fc.array(anyNumber), fc.integer({ min: -2, max: 30 }), anyNumber, (xs, n, y) => {
        expect(ok(shareOf(y, xs[0] ?? null))).toBe(true);
        expect(ok(crN(xs, n).value)).toBe(true);
        expect(ok(herfindahl(xs))).toBe(true);
      }),
    );
  });

  it('ranks never produce NaN', () => {
    fc.assert(
      fc.property(fc.array(maybeNumber), (xs) => {
        expect(competitionRank(xs, (x) => x).every(ok)).toBe(true);
      }),
    );
  });
});
