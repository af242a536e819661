import 'server-only';
import { getCountyCounts, getCountyPlaces, getCountyYears } from '@/lib/queries/counties.ts';
import { getNotesForView, getSources } from '@/lib/queries/villages.ts';
import { findCityByAdcode, findProvinceByAdcode } from '@/lib/registry/index.ts';
import { COUNTY_PAGE_PARAMS, countyPageQuery } from '@/lib/schemas/counties.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import type { CountyCountRow } from '@/lib/schemas/responses/counties.ts';
import type { DataNoteInfo, Place, SourceInfo } from '@/lib/queries/types.ts';

export type CountiesView = {
  /** The year shown: `cyear` when it has county counts, else the latest year that has. */
  year: number | null;
  years: number[];
  province: number | null;
  city: number | null;
  provinceOptions: Place[];
  cityOptions: (Place & { provinceAdcode: number })[];
  rows: CountyCountRow[];
  /** One bar per county: its largest published village count of the year (rows without one are left out). */
  chart: { county: CountyCountRow['county']; villages: number; villagesQualifier: CountyCountRow['villagesQualifier'] }[];
  sources: SourceInfo[];
  /** The notes the rows name. */
  notes: DataNoteInfo[];
  /** The API address of the rows in view (JSON; `.csv` for the same rows as CSV). */
  apiParams: [string, string][];
  /** Parameters of the Counties view that did not parse and were ignored. */
  invalid: string[];
};

const place = (p: { adcode: number; nameEn: string; nameZh: string }): Place => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });

/** The Counties view of the villages page, from the page's own `cyear`, `cprovince`, `ccity`. */
export async function getCountiesView(searchParams: SearchParamsInput): Promise<CountiesView> {
  const raw = searchParamsToObject(searchParams);
  const own = Object.fromEntries(COUNTY_PAGE_PARAMS.flatMap((k) => (raw[k] === undefined ? [] : [[k, raw[k]]])));
  const query = countyPageQuery.parse(own);
  const invalid = COUNTY_PAGE_PARAMS.filter((k) => own[k] !== undefined && query[k] === undefined).map((k) => `${k}: ${String(own[k])}`);
  const [years, places] = await Promise.all([getCountyYears(), getCountyPlaces()]);
  const year = query.cyear !== undefined && years.includes(query.cyear) ? query.cyear : (years.at(-1) ?? null);
  if (query.cyear !== undefined && year !== query.cyear) invalid.push(`cyear: no published county counts for ${query.cyear}`);
  const province = query.cprovince ?? null;
  const city = query.ccity ?? null;
  const rows = year === null ? [] : await getCountyCounts({ year, province: province === null ? [] : [province], city: city === null ? [] : [city] });

  const best = new Map<number, CountiesView['chart'][number]>();
  for (const r of rows) {
    if (r.villages === null) continue;
    const seen = best.get(r.county.adcode);
    if (!seen || r.villages > seen.villages) best.set(r.county.adcode, { county: r.county, villages: r.villages, villagesQualifier: r.villagesQualifier });
  }
  const named = new Set(rows.flatMap((r) => r.noteIds));
  const apiParams: [string, string][] = [
    ...(year === null ? [] : [['year', String(year)] as [string, string]]),
    ...(province === null ? [] : [['province', String(province)] as [string, string]]),
    ...(city === null ? [] : [['city', String(city)] as [string, string]]),
  ];
  return {
    year,
    years,
    province,
    city,
    provinceOptions: places.provinces.flatMap((a) => {
      const p = findProvinceByAdcode(a);
      return p ? [place(p)] : [];
    }),
    cityOptions: places.cities.flatMap((a) => {
      const c = findCityByAdcode(a);
      return c ? [{ ...place(c), provinceAdcode: c.provinceAdcode }] : [];
    }),
    rows,
    chart: [...best.values()].sort((a, b) => b.villages - a.villages || a.county.adcode - b.county.adcode),
    sources: await getSources([...new Set(rows.map((r) => r.sourceId))]),
    notes: (await getNotesForView({ noteIds: [...named] })).filter((n) => named.has(n.id)),
    apiParams,
    invalid,
  };
}
