// Whole-response cache for GET pages and read APIs. Everything they show changes only when the
// store's data version (app_meta 'data_version', bumped by the seed and by every import) changes,
// so an entry is valid until the version moves; the version is polled once a second.
//
// After the version moves, the previous version's entries are kept for `standInMs` (3 s) as a stand-in
// while the new ones are rendered: a request whose URL has a previous entry renders it anew (and
// is answered with the new data) unless that URL is already being rendered or `maxRefreshes`
// renders of previous entries are running, in which case it gets the previous answer at once
// (x-atlas-cache: stale); a free render goes to the slowest previous answers readers ask for first.
// Every answer is whole, from one data version; no URL flips back to the previous version once
// re-rendered; after `standInMs` nothing of the previous version is served
// (3 s: the poll notices a commit within about 1 s, up to 2 s on a saturated machine, so a
// request sent 5 s after a commit gets the new data).
// Without this, an import emptied the cache and every route of every instance was rendered at
// once under load, and the first answer with the new data took 5–9 s (docs/performance.md).
//
// Answers whose URL depends on a narrower version (server/cache-scopes.mjs: the series, or only the
// seed's tables) are not re-rendered at all when the overall version moves but theirs did not: a
// village import then renders about half of the routes anew, not all of them.
import pg from 'pg';
import { recordVersions } from '../lib/db/replica-route.mjs';
import { ALL_VERSION_KEYS, DATA_VERSION_KEY, SCOPED_VERSION_KEYS } from '../lib/data/data-version.mjs';
import { cacheScopeOf } from './cache-scopes.mjs';

