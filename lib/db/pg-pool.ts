import pg from 'pg';
import { settings } from '@/lib/settings.mjs';

const globalForPool = globalThis as unknown as { atlasStreamPool?: pg.Pool };

/**
 * A small pg pool for streaming reads (village-level exports): Prisma returns whole result sets,
 * so a million-row export through it would hold every row in memory at once. Everything else
 * goes through the Prisma client in lib/db/index.ts.
 */
export function streamPool(): pg.Pool {
  if (!globalForPool.atlasStreamPool) {
    const connectionString = settings().DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set (start the app with `npm start`)');
    globalForPool.atlasStreamPool = new pg.Pool({
      connectionString,
      max: settings().DB_STREAM_POOL_SIZE,
      application_name: 'atlas-stream',
    });
    // An idle client that loses its server must not take the process down.
    globalForPool.atlasStreamPool.on('error', () => {});
  }
  return globalForPool.atlasStreamPool;
}
