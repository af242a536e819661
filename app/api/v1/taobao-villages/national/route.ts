import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { getNationalResponse } from '@/lib/views/villages-api.ts';
import { nationalQueryStrict } from '@/lib/schemas/villages.ts';

export const GET = apiGet(nationalQueryStrict, [], async () => NextResponse.json((await getNationalResponse()).body));
