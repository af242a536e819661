import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { COUNTY_ARRAY_KEYS, countyQueryStrict } from '@/lib/schemas/counties.ts';
import { getCountyCountsResponse } from '@/lib/views/counties-api.ts';

export const GET = apiGet(countyQueryStrict, COUNTY_ARRAY_KEYS, async (query) => NextResponse.json((await getCountyCountsResponse(query)).body));
