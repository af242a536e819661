import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { sourcesQuery } from '@/lib/schemas/sources-query.ts';
import { getSourcesResponse } from '@/lib/views/sources.ts';

export const GET = apiGet(sourcesQuery, [], async (query) => NextResponse.json(await getSourcesResponse(query)));
