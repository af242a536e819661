export { isDatabaseUnavailable } from '@/lib/db/unavailable.mjs';
// Classified by the layers above (lib/views/village-list.ts), which never import the pool itself.
export { StreamPoolBusyError } from '@/lib/db/pg-pool.ts';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { readAdapterFactory } from '@/lib/db/read-adapter.ts';
import { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { settings } from '@/lib/settings.mjs';

const globalForDb = globalThis as unknown as { atlasDb?: PrismaClient; atlasPrimaryDb?: PrismaClient; atlasPrimaryPool?: pg.Pool };

function primaryPool(): pg.Pool {
  if (!globalForDb.atlasPrimaryPool) {
    const connectionString = settings().DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set (start the app with `npm start`)');
    // One pool for the primary, shared by the write client and the read client's fallback, so
    // DB_POOL_SIZE bounds this instance's connections to the primary.
    globalForDb.atlasPrimaryPool = new pg.Pool({ connectionString, max: settings().DB_POOL_SIZE });
    globalForDb.atlasPrimaryPool.on('error', () => {});
  }
  return globalForDb.atlasPrimaryPool;
}

/**
 * The client for writes and for reads that must see the latest write: imports' bookkeeping,
 * admin sessions (a session started by one request is read back by the next), the seed.
 */
export function primaryDb(): PrismaClient {
  globalForDb.atlasPrimaryDb ??= new PrismaClient({ adapter: new PrismaPg(primaryPool()) });
  return globalForDb.atlasPrimaryDb;
}

/**
 * The client for pages and read APIs, created on first use so that `next build` needs no
 * database: with DATABASE_REPLICA_URL its reads go to the replica (falling back to the primary,
 * lib/db/read-adapter.ts), without it, it is the primary client.
 */
export function db(): PrismaClient {
  if (!globalForDb.atlasDb) {
    const replicaUrl = settings().DATABASE_REPLICA_URL;
    globalForDb.atlasDb = replicaUrl
      ? new PrismaClient({
          adapter: readAdapterFactory(
            // A replica that does not answer within a second is skipped, not waited for.
            new PrismaPg({ connectionString: replicaUrl, max: settings().DB_POOL_SIZE, connectionTimeoutMillis: 1000, application_name: 'atlas-replica-read' }, { onPoolError: () => {} }),
            new PrismaPg(primaryPool()),
          ),
        })
      : primaryDb();
  }
  return globalForDb.atlasDb;
}
