import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { LIST_RANKING_ARRAY_KEYS, listTownsQueryStrict } from '@/lib/schemas/list-rankings.ts';
import { getListTownsResponse } from '@/lib/views/list-rankings.ts';

export const GET = apiGet(listTownsQueryStrict, LIST_RANKING_ARRAY_KEYS, async (query) => NextResponse.json(await getListTownsResponse(query)));
