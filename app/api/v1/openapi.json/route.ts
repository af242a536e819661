import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/api/openapi.ts';

export const GET = async () => NextResponse.json(await openApiDocument());
