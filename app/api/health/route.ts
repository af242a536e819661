import { NextResponse } from 'next/server';
import { db } from '@/lib/db/index.ts';

export const dynamic = 'force-dynamic';

/** Liveness and database state: 200 when PostgreSQL answers, 503 (with Retry-After) when it does not. */
export async function GET() {
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('database check timed out')), 1000)),
    ]);
    return NextResponse.json({ status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return NextResponse.json(
      { status: 'degraded', database: 'down', error: error instanceof Error ? error.message.split('\n')[0] : 'unknown' },
      { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
    );
  }
}
