import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { nationalQueryStrict } from '@/lib/schemas/villages.ts';
import { getVillagesDatasetCsv } from '@/lib/views/villages-exports.ts';

export const GET = apiGet(nationalQueryStrict, [], async () => csvResponse(await getVillagesDatasetCsv(), 'taobao-villages-full-dataset.csv'));
