import { z } from 'zod';
import { apiGet } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { getModelsSection } from '@/lib/queries/models.ts';
import { matrixCsv } from '@/lib/views/models-matrix.ts';

const csvQuery = z.strictObject({ lang: z.enum(['en', 'zh'], { error: 'lang must be en or zh' }).default('en') });

/** GET /api/v1/models.csv[?lang=zh]: the requirement matrix, one row per cell, as on /models. */
export const GET = apiGet(csvQuery, [], async (query) =>
  csvResponse(matrixCsv(await getModelsSection(), query.lang), `business-models-requirement-matrix-${query.lang}.csv`),
);
