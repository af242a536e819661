import { z } from 'zod';
import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { getMatrixCsv } from '@/lib/views/models-routes.ts';

const csvQuery = z.strictObject({ lang: z.enum(['en', 'zh'], { error: 'lang must be en or zh' }).default('en') });

/** GET /api/v1/models.csv[?lang=zh]: the requirement matrix, one row per cell, as on /models. */
export const GET = apiGet(csvQuery, [], async (query) =>
  csvResponse(await getMatrixCsv(query.lang), `business-models-requirement-matrix-${query.lang}.csv`),
);
