import { describe, expect, it } from 'vitest';
import { rankCities, type CityBase, type CityRankingInputs } from '@/lib/metrics/city-ranking.ts';
import type { NationalRow, ProvinceTotalRow } from '@/lib/schemas/responses/villages.ts';

/*
 * The city ranking is computed from the rows the store gives, without the store: hand-made rows,
 * expected figures worked out by hand.
 */

const ZJ = { adcode: 330000, nameEn: 'Zhejiang', nameZh: '浙江' };
const GD = { adcode: 440000, nameEn: 'Guangdong', nameZh: '广东' };
const city = (adcode: number, nameEn: string, nameZh: string, province: typeof ZJ, villages: number | null, extra: Partial<CityBase> = {}): CityBase => ({
  city: { adcode, nameEn, nameZh },
  province,
  villages,
  villagesQualifier: 'exact',
  towns: null,
  townsQualifier: 'exact',
  publishedRank: null,
  rankedList: 'list-2019',
  sourceId: 'src-cities',
  noteIds: [],
  ...extra,
});
const national: NationalRow = { year: 2019, villages: 1000, villagesQualifier: 'exact', towns: null, townsQualifier: 'exact', townsFlag: 'stated', referenceDate: null, sourceId: 'src-national', noteIds: ['n-national'] };
const provinceTotal = (province: typeof ZJ, villages: number): ProvinceTotalRow =>
  ({ province, villages, villagesQualifier: 'exact', towns: null, townsQualifier: 'exact', shareOfNational: null, sourceId: `src-${province.adcode}`, noteIds: [] }) as unknown as ProvinceTotalRow;

const inputs: CityRankingInputs = {
  year: 2019,
  cities: [
    city(330700, 'Jinhua', '金华', ZJ, 300, { publishedRank: 1 }),
    city(330300, 'Wenzhou', '温州', ZJ, 200, { publishedRank: 2, noteIds: ['n-wenzhou'] }),
    city(440100, 'Guangzhou', '广州', GD, 200, { publishedRank: 2 }),
    city(440600, 'Foshan', '佛山', GD, 100, { publishedRank: 4 }),
    city(441900, 'Dongguan', '东莞', GD, null, { rankedList: null }),
    city(330100, 'Hangzhou', '杭州', ZJ, 50, { publishedRank: 5 }),
  ],
  national,
  provinceTotals: [provinceTotal(ZJ, 600), provinceTotal(GD, 350)],
};
const view: { scope: 'ranked' | 'all'; province: number[]; q: string; sort: 'villages'; dir: 'desc' } = { scope: 'ranked', province: [], q: '', sort: 'villages', dir: 'desc' };

describe('rankCities', () => {
  it('ranks by competition rank, shares of the view and of the national total, and the summary', () => {
    const r = rankCities(inputs, view, 'en');
    expect(r.rows.map((x) => [x.city.nameEn, x.rank, x.shareOfView, x.shareOfNational])).toEqual([
      ['Jinhua', 1, 300 / 850, 0.3],
      ['Guangzhou', 2, 200 / 850, 0.2],
      ['Wenzhou', 2, 200 / 850, 0.2],
      ['Foshan', 4, 100 / 850, 0.1],
      ['Hangzhou', 5, 50 / 850, 0.05],
    ]);
    expect(r.summary).toEqual({ listedTotal: 850, cityCount: 5, gapCount: 0, countedCities: 5, shareOfNational: 0.85, cr4: 800 / 850, cr8: 1, hhi: expect.any(Number) });
    const shares = [300, 200, 200, 100, 50].map((v) => (100 * v) / 850);
    expect(r.summary.hhi).toBeCloseTo(shares.reduce((a, s) => a + s * s, 0), 6);
    expect(r.sourceIds).toEqual(['src-330000', 'src-440000', 'src-cities', 'src-national']);
    expect(r.noteIds).toEqual(['n-national', 'n-wenzhou']);
  });

  it('keeps unranked cities only with scope "all", a missing count as a gap ranked last, never 0', () => {
    const r = rankCities(inputs, { ...view, scope: 'all' }, 'en');
    expect(r.rows.at(-1)).toMatchObject({ city: { nameEn: 'Dongguan' }, rank: null, shareOfView: null, shareOfNational: null });
    expect(r.summary).toMatchObject({ cityCount: 6, gapCount: 1, countedCities: 5, listedTotal: 850 });
  });

  it('filters by province and name; concentration is null below five counted cities; province totals follow the filter', () => {
    const r = rankCities(inputs, { ...view, province: [440000] }, 'en');
    expect(r.rows.map((x) => [x.city.nameEn, x.rank])).toEqual([
      ['Guangzhou', 1],
      ['Foshan', 2],
    ]);
    expect(r.summary).toMatchObject({ listedTotal: 300, cr4: null, cr8: null, hhi: null });
    expect(r.provinceTotals.map((p) => p.province.adcode)).toEqual([440000]);
    expect(rankCities(inputs, { ...view, q: 'ZHOU' }, 'en').rows.map((x) => x.city.nameEn)).toEqual(['Guangzhou', 'Wenzhou', 'Hangzhou']);
    expect(rankCities(inputs, { ...view, q: '温' }, 'zh').rows.map((x) => x.city.nameEn)).toEqual(['Wenzhou']);
  });

  it('sorts by the view: published rank, city or province name in the reader\'s language', () => {
    const names = (sort: 'rank' | 'city' | 'province', dir: 'asc' | 'desc', locale: 'en' | 'zh') => rankCities(inputs, { ...view, sort, dir }, locale).rows.map((x) => x.city.nameEn);
    expect(names('rank', 'asc', 'en')).toEqual(['Jinhua', 'Guangzhou', 'Wenzhou', 'Foshan', 'Hangzhou']);
    expect(names('city', 'asc', 'en')).toEqual(['Foshan', 'Guangzhou', 'Hangzhou', 'Jinhua', 'Wenzhou']);
    // Pinyin order: Fóshān, Guǎngzhōu, Hángzhōu, Jīnhuá, Wēnzhōu.
    expect(names('city', 'desc', 'zh')).toEqual(['Wenzhou', 'Jinhua', 'Hangzhou', 'Guangzhou', 'Foshan']);
    expect(names('province', 'asc', 'en')).toEqual(['Guangzhou', 'Foshan', 'Jinhua', 'Wenzhou', 'Hangzhou']);
  });

  it('has no national share without a national row', () => {
    const r = rankCities({ ...inputs, national: null }, view, 'en');
    expect(r.summary.shareOfNational).toBeNull();
    expect(r.rows[0]!.shareOfNational).toBeNull();
    expect(r.national).toBeNull();
  });
});
