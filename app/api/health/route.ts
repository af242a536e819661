import { NextResponse } from 'next/server';
import { db } from '@/lib/db/index.ts';

export const dynamic = 'force-dynamic';

// A stopped or unreachable server fails at once (connection refused); the timeout is for a database
// that accepts but does not answer. Under heavy load a busy event loop alone can delay the answer
// by a second or more, which must not be reported as an outage.
const CHECK_TIMEOUT_MS = Number(process.env.HEALTH_DB_TIMEOUT_MS ?? 3000);

/** Liveness and database state: 200 when PostgreSQL answers, 503 (with Retry-After) when it does not. */
export async function GET() {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`database check timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return NextResponse.json({ status: 'ok', database: 'up', latencyMs: Math.round(performance.now() - started) }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return NextResponse.json(
      { status: 'degraded', database: 'down', error: error instanceof Error ? error.message.split('\n')[0] : 'unknown' },
      { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
    );
  } finally {
    clearTimeout(timer);
  }
}
