import 'server-only';
import { getNationalSeries, getSources } from '@/lib/queries/villages.ts';
import { getCityRanking } from '@/lib/views/city-ranking.ts';
import { getAllCityCounts, getAllProvinceTotals } from '@/lib/queries/villages-dataset.ts';
import type { CityQuery } from '@/lib/schemas/villages.ts';
import { cityRankingCsv, villagesDatasetCsv } from '@/lib/views/villages-csv.ts';

/** The CSV of the city ranking a query selects, with the year it resolved to (for the file name). */
export async function getCityRankingCsv(query: CityQuery): Promise<{ csv: string; year: number }> {
  const ranking = await getCityRanking(query, query.lang);
  return { csv: cityRankingCsv(ranking), year: ranking.year };
}

/** The whole Taobao-village dataset (national, provincial and city counts) as one CSV. */
export async function getVillagesDatasetCsv(): Promise<string> {
  const [national, provinces, cities, sources] = await Promise.all([getNationalSeries(), getAllProvinceTotals(), getAllCityCounts(), getSources()]);
  return villagesDatasetCsv(national, provinces, cities, new Map(sources.map((s) => [s.id, s])));
}
