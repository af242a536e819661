import 'server-only';
import { getListCountyRanking, getListPlaces, getListTotals, getListTownRanking } from '@/lib/queries/list-rankings.ts';
import { getVillagePage, type VillageRecord } from '@/lib/queries/village-list.ts';
import { getVillageListYears } from '@/lib/queries/villages.ts';
import { findCityByAdcode } from '@/lib/registry/index.ts';
import { LIST_PAGE_PARAMS, listPageQuery } from '@/lib/schemas/list-rankings.ts';
import type { SearchParamsInput } from '@/lib/schemas/params.ts';
import { filterApiParams, ownParams, placeOptions, yearOrLatest, type PlaceFilterView } from '@/lib/views/place-filter.ts';
import type { ListCountyRow, ListTotals, ListTownRow } from '@/lib/schemas/responses/list-rankings.ts';

/** Village rows shown on the page; the rest are in the CSV and the paged JSON. */
export const LIST_PAGE_VILLAGES = 50;

/** `year`: `lyear` when a list of that year is loaded, else the latest loaded list; null = none loaded. */
export type ListView = PlaceFilterView & {
  totals: ListTotals | null;
  counties: ListCountyRow[];
  /** The derived Taobao towns (≥ 3 villages of the list). */
  taobaoTowns: ListTownRow[];
  villages: VillageRecord[];
};

/**
 * The "loaded list" view of the villages page (Table tab): rankings by county, the derived Taobao
 * towns and the village rows of one loaded village-level list, from the page's own `lyear`,
 * `lprovince`, `lcity` (one province and one city at most: selects).
 */
export async function getListView(searchParams: SearchParamsInput): Promise<ListView> {
  const { query, invalid } = ownParams(searchParams, LIST_PAGE_PARAMS, listPageQuery);
  const years = await getVillageListYears();
  const year = yearOrLatest(query.lyear, years);
  if (query.lyear !== undefined && year !== query.lyear) invalid.push(`lyear: no village-level list is loaded for ${query.lyear}`);
  const province = query.lprovince ?? null;
  let city = query.lcity ?? null;
  // A city outside the chosen province would show nothing: the city wins, and says so.
  if (city !== null && province !== null && findCityByAdcode(city)?.provinceAdcode !== province) {
    invalid.push(`lcity: ${city} does not lie in province ${province}`);
    city = null;
  }
  const places = year === null ? { provinces: [], cities: [] } : await getListPlaces(year);
  const { provinceOptions, cityOptions } = placeOptions(places, province);
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
    apiParams: filterApiParams(year, province, city),
    invalid,
  };
}
