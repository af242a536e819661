import { NextResponse } from 'next/server';
import { db } from '@/lib/db/index.ts';
import { createHealthCheck, healthResponse } from '../../../server/health.mjs';

export const dynamic = 'force-dynamic';

// In production server/serve.mjs answers this path itself with the same check; this route serves `next dev`.
const health = createHealthCheck(() => db().$queryRaw`SELECT 1`);

/** Liveness and database state: 200 when PostgreSQL answers, 503 (with Retry-After) when it does not. */
export async function GET() {
  const { status, headers, body } = healthResponse(await health());
  return NextResponse.json(body, { status, headers });
}
