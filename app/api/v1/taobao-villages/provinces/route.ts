import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { getProvinceTotalsResponse } from '@/lib/views/villages-api.ts';
import { provinceQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(provinceQueryStrict, [], async (query) => NextResponse.json((await getProvinceTotalsResponse(query)).body));
