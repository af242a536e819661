import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { cityRankingCsv } from '@/lib/views/villages-csv.ts';
import { getCityRanking } from '@/lib/queries/villages.ts';
import { CITY_ARRAY_KEYS, cityQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(cityQueryStrict, CITY_ARRAY_KEYS, async (query) => {
  const ranking = await getCityRanking(query, query.lang);
  const provinces = query.province.length ? `-provinces-${query.province.join('-')}` : '';
  const search = query.q ? '-search' : '';
  return csvResponse(cityRankingCsv(ranking), `taobao-villages-cities-${ranking.year}${provinces}${search}-${query.scope}.csv`);
});
