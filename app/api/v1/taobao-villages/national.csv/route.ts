import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { nationalCsv } from '@/lib/views/villages-csv.ts';
import { getNationalResponse } from '@/lib/views/villages-api.ts';
import { nationalQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(nationalQueryStrict, [], async () =>
  csvResponse(nationalCsv((await getNationalResponse()).rows), 'taobao-villages-national-by-year.csv'),
);
