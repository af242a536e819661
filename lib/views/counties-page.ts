import 'server-only';
import { getCountyCounts, getCountyPlaces, getCountyYears } from '@/lib/queries/counties.ts';
import { getNotesForView, getSources } from '@/lib/queries/villages.ts';
import { COUNTY_PAGE_PARAMS, countyPageQuery } from '@/lib/schemas/counties.ts';
import type { SearchParamsInput } from '@/lib/schemas/params.ts';
import { filterApiParams, ownParams, placeOptions, yearOrLatest, type PlaceFilterView } from '@/lib/views/place-filter.ts';
import type { CountyCountRow } from '@/lib/schemas/responses/counties.ts';
import type { DataNoteInfo, SourceInfo } from '@/lib/queries/types.ts';

/** `year`: `cyear` when it has county counts, else the latest year that has. `apiParams` address the rows in view (JSON; `.csv` for the same rows as CSV). */
export type CountiesView = PlaceFilterView & {
  rows: CountyCountRow[];
  /** One bar per county: its largest published village count of the year (rows without one are left out). */
  chart: { county: CountyCountRow['county']; villages: number; villagesQualifier: CountyCountRow['villagesQualifier'] }[];
  sources: SourceInfo[];
  /** The notes the rows name. */
  notes: DataNoteInfo[];
};

/** The Counties view of the villages page, from the page's own `cyear`, `cprovince`, `ccity`. */
export async function getCountiesView(searchParams: SearchParamsInput): Promise<CountiesView> {
  const { query, invalid } = ownParams(searchParams, COUNTY_PAGE_PARAMS, countyPageQuery);
  const [years, places] = await Promise.all([getCountyYears(), getCountyPlaces()]);
  const year = yearOrLatest(query.cyear, years);
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
  return {
    year,
    years,
    province,
    city,
    ...placeOptions(places),
    rows,
    chart: [...best.values()].sort((a, b) => b.villages - a.villages || a.county.adcode - b.county.adcode),
    sources: await getSources([...new Set(rows.map((r) => r.sourceId))]),
    notes: (await getNotesForView({ noteIds: [...named] })).filter((n) => named.has(n.id)),
    apiParams: filterApiParams(year, province, city),
    invalid,
  };
}
