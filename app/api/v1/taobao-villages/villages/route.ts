import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { VILLAGE_LIST_ARRAY_KEYS, villageListQueryStrict } from '@/lib/schemas/village-list.ts';
import { getVillageListPage } from '@/lib/views/village-list.ts';

export const GET = apiGet(villageListQueryStrict, VILLAGE_LIST_ARRAY_KEYS, async (query) => NextResponse.json(await getVillageListPage(query)));
