import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/api/openapi.ts';

export const GET = () => NextResponse.json(openApiDocument());
