import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { LIST_RANKING_ARRAY_KEYS, listTownsQueryStrict } from '@/lib/schemas/list-rankings.ts';
import { getListTownsCsv } from '@/lib/views/list-rankings.ts';

export const GET = apiGet(listTownsQueryStrict, LIST_RANKING_ARRAY_KEYS, async (query) => {
  const parts = [query.year ?? 'latest', ...query.province.map((p) => `p${p}`), ...query.city.map((c) => `c${c}`), ...(query.taobao ? ['taobao-towns'] : [])];
  return csvResponse(await getListTownsCsv(query), `taobao-villages-list-towns-${parts.join('-')}.csv`);
});
