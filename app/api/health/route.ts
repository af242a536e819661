import { NextResponse } from 'next/server';
import { getHealthResponse } from '@/lib/views/health.ts';

export const dynamic = 'force-dynamic';

/** Liveness and database state: 200 when PostgreSQL answers, 503 (with Retry-After) when it does not. */
export async function GET() {
  const { status, headers, body } = await getHealthResponse();
  return NextResponse.json(body, { status, headers });
}
