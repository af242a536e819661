import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { guideQueryStrict } from '@/lib/schemas/models.ts';
import { getModelsApiBody } from '@/lib/views/models-routes.ts';

/** GET /api/v1/models[?capital=1&info=2&mgmt=3]: the matrix, the platform types, the guide, and (with levels) its ordering. */
export const GET = apiGet(guideQueryStrict, [], async (query) => NextResponse.json(await getModelsApiBody(query)));
