import { describe, expect, it } from 'vitest';
import { countyPageQuery, COUNTY_PAGE_PARAMS } from '@/lib/schemas/counties.ts';
import { LIST_PAGE_PARAMS, listPageQuery } from '@/lib/schemas/list-rankings.ts';
import { filterApiParams, ownParams, placeOptions, yearOrLatest } from '@/lib/views/place-filter.ts';

// The filter of the villages page's Counties and loaded-list views (lib/views/place-filter.ts).
describe('a view’s own year / province / city filter', () => {
  it('reads only its own parameters and names each one it had to drop', () => {
    const params = new URLSearchParams('year=2020&province=440000&cyear=2019&cprovince=Atlantis&ccity=330100');
    expect(ownParams(params, COUNTY_PAGE_PARAMS, countyPageQuery)).toEqual({ query: { cyear: 2019, cprovince: undefined, ccity: 330100 }, invalid: ['cprovince: Atlantis'] });
    expect(ownParams({ lyear: 'x', lprovince: '330000' }, LIST_PAGE_PARAMS, listPageQuery)).toEqual({ query: { lyear: undefined, lprovince: 330000, lcity: undefined }, invalid: ['lyear: x'] });
    expect(ownParams({}, LIST_PAGE_PARAMS, listPageQuery).invalid).toEqual([]);
  });

  it('shows the requested year when it has data, else the latest, else none', () => {
    expect(yearOrLatest(2019, [2018, 2019, 2020])).toBe(2019);
    expect(yearOrLatest(1999, [2018, 2019, 2020])).toBe(2020);
    expect(yearOrLatest(undefined, [2018, 2019])).toBe(2019);
    expect(yearOrLatest(2019, [])).toBeNull();
  });

  it('offers the places that have data, the cities of the chosen province only when asked', () => {
    const places = { provinces: [330000, 440000], cities: [330100, 440100, 999999] };
    const all = placeOptions(places);
    expect(all.provinceOptions.map((p) => p.nameEn)).toEqual(['Zhejiang', 'Guangdong']);
    expect(all.cityOptions.map((c) => [c.nameEn, c.provinceAdcode])).toEqual([['Hangzhou', 330000], ['Guangzhou', 440000]]);
    expect(placeOptions(places, 330000).cityOptions.map((c) => c.adcode)).toEqual([330100]);
  });

  it('gives the filter as the API’s parameters, leaving out what is not set', () => {
    expect(filterApiParams(2020, 330000, 330100)).toEqual([['year', '2020'], ['province', '330000'], ['city', '330100']]);
    expect(filterApiParams(null, null, null)).toEqual([]);
    expect(filterApiParams(2020, null, 330100)).toEqual([['year', '2020'], ['city', '330100']]);
  });
});
