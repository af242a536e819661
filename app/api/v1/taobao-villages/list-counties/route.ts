import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { LIST_RANKING_ARRAY_KEYS, listCountiesQueryStrict } from '@/lib/schemas/list-rankings.ts';
import { getListCountiesResponse } from '@/lib/views/list-rankings.ts';

export const GET = apiGet(listCountiesQueryStrict, LIST_RANKING_ARRAY_KEYS, async (query) => NextResponse.json(await getListCountiesResponse(query)));
