import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { getCityRankingResponse } from '@/lib/views/villages-api.ts';
import { CITY_ARRAY_KEYS, cityQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(cityQueryStrict, CITY_ARRAY_KEYS, async (query) => NextResponse.json((await getCityRankingResponse(query)).body));
