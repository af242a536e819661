import 'server-only';
import { allProvinces } from '@/lib/registry/index.ts';
import { getNationalSeries, getNotesForView, getProvinceTotals, getSources } from '@/lib/queries/villages.ts';
import { getCityRanking } from '@/lib/views/city-ranking.ts';
import { getAllProvinceTotals } from '@/lib/queries/villages-dataset.ts';
import { getYearCoverage } from '@/lib/queries/villages-coverage.ts';
import { rankingState, selectableYears } from '@/lib/views/villages-years.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import { CITY_ARRAY_KEYS, cityQuery, DEFAULT_CITY_YEAR, type CityQuery } from '@/lib/schemas/villages.ts';

/**
 * Parses the page's URL with the same schema as the API. Invalid values are dropped (the page
 * then shows the default for that field) and reported, so a bad link still opens a useful page.
 */
export function parseCityView(searchParams: SearchParamsInput): { query: CityQuery; invalid: string[] } {
  const raw = searchParamsToObject(searchParams, CITY_ARRAY_KEYS);
  const first = cityQuery.safeParse(raw);
  if (first.success) return { query: first.data, invalid: [] };
  const invalid = [...new Set(first.error.issues.map((i) => String(i.path[0])))];
  for (const key of invalid) delete raw[key];
  return { query: cityQuery.parse(raw), invalid: first.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

/** Everything the villages page shows, read in one go. */
export async function getVillagesPageData(searchParams: SearchParamsInput, locale: 'en' | 'zh') {
  const parsed = parseCityView(searchParams);
  let { query } = parsed;
  const invalid = [...parsed.invalid];
  // Every year with a figure opens: a year without a city list still has province or national counts.
  const coverage = await getYearCoverage();
  const yearOptions = selectableYears(coverage);
  const years = yearOptions.map((y) => y.year);
  if (!years.includes(query.year)) {
    invalid.push(`year: no figure for ${query.year}; years with figures: ${years.join(', ')}`);
    query = { ...query, year: years.includes(DEFAULT_CITY_YEAR) ? DEFAULT_CITY_YEAR : years.at(-1)! };
  }
  const [ranking, national, provinceTotalsAllYears, provinceTotalsThisYear] = await Promise.all([
    getCityRanking(query, locale, { anyYear: true }),
    getNationalSeries(),
    getAllProvinceTotals(),
    getProvinceTotals(query.year),
  ]);
  const provincesWithCities = new Set(ranking.rows.map((r) => r.province.adcode));
  const sourceIds = new Set([...ranking.sourceIds, ...national.map((n) => n.sourceId), ...provinceTotalsThisYear.map((p) => p.sourceId), ...provinceTotalsAllYears.map((p) => p.sourceId)]);
  const [sources, notes] = await Promise.all([
    getSources([...sourceIds]),
    getNotesForView({
      year: query.year,
      provinceAdcodes: [...new Set([...provincesWithCities, ...query.province])],
      cityAdcodes: ranking.rows.map((r) => r.city.adcode),
      noteIds: [...ranking.noteIds, ...national.flatMap((n) => n.noteIds)],
    }),
  ]);
  const provinceOptions = allProvinces.map((p) => ({
    adcode: p.adcode,
    nameEn: p.nameEn,
    nameZh: p.shortZh,
    hasData: provinceTotalsAllYears.some((t) => t.province.adcode === p.adcode),
  }));
  const yearCoverage = coverage.find((c) => c.year === query.year);
  const state = rankingState(yearCoverage, { scope: query.scope, rows: ranking.rows.length, countedRows: ranking.summary.countedCities });
  return { query, invalid, years, yearOptions, yearCoverage, state, ranking, national, provinceTotalsAllYears, provinceTotalsThisYear, sources, notes, provinceOptions };
}

export type VillagesPageData = Awaited<ReturnType<typeof getVillagesPageData>>;
