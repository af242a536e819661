import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { villagesDatasetCsv } from '@/lib/views/villages-csv.ts';
import { getNationalSeries, getSources } from '@/lib/queries/villages.ts';
import { getAllCityCounts, getAllProvinceTotals } from '@/lib/queries/villages-dataset.ts';
import { nationalQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(nationalQueryStrict, [], async () => {
  const [national, provinces, cities, sources] = await Promise.all([getNationalSeries(), getAllProvinceTotals(), getAllCityCounts(), getSources()]);
  const lookup = new Map(sources.map((s) => [s.id, s]));
  return csvResponse(villagesDatasetCsv(national, provinces, cities, lookup), 'taobao-villages-full-dataset.csv');
});
