import 'server-only';
import { toCsv } from '@/lib/csv/to-csv.ts';
import { getCountyCounts, getCountyYears } from '@/lib/queries/counties.ts';
import { getNotesForView, getSources } from '@/lib/queries/villages.ts';
import type { CountyQuery } from '@/lib/schemas/counties.ts';
import type { CountyCountRow, CountyCountsResponse } from '@/lib/schemas/responses/counties.ts';

/** JSON body of GET /api/v1/taobao-villages/counties: published county counts and what they rest on. */
export async function getCountyCountsResponse(query: CountyQuery): Promise<{ rows: CountyCountRow[]; body: CountyCountsResponse }> {
  const [rows, years] = await Promise.all([getCountyCounts(query), getCountyYears()]);
  const [sources, notes] = await Promise.all([
    getSources([...new Set(rows.map((r) => r.sourceId))]),
    getNotesForView({
      year: query.year,
      provinceAdcodes: [...new Set(rows.map((r) => r.province.adcode))],
      cityAdcodes: [...new Set(rows.flatMap((r) => (r.city ? [r.city.adcode] : [])))],
      noteIds: [...new Set(rows.flatMap((r) => r.noteIds))],
    }),
  ]);
  return {
    rows,
    body: { data: rows, meta: { query: { ...query, year: query.year ?? null }, count: rows.length, years, sources, notes } },
  };
}

export const COUNTY_CSV_COLUMNS = [
  'year', 'county_adcode', 'county_en', 'county_zh', 'city_adcode', 'city_en', 'city_zh', 'province_adcode', 'province_en', 'province_zh',
  'villages', 'villages_qualifier', 'towns', 'towns_qualifier', 'basis', 'source_id', 'source_page',
] as const;

// As the data files and the other CSVs write it: empty = exact, lower-bound = ">N".
const qual = (q: CountyCountRow['villagesQualifier']) => (q === 'exact' ? '' : q === 'lower_bound' ? 'lower-bound' : q);

export function countyCountsCsv(rows: CountyCountRow[]): string {
  return toCsv(
    COUNTY_CSV_COLUMNS,
    rows.map((r) => [
      r.year, r.county.adcode, r.county.nameEn, r.county.nameZh, r.city?.adcode ?? null, r.city?.nameEn ?? null, r.city?.nameZh ?? null,
      r.province.adcode, r.province.nameEn, r.province.nameZh, r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier),
      r.basis, r.sourceId, r.sourcePage,
    ]),
  );
}

/** The CSV twin of the JSON answer: the same rows. */
export async function getCountyCountsCsv(query: CountyQuery): Promise<string> {
  return countyCountsCsv(await getCountyCounts(query));
}
