// Rate limits for exports, imports and sign-in, counted by rate-limiter-flexible. By default the
// counts live in this process's memory (RateLimiterMemory: every key expires on its own at the end
// of its window, so memory is bounded by the clients of one window, and no count is ever reset for
// everyone); with ATLAS_RATE_LIMIT_STORE=postgres they live in the table rate_limit
// (prisma/migrations/…_admin_session_rate_limit), shared by every instance on the database. Plain
// JavaScript so that server/serve.mjs (in front of the response cache) and the route handlers
// share one rule.
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { settings } from '../lib/settings.mjs';

export const RATE_LIMIT_TABLE = 'rate_limit';

let sharedPool = null;
function storePool() {
  if (!sharedPool) {
    sharedPool = new pg.Pool({ connectionString: settings().DATABASE_URL, max: 2, connectionTimeoutMillis: 2000, application_name: 'atlas-rate-limit' });
    // An idle client that loses its server must not take the process down.
    sharedPool.on('error', () => {});
  }
  return sharedPool;
}

function limiterFor({ name, points, durationSeconds, blockSeconds = 0 }) {
  const options = { keyPrefix: name, points, duration: durationSeconds, blockDuration: blockSeconds };
  if (settings().ATLAS_RATE_LIMIT_STORE !== 'postgres') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: storePool(),
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    // The table is declared by a migration, not created on the fly.
    tableCreated: true,
    // While PostgreSQL is unreachable each instance counts on its own rather than letting everything through.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/**
 * A limit of `points` per `durationSeconds` per key (with `blockSeconds`, a key over the limit stays
 * refused that long). consume() resolves { ok: true, consumed } or { ok: false, retryAfterSeconds }.
 */
export function createLimiter(spec) {
  const limiter = limiterFor(spec);
  const refused = (res) => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) });
  return {
    async consume(key, cost = 1) {
      try {
        const res = await limiter.consume(key, cost);
        return { ok: true, consumed: res.consumedPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return refused(rejection);
        throw rejection;
      }
    },
    /** The points the key has used in its current window (or block) and the seconds until that ends. */
    async state(key) {
      const res = await limiter.get(key);
      return { consumed: res?.consumedPoints ?? 0, retryAfterSeconds: res ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0 };
    },
    /** Forgets the key's count (a success ends a run of failures). */
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

/** The export limit's setting, shared by both places that may apply it. */
export const exportLimitPerMinute = () => settings().EXPORT_RATE_LIMIT;

/** Exports per client and minute; server/serve.mjs applies it before the response cache, `next dev` in the handlers. */
export const createExportLimit = () => createLimiter({ name: 'export', points: exportLimitPerMinute(), durationSeconds: 60 });

export const EXPORT_LIMITED = 'too many export requests; slow down';
