import 'server-only';
import { getListCountyRanking, getListPlaces, getListTotals, getListTownRanking } from '@/lib/queries/list-rankings.ts';
import { getVillagePage, type VillageRecord } from '@/lib/queries/village-list.ts';
import { getVillageListYears } from '@/lib/queries/villages.ts';
import { findCityByAdcode, findProvinceByAdcode } from '@/lib/registry/index.ts';
import { LIST_PAGE_PARAMS, listPageQuery } from '@/lib/schemas/list-rankings.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import type { ListCountyRow, ListTotals, ListTownRow } from '@/lib/schemas/responses/list-rankings.ts';
import type { Place } from '@/lib/queries/types.ts';

/** Village rows shown on the page; the rest are in the CSV and the paged JSON. */
export const LIST_PAGE_VILLAGES = 50;

export type ListView = {
  /** The list's year: `lyear` when a list of that year is loaded, else the latest loaded list; null = none loaded. */
  year: number | null;
  years: number[];
  province: number | null;
  city: number | null;
  provinceOptions: Place[];
  cityOptions: (Place & { provinceAdcode: number })[];
  totals: ListTotals | null;
  counties: ListCountyRow[];
  /** The derived Taobao towns (≥ 3 villages of the list). */
  taobaoTowns: ListTownRow[];
  villages: VillageRecord[];
  /** The filter as API parameters (year, province, city). */
  apiParams: [string, string][];
  invalid: string[];
};

const place = (p: { adcode: number; nameEn: string; nameZh: string }): Place => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });

/**
 * The "loaded list" view of the villages page (Table tab): rankings by county, the derived Taobao
 * towns and the village rows of one loaded village-level list, from the page's own `lyear`,
 * `lprovince`, `lcity` (one province and one city at most: selects).
 */
export async function getListView(searchParams: SearchParamsInput): Promise<ListView> {
  const raw = searchParamsToObject(searchParams);
  const own = Object.fromEntries(LIST_PAGE_PARAMS.flatMap((k) => (raw[k] === undefined ? [] : [[k, raw[k]]])));
  const query = listPageQuery.parse(own);
  const invalid = LIST_PAGE_PARAMS.filter((k) => own[k] !== undefined && query[k] === undefined).map((k) => `${k}: ${String(own[k])}`);
  const years = await getVillageListYears();
  const year = query.lyear !== undefined && years.includes(query.lyear) ? query.lyear : (years.at(-1) ?? null);
  if (query.lyear !== undefined && year !== query.lyear) invalid.push(`lyear: no village-level list is loaded for ${query.lyear}`);
  const province = query.lprovince ?? null;
  let city = query.lcity ?? null;
  // A city outside the chosen province would show nothing: the city wins, and says so.
  if (city !== null && province !== null && findCityByAdcode(city)?.provinceAdcode !== province) {
    invalid.push(`lcity: ${city} does not lie in province ${province}`);
    city = null;
  }
  const places = year === null ? { provinces: [], cities: [] } : await getListPlaces(year);
  const provinceOptions = places.provinces.flatMap((a) => {
    const p = findProvinceByAdcode(a);
    return p ? [place(p)] : [];
  });
  const cityOptions = places.cities.flatMap((a) => {
    const c = findCityByAdcode(a);
    return c && (province === null || c.provinceAdcode === province) ? [{ ...place(c), provinceAdcode: c.provinceAdcode }] : [];
  });
  if (year === null) {
    return { year, years, province, city, provinceOptions, cityOptions, totals: null, counties: [], taobaoTowns: [], villages: [], apiParams: [], invalid };
  }
  const filter = { year, province: province === null ? [] : [province], city: city === null ? [] : [city] };
  const [counties, towns, totals, villages] = await Promise.all([
    getListCountyRanking(filter),
    getListTownRanking({ ...filter, taobao: true }),
    getListTotals(filter),
    getVillagePage({ ...filter, limit: LIST_PAGE_VILLAGES, after: 0 }),
  ]);
  return {
    year,
    years,
    province,
    city,
    provinceOptions,
    cityOptions,
    totals: totals.totals,
    counties: counties.rows,
    taobaoTowns: towns.rows,
    villages: villages.villages,
    apiParams: [['year', String(year)], ...filter.province.map((p): [string, string] => ['province', String(p)]), ...filter.city.map((c): [string, string] => ['city', String(c)])],
    invalid,
  };
}
