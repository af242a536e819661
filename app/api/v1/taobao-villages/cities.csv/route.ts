import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { CITY_ARRAY_KEYS, cityQueryStrict } from '@/lib/schemas/villages.ts';
import { getCityRankingCsv } from '@/lib/views/villages-exports.ts';

export const GET = apiGet(cityQueryStrict, CITY_ARRAY_KEYS, async (query) => {
  const { csv, year } = await getCityRankingCsv(query);
  const provinces = query.province.length ? `-provinces-${query.province.join('-')}` : '';
  const search = query.q ? '-search' : '';
  return csvResponse(csv, `taobao-villages-cities-${year}${provinces}${search}-${query.scope}.csv`);
});
