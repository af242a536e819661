import { apiGet } from '@/lib/api/handler.ts';
import { streamVillageListCsv } from '@/lib/queries/village-list.ts';
import { VILLAGE_LIST_ARRAY_KEYS, villageListCsvQueryStrict } from '@/lib/schemas/village-list.ts';

export const GET = apiGet(villageListCsvQueryStrict, VILLAGE_LIST_ARRAY_KEYS, async (query) => {
  const body = await streamVillageListCsv(query);
  const name = ['taobao-villages-list', query.year ?? 'all-years', ...query.province.map((p) => `p${p}`), ...query.city.map((c) => `c${c}`)].join('-');
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
});
