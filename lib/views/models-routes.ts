import 'server-only';
import { getModelsSection } from '@/lib/queries/models.ts';
import type { GuideQuery } from '@/lib/schemas/models.ts';
import { modelsResponse } from '@/lib/views/models-api.ts';
import { matrixCsv } from '@/lib/views/models-matrix.ts';

// The models API's reads, apart from the pure builders that components also import.

/** GET /api/v1/models: the section from the store, shaped for the query. */
export async function getModelsApiBody(query: GuideQuery) {
  return modelsResponse(await getModelsSection(), query);
}

/** GET /api/v1/models.csv: the requirement matrix of the stored section. */
export async function getMatrixCsv(lang: 'en' | 'zh'): Promise<string> {
  return matrixCsv(await getModelsSection(), lang);
}
