import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { LIST_RANKING_ARRAY_KEYS, listCountiesQueryStrict } from '@/lib/schemas/list-rankings.ts';
import { getListCountiesCsv } from '@/lib/views/list-rankings.ts';

export const GET = apiGet(listCountiesQueryStrict, LIST_RANKING_ARRAY_KEYS, async (query) => {
  const parts = [query.year ?? 'latest', ...query.province.map((p) => `p${p}`), ...query.city.map((c) => `c${c}`)];
  return csvResponse(await getListCountiesCsv(query), `taobao-villages-list-counties-${parts.join('-')}.csv`);
});
