// Whole-response cache for GET pages and read APIs. Everything they show changes only when the
// store's data version (app_meta 'data_version', bumped by the seed and by every import) changes,
// so an entry is valid until the version moves; the version is polled once a second.
import pg from 'pg';
import { recordVersions } from '../lib/db/replica-route.mjs';

const EXCLUDED = [/^\/api\/health/, /^\/api\/v1\/imports/, /\/admin(\/|$)/, /^\/_next\//];
// CSV exports are cached too; server/serve.mjs applies the export limit before the cache.
const CACHEABLE_TYPES = /^(text\/html|application\/json|text\/csv)/;

const LOST = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (shutting down|starting up|in recovery mode)/i;
const connectionLost = (error) => ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'].includes(error?.code) || LOST.test(String(error?.message));

export function createResponseCache({ databaseUrl, replicaUrl, maxEntries = 2000, maxBytes = 128 * 1024 * 1024, maxEntryBytes = 8 * 1024 * 1024, ttlMs = 10 * 60_000, pollMs = 1000, staleMs = 5000, maxWaitMs = 5000, log = () => {} }) {
  const entries = new Map();
  let bytes = 0;
  let version = null;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 1000 });
  pool.on('error', () => {});
  // With a read replica, each poll also asks the replica which version it has replayed: reads go
  // to it only while that equals the primary's (lib/db/replica-route.mjs), so a page computed
  // after the version changed never comes from a replica that lags and then stays in the cache.
  const replicaPool = replicaUrl ? new pg.Pool({ connectionString: replicaUrl, max: 1, connectionTimeoutMillis: 1000, application_name: 'atlas-replica-version' }) : null;
  replicaPool?.on('error', () => {});
  const VERSION_SQL = "SELECT value FROM app_meta WHERE key = 'data_version'";
  async function replicaVersion() {
    try {
      const { rows } = await replicaPool.query(VERSION_SQL);
      return { replicaVersion: rows[0]?.value ?? 'none', replicaAnswered: true };
    } catch {
      return { replicaVersion: null, replicaAnswered: false };
    }
  }

  function clear() {
    entries.clear();
    bytes = 0;
  }

  // A poll that fails because the server refused or dropped the connection means the database is
  // down: stop serving entries (so pages and APIs report the outage). A poll that is merely slow
  // (a saturated event loop under load) must not empty the cache, or every request recomputes at
  // once and the load feeds itself; only a version unknown for longer than `staleMs` does.
  let polling = false;
  let lastConfirmed = Date.now();
  async function poll() {
    if (polling) return;
    polling = true;
    try {
      const { rows } = await pool.query(VERSION_SQL);
      const next = rows[0]?.value ?? 'none';
      lastConfirmed = Date.now();
      // Routing first, then the cache: nothing computed under the new version reads a lagging replica.
      if (replicaPool) recordVersions({ primaryVersion: next, ...(await replicaVersion()) });
      if (next !== version) {
        if (version !== null) log(`data version changed: response cache cleared (${entries.size} entries)`);
        clear();
        version = next;
      }
    } catch (error) {
      if (connectionLost(error) || Date.now() - lastConfirmed > staleMs) {
        if (version !== null) log(`data version unknown (${error?.message ?? error}): response cache off until the database answers`);
        version = null;
        clear();
      }
    } finally {
      polling = false;
    }
  }
  const timer = setInterval(poll, pollMs);
  timer.unref();

  // What a cached response varies on: the target (server/serve.mjs has already made it canonical —
  // parameters sorted, a page's unknown ones dropped — and pinned Host to the public origin, so no
  // client-chosen host is part of a response) and whether the body is gzipped.
  const keyOf = (req) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gz' : 'id';
    return `${gzip} ${req.url}`;
  };

  // Credentials (Authorization, cookies) are not part of the key and do not bypass the cache: the
  // routes that read them (imports, the admin page, health) are EXCLUDED and never cached, and
  // every cached route answers the same whoever asks. Skipping the cache for them let any client
  // force a full render per request. Unsafe methods never get here (server/front-door.mjs: 405),
  // and only GET responses are stored; a HEAD is answered from a stored GET when there is one.
  const cacheable = (req) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    version !== null &&
    !req.headers.rsc &&
    !req.headers['next-router-state-tree'] &&
    !EXCLUDED.some((re) => re.test(req.url ?? ''));

  /** The stored entry for a key, if it is still within its TTL (pages print the access date in their citation text). */
  function fresh(key) {
    const hit = entries.get(key);
    if (!hit) return null;
    entries.delete(key);
    if (Date.now() - hit.storedAt > ttlMs) {
      bytes -= hit.body.length;
      return null;
    }
    entries.set(key, hit); // most recently used last
    return hit;
  }

  function serve(res, hit, head = false) {
    res.writeHead(hit.status, { ...hit.headers, 'x-atlas-cache': 'hit' });
    res.end(head ? undefined : hit.body);
  }

  // Single flight: while one request for a key is being computed, the others for that key wait for
  // it and are then served its stored bytes, instead of all computing the same page at once (after
  // a start or an import every popular page would otherwise be rendered once per waiting client).
  const inflight = new Map();

  /** Serves from the cache, waits for an identical request in flight, or passes through and stores a cacheable 200. */
  function handle(req, res, next) {
    if (!cacheable(req)) return next();
    const key = keyOf(req);
    const hit = fresh(key);
    if (req.method === 'HEAD') return hit ? serve(res, hit, true) : next();
    if (hit) return serve(res, hit);
    const pending = inflight.get(key);
    if (pending) {
      // Wait for the first computation, but not for ever: a first client that reads its answer
      // slowly (or stalls on purpose) must not hold every later request for the same URL.
      let timer;
      const waited = new Promise((r) => (timer = setTimeout(r, maxWaitMs)));
      Promise.race([pending, waited]).then(() => {
        clearTimeout(timer);
        const stored = fresh(key);
        if (stored) return serve(res, stored);
        // Not stored (an error, or too large): this request is computed on its own.
        res.setHeader('x-atlas-cache', 'miss');
        return next();
      });
      return undefined;
    }
    let settle;
    const flight = new Promise((r) => (settle = r));
    inflight.set(key, flight);
    const land = () => {
      if (inflight.get(key) === flight) inflight.delete(key);
      settle();
    };
    res.once('close', land);

    const versionAtStart = version;
    let chunks = [];
    let collected = 0;
    // A body larger than one entry may be (a streamed village list) is passed through, not kept,
    // and whoever waits for it is let go at once rather than after the whole stream.
    const keep = (chunk) => {
      if (!chunks || !chunk || typeof chunk === 'function') return;
      collected += chunk.length;
      if (collected > maxEntryBytes) {
        chunks = null;
        land();
      } else chunks.push(Buffer.from(chunk));
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.setHeader('x-atlas-cache', 'miss');
    res.write = (chunk, ...rest) => {
      keep(chunk);
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      keep(chunk);
      const type = String(res.getHeader('content-type') ?? '');
      if (chunks && res.statusCode === 200 && CACHEABLE_TYPES.test(type) && version === versionAtStart && version !== null) {
        const headers = { ...res.getHeaders() };
        delete headers['set-cookie'];
        // Decided per request by server/serve.mjs (only answers over TLS carry it).
        delete headers['strict-transport-security'];
        delete headers['x-atlas-cache'];
        const body = Buffer.concat(chunks);
        bytes += body.length;
        entries.set(key, { status: 200, headers, body, storedAt: Date.now() });
        while (entries.size > maxEntries || bytes > maxBytes) {
          const [oldest, entry] = entries.entries().next().value;
          entries.delete(oldest);
          bytes -= entry.body.length;
        }
      }
      const result = end(chunk, ...rest);
      land();
      return result;
    };
    return next();
  }

  return {
    handle,
    ready: poll,
    stats: () => ({ entries: entries.size, bytes, version, inflight: inflight.size }),
    close: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
      await replicaPool?.end().catch(() => {});
    },
  };
}