const EXCLUDED = [/^\/api\/health/, /^\/api\/v1\/imports/, /\/admin(\/|$)/, /^\/_next\//];
// CSV exports are cached too; server/serve.mjs applies the export limit before the cache.
const CACHEABLE_TYPES = /^(text\/html|application\/json|text\/csv)/;

const LOST = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (shutting down|starting up|in recovery mode)/i;
const connectionLost = (error) => ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'].includes(error?.code) || LOST.test(String(error?.message));

export function createResponseCache({ databaseUrl, replicaUrl, maxEntries = 2000, maxBytes = 128 * 1024 * 1024, maxEntryBytes = 8 * 1024 * 1024, ttlMs = 10 * 60_000, pollMs = 1000, staleMs = 5000, maxWaitMs = 5000, standInMs = 3000, maxRefreshes = 2, log = () => {} }) {
  const entries = new Map();
  let bytes = 0;
  let version = null;
  // The narrower versions read with it (null where the store has none yet: such answers follow `version`).
  let scoped = { series: null, seed: null };
  // The moment this process saw the current version replace another one (null: no previous
  // entries may be served), and how many previous entries there were then.
  let changedAt = null;
  let previousCount = 0;
  let refreshing = 0;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 1000 });
  pool.on('error', () => {});
  // With a read replica, each poll also asks the replica which version it has replayed: reads go
  // to it only while that equals the primary's (lib/db/replica-route.mjs), so a page computed
  // after the version changed never comes from a replica that lags and then stays in the cache.
  const replicaPool = replicaUrl ? new pg.Pool({ connectionString: replicaUrl, max: 1, connectionTimeoutMillis: 1000, application_name: 'atlas-replica-version' }) : null;
  replicaPool?.on('error', () => {});
  const VERSION_SQL = `SELECT value FROM app_meta WHERE key = '${DATA_VERSION_KEY}'`;
  // One statement, so the overall and the narrower versions are one snapshot.
  const VERSIONS_SQL = { text: 'SELECT key, value FROM app_meta WHERE key = ANY($1)', values: [ALL_VERSION_KEYS] };
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
    changedAt = null;
  }

  function drop(key, entry) {
    entries.delete(key);
    bytes -= entry.body.length;
  }

  /** Whether previous-version entries may still be served (the window after a version change). */
  const inStaleWindow = () => changedAt !== null && Date.now() - changedAt < standInMs;

  /** Ends the window: what was not re-rendered in it is dropped, and the log says how far it got. */
  function closeStaleWindow() {
    if (changedAt === null) return;
    let left = 0;
    for (const [key, entry] of entries) {
      if (entry.version === version) continue;
      drop(key, entry);
      left += 1;
    }
    log(`${((Date.now() - changedAt) / 1000).toFixed(1)} s after the data version change: ${previousCount - left} of ${previousCount} previous entries re-rendered, ${left} dropped`);
    changedAt = null;
  }

  /** Whether an entry's own narrower version is unchanged in `next` (so its answer is still current). */
  const untouched = (entry, next) => entry.scope !== 'all' && entry.scopedVersion !== null && entry.scopedVersion === next[entry.scope];

  /**
   * A new version: entries whose narrower version did not move become entries of the new one; the
   * other entries of the one it replaces stay as stand-ins; anything older goes.
   */
  function changeVersion(next, nextScoped) {
    const outgoing = version;
    // A window still open from the change before is closed first: its leftovers are two versions old.
    closeStaleWindow();
    version = next;
    if (outgoing === null) {
      scoped = nextScoped;
      return clear();
    }
    let kept = 0;
    for (const [key, entry] of entries) {
      if (entry.version !== outgoing) drop(key, entry);
      else if (untouched(entry, nextScoped)) {
        entry.version = next;
        kept += 1;
      }
    }
    scoped = nextScoped;
    previousCount = entries.size - kept;
    changedAt = Date.now();
    log(`data version changed: ${kept} cached answers unaffected and kept; ${previousCount} served for up to ${standInMs / 1000} s while they are rendered anew`);
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
      const { rows } = await pool.query(VERSIONS_SQL);
      const value = (key) => rows.find((r) => r.key === key)?.value ?? null;
      const next = value(DATA_VERSION_KEY) ?? 'none';
      const nextScoped = { series: value(SCOPED_VERSION_KEYS.series), seed: value(SCOPED_VERSION_KEYS.seed) };
      lastConfirmed = Date.now();
      // Routing first, then the cache: nothing computed under the new version reads a lagging replica.
      if (replicaPool) recordVersions({ primaryVersion: next, ...(await replicaVersion()) });
      if (next !== version) changeVersion(next, nextScoped);
      else if (changedAt !== null && !inStaleWindow()) closeStaleWindow();
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

  /**
   * The stored entry for a key, if it is still within its TTL (pages print the access date in
   * their citation text) and of the current version — or, with `previous`, of the previous one
   * while the window after a version change is open.
   */
  function fresh(key, { previous = false } = {}) {
    const hit = entries.get(key);
    if (!hit) return null;
    if (Date.now() - hit.storedAt > ttlMs || (hit.version !== version && !inStaleWindow())) {
      drop(key, hit);
      return null;
    }
    if (hit.version !== version && !previous) return null;
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit;
  }

  function serve(res, hit, head = false) {
    res.writeHead(hit.status, { ...hit.headers, 'x-atlas-cache': hit.version === version ? 'hit' : 'stale' });
    res.end(head ? undefined : hit.body);
  }

  /**
   * Whether a previous entry may take a free re-render now: the free renders go to the answers that
   * took longest to render, among those readers are asking for (a previous answer nobody asks for
   * must not hold the line). Rendered in arrival order, the slowest page (the villages page, ~2 s on
   * a busy machine) often started last and arrived after the 5 s goal (docs/performance.md).
   */
  function nextInLine(key, entry) {
    const free = maxRefreshes - refreshing;
    let before = 0;
    for (const [other, e] of entries) {
      if (other === key || e.version === version || !e.asked || inflight.has(other)) continue;
      if ((e.renderMs ?? 0) > (entry.renderMs ?? 0) && ++before >= free) return false;
    }
    return true;
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
    // The previous version's answer stands in while this URL is rendered anew, or while enough
    // other previous entries are: re-rendering every route at once is what made the new data late.
    const previous = fresh(key, { previous: true });
    if (previous) previous.asked = true;
    if (previous && (pending || refreshing >= maxRefreshes || !nextInLine(key, previous))) return serve(res, previous);
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
    if (previous) refreshing += 1;
    let landed = false;
    const land = () => {
      if (landed) return;
      landed = true;
      if (previous) {
        refreshing -= 1;
        // A render that was not stored (an error, a client gone, too large) must not leave the
        // previous answer to be served after someone may already have had the new one.
        const left = entries.get(key);
        if (left && left.version !== version) drop(key, left);
      }
      if (inflight.get(key) === flight) inflight.delete(key);
      settle();
    };
    res.once('close', land);

    const versionAtStart = version;
    const renderStarted = Date.now();
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
        const replaced = entries.get(key);
        if (replaced) drop(key, replaced);
        bytes += body.length;
        // Stored only if no version moved since the render began, so `scoped` is what it read.
        const scope = cacheScopeOf(req.url ?? '');
        entries.set(key, { status: 200, headers, body, storedAt: Date.now(), version, scope, scopedVersion: scope === 'all' ? null : scoped[scope], renderMs: Date.now() - renderStarted });
        while (entries.size > maxEntries || bytes > maxBytes) {
          const [oldest, entry] = entries.entries().next().value;
          drop(oldest, entry);
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
    stats: () => ({ entries: entries.size, bytes, version, inflight: inflight.size, refreshing, stale: inStaleWindow() ? [...entries.values()].filter((e) => e.version !== version).length : 0 }),
    close: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
      await replicaPool?.end().catch(() => {});
    },
  };
}
