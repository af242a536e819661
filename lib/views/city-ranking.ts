import 'server-only';
import { rankCities, type CityRanking } from '@/lib/metrics/city-ranking.ts';
import { getCityRankingInputs } from '@/lib/queries/villages.ts';
import type { CityQuery } from '@/lib/schemas/villages.ts';

export type { CityRanking } from '@/lib/metrics/city-ranking.ts';

/**
 * The city ranking behind the page, the JSON API and the CSV export (one function, one result):
 * the store's rows for the year (lib/queries) ranked by lib/metrics. `anyYear` lets the page open
 * years without city rows; the API gets `UnknownYearError` for them.
 */
export async function getCityRanking(query: CityQuery, locale: 'en' | 'zh' = 'en', { anyYear = false } = {}): Promise<CityRanking> {
  return rankCities(await getCityRankingInputs(query.year, { anyYear }), query, locale);
}
