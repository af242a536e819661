import pg from 'pg';
import { currentReadTarget, markReplicaDown, replicaRoute } from '@/lib/db/replica-route.mjs';
import { settings } from '@/lib/settings.mjs';

const globalForPool = globalThis as unknown as { atlasStreamPool?: pg.Pool; atlasReplicaStreamPool?: pg.Pool };

/** The streaming pool on DATABASE_REPLICA_URL (same size), or null without one. */
function replicaStreamPool(): pg.Pool | null {
  const connectionString = settings().DATABASE_REPLICA_URL;
  if (!connectionString) return null;
  if (!globalForPool.atlasReplicaStreamPool) {
    replicaRoute().configured = true;
    // A replica that does not accept a connection within a second is skipped for the primary.
    globalForPool.atlasReplicaStreamPool = new pg.Pool({ connectionString, max: settings().DB_STREAM_POOL_SIZE, connectionTimeoutMillis: 1000, application_name: 'atlas-replica-stream' });
    globalForPool.atlasReplicaStreamPool.on('error', () => {});
  }
  return globalForPool.atlasReplicaStreamPool;
}

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
      // A request waits this long for a free streaming connection, then is refused (503) instead of
      // hanging: the pool is small on purpose, and exports must not queue without bound behind it.
      connectionTimeoutMillis: settings().DB_STREAM_ACQUIRE_TIMEOUT_MS,
      application_name: 'atlas-stream',
    });
    // An idle client that loses its server must not take the process down.
    globalForPool.atlasStreamPool.on('error', () => {});
  }
  return globalForPool.atlasStreamPool;
}

/** Every streaming connection stayed busy for DB_STREAM_ACQUIRE_TIMEOUT_MS: answer 503, try later. */
export class StreamPoolBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`every streaming connection is busy (waited ${waitedMs} ms)`);
  }
}

/**
 * A client of the streaming pool, or StreamPoolBusyError when none frees up in time. (pg-pool
 * reports its queue timeout as a plain Error with this message; a connection that cannot be opened
 * at all keeps its own error, which lib/db/errors.ts recognises as the database being unavailable.)
 */
export async function acquireStreamClient(): Promise<pg.PoolClient> {
  // With a replica the export streams from it; one that cannot be reached costs a reader only the
  // failed connection attempt (a replica that stops in the middle of a stream ends that stream).
  const replica = replicaStreamPool();
  if (replica && currentReadTarget() === 'replica') {
    let client: pg.PoolClient | undefined;
    try {
      client = await replica.connect();
      // A pooled connection whose server went away since is found out here, not mid-export.
      await client.query('SELECT 1');
      return client;
    } catch (error) {
      client?.release(error as Error);
      markReplicaDown();
      replicaRoute().fallbacks += 1;
    }
  }
  try {
    return await streamPool().connect();
  } catch (error) {
    if (error instanceof Error && error.message === 'timeout exceeded when trying to connect') {
      throw new StreamPoolBusyError(settings().DB_STREAM_ACQUIRE_TIMEOUT_MS);
    }
    throw error;
  }
}
