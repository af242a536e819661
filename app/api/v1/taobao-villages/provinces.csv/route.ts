import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { provinceTotalsCsv } from '@/lib/csv/villages.ts';
import { getProvinceTotalsResponse } from '@/lib/queries/villages-api.ts';
import { provinceQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(provinceQueryStrict, [], async (query) =>
  csvResponse(provinceTotalsCsv((await getProvinceTotalsResponse(query)).rows), `taobao-villages-provinces-${query.year}.csv`),
);
