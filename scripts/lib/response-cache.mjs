// Whole-response cache for GET pages and read APIs. Everything they show changes only when the
// store's data version (app_meta 'data_version', bumped by the seed and by every import) changes,
// so an entry is valid until the version moves; the version is polled once a second.
import pg from 'pg';

const EXCLUDED = [/^\/api\/health/, /^\/api\/v1\/imports/, /\/admin(\/|$)/, /^\/_next\//];
// CSV exports are cached too; scripts/serve.mjs applies the export limit before the cache.
const CACHEABLE_TYPES = /^(text\/html|application\/json|text\/csv)/;

export function createResponseCache({ databaseUrl, maxEntries = 2000, maxBytes = 128 * 1024 * 1024, maxEntryBytes = 8 * 1024 * 1024, ttlMs = 10 * 60_000, pollMs = 1000, log = () => {} }) {
  const entries = new Map();
  let bytes = 0;
  let version = null;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 1000 });
  pool.on('error', () => {});

  function clear() {
    entries.clear();
    bytes = 0;
  }

  async function poll() {
    try {
      const { rows } = await pool.query("SELECT value FROM app_meta WHERE key = 'data_version'");
      const next = rows[0]?.value ?? 'none';
      if (next !== version) {
        if (version !== null) log(`data version changed: response cache cleared (${entries.size} entries)`);
        clear();
        version = next;
      }
    } catch {
      // Unknown version while the database is unreachable: stop serving and storing entries.
      version = null;
      clear();
    }
  }
  const timer = setInterval(poll, pollMs);
  timer.unref();

  const keyOf = (req) => {
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gz' : 'id';
    return `${gzip} ${req.url}`;
  };

  const cacheable = (req) =>
    req.method === 'GET' &&
    version !== null &&
    !req.headers.rsc &&
    !req.headers['next-router-state-tree'] &&
    !req.headers.authorization &&
    !EXCLUDED.some((re) => re.test(req.url ?? ''));

  /** Serves from the cache, or passes through and stores a cacheable 200. Returns true when served. */
  function handle(req, res, next) {
    if (!cacheable(req)) return next();
    const key = keyOf(req);
    const hit = entries.get(key);
    // A TTL as well, because pages print the access date in their citation text.
    if (hit && Date.now() - hit.storedAt > ttlMs) {
      entries.delete(key);
      bytes -= hit.body.length;
    } else if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      res.writeHead(hit.status, { ...hit.headers, 'x-atlas-cache': 'hit' });
      res.end(hit.body);
      return undefined;
    }
    const versionAtStart = version;
    let chunks = [];
    let collected = 0;
    // A body larger than one entry may be (a streamed village list) is passed through, not kept.
    const keep = (chunk) => {
      if (!chunks || !chunk || typeof chunk === 'function') return;
      collected += chunk.length;
      if (collected > maxEntryBytes) chunks = null;
      else chunks.push(Buffer.from(chunk));
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
      return end(chunk, ...rest);
    };
    return next();
  }

  return {
    handle,
    ready: poll,
    stats: () => ({ entries: entries.size, bytes, version }),
    close: async () => {
      clearInterval(timer);
      await pool.end().catch(() => {});
    },
  };
}
