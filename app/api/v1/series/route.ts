import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { getCatalogueResponse } from '@/lib/views/series-api.ts';
import { seriesCatalogueQuery } from '@/lib/schemas/series.ts';

export const GET = apiGet(seriesCatalogueQuery, [], async (query) => NextResponse.json(await getCatalogueResponse(query.group)));
