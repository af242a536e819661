import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { provinceTotalsCsv } from '@/lib/views/villages-csv.ts';
import { getProvinceTotalsResponse } from '@/lib/views/villages-api.ts';
import { provinceQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(provinceQueryStrict, [], async (query) =>
  csvResponse(provinceTotalsCsv((await getProvinceTotalsResponse(query)).rows), `taobao-villages-provinces-${query.year}.csv`),
);
