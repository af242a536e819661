import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { COUNTY_ARRAY_KEYS, countyQueryStrict } from '@/lib/schemas/counties.ts';
import { getCountyCountsCsv } from '@/lib/views/counties-api.ts';

export const GET = apiGet(countyQueryStrict, COUNTY_ARRAY_KEYS, async (query) => {
  const parts = [query.year ?? 'all-years', ...query.province.map((p) => `p${p}`), ...query.city.map((c) => `c${c}`)];
  return csvResponse(await getCountyCountsCsv(query), `taobao-villages-counties-${parts.join('-')}.csv`);
});
