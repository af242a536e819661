// The production server: Next.js's request handler behind a whole-response cache
// (server/response-cache.mjs). SIGTERM: stop accepting, finish in-flight requests, exit 0.
//   node server/serve.mjs -p 3000        (DATABASE_URL must be set; npm start does this)
import { createServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import next from 'next';
import { resolve } from 'node:path';
import pg from 'pg';
import { createHealthCheck, healthResponse } from './health.mjs';
import { clientKeyOf, createRateLimit, EXPORT_LIMITED, exportLimitPerMinute } from './rate-limit.mjs';
import { canonicalTarget, screenRequest } from './front-door.mjs';
import { createOutageWatch, holdServerErrors, unavailableResponse } from './outage.mjs';
import { createResponseCache } from './response-cache.mjs';
import { securityHeaders } from './security-headers.mjs';
import { isDatabaseUnavailable } from '../lib/db/unavailable.mjs';
import { parseSettings } from '../lib/settings.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const portFlag = process.argv.indexOf('-p');
let config;
try {
  config = parseSettings(process.env);
} catch (error) {
  console.error(`[serve] ${error.message}`);
  process.exit(1);
}
if (!config.DATABASE_URL) {
  console.error('[serve] DATABASE_URL is not set: point it at the PostgreSQL to serve from (npm start sets it for you)');
  process.exit(1);
}
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : config.PORT;
const hostname = config.HOSTNAME;
// Every absolute URL the app writes names this origin, never a Host a client sent; the route
// handlers and pages read it through settings(), so the port given by -p counts here too.
process.env.ATLAS_PUBLIC_ORIGIN = process.env.ATLAS_PUBLIC_ORIGIN?.trim() ? config.ATLAS_PUBLIC_ORIGIN : `http://localhost:${port}`;
const publicHost = new URL(process.env.ATLAS_PUBLIC_ORIGIN).host;
const publicProto = new URL(process.env.ATLAS_PUBLIC_ORIGIN).protocol.slice(0, -1);

// Exports are limited here, before the cache, so a cached CSV counts like a computed one.
process.env.ATLAS_EXPORT_LIMIT_IN_SERVER = '1';
const exportLimit = createRateLimit({ limit: exportLimitPerMinute(), windowMs: 60_000 });
const isExport = (url) => /^[^?]*\.csv(\?|$)/.test(url ?? '');

const app = next({ dev: false, dir: ROOT, port, hostname: 'localhost' });
const handleNext = app.getRequestHandler();
await app.prepare();

const useCache = config.ATLAS_RESPONSE_CACHE;
const cache = useCache
  ? createResponseCache({
      databaseUrl: config.DATABASE_URL,
      maxEntryBytes: config.ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES,
      log: (l) => console.log(`[serve] ${l}`),
    })
  : null;
await cache?.ready();

// Balancer probes are answered here, not by Next.js: the same check as app/api/health/route.ts.
const healthPool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 1, application_name: 'atlas-health' });
healthPool.on('error', () => {});
const health = createHealthCheck(() => healthPool.query('SELECT 1'));
const isHealth = (url) => /^\/api\/health(\?|$)/.test(url ?? '');
const isStatic = (url) => /^\/_next\/static\//.test(url ?? '');

const ownHeaders = Object.fromEntries(securityHeaders(true).map(({ key, value }) => [key.toLowerCase(), value]));
const log = (line) => console.log(`[serve] ${line}`);

// While PostgreSQL is down every page and API answers 503 (server/outage.mjs), and the log says so
// once. A page or handler that meets the outage before the watch does logs the error through
// console.error (Next.js prints the stack): those are dropped here and make the watch look at once.
const outage = createOutageWatch(health, { log });
const consoleError = console.error.bind(console);
console.error = (...args) => {
  if (args.some((a) => isDatabaseUnavailable(a))) {
    outage.confirm();
    return;
  }
  consoleError(...args);
};
const send = (res, { status, headers, body }) => {
  res.writeHead(status, { ...ownHeaders, ...headers });
  res.end(body);
};

/**
 * Host and X-Forwarded-* name the public origin from here on, whatever the client sent: Next.js
 * (and next-intl's alternate-language Link header) build absolute URLs from them, and a cached
 * response must not carry a host one client chose. The Host the client used is kept in
 * x-atlas-client-host for the same-origin check of sign-in (lib/import/auth.ts).
 */
function pinHost(req) {
  req.headers['x-atlas-client-host'] = String(req.headers.host ?? '');
  req.headers.host = publicHost;
  req.headers['x-forwarded-host'] = publicHost;
  req.headers['x-forwarded-proto'] = publicProto;
  delete req.headers['x-forwarded-port'];
  delete req.headers.forwarded;
}

let closing = false;
const server = createServer((req, res) => {
  if (closing) res.setHeader('Connection', 'close');
  if (isHealth(req.url) && req.method === 'GET') {
    health().then((result) => {
      const { status, headers, body } = healthResponse(result);
      res.writeHead(status, { ...ownHeaders, ...headers });
      res.end(JSON.stringify(body));
    });
    return;
  }
  const refused = screenRequest(req.method, req.url);
  if (refused) return send(res, refused);
  pinHost(req);
  if (!isStatic(req.url)) {
    if (outage.isDown()) return send(res, unavailableResponse(req.url));
    holdServerErrors(res, () => outage.confirm(), () => {
      const answer = unavailableResponse(req.url);
      return { ...answer, headers: { ...ownHeaders, ...answer.headers } };
    });
  }
  // Cacheable page requests are rendered under their canonical target (unknown parameters
  // dropped, the rest sorted), the same one the cache keys them by.
  if ((req.method === 'GET' || req.method === 'HEAD') && !req.headers.rsc) req.url = canonicalTarget(req.url);
  if (isExport(req.url)) {
    const verdict = exportLimit(clientKeyOf((name) => req.headers[name]?.toString()));
    if (!verdict.ok) {
      res.writeHead(429, { ...ownHeaders, 'content-type': 'application/json', 'retry-after': String(verdict.retryAfterSeconds), 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: EXPORT_LIMITED, issues: [] }));
      return;
    }
  }
  const run = () => handleNext(req, res);
  if (cache) cache.handle(req, res, run);
  else run();
});
// Requests Node's parser refuses (an unknown method, a malformed request line, headers over the
// limit) are answered in the same error shape instead of Node's bare 400.
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({ error: tooLarge ? 'request headers too large' : 'malformed HTTP request', issues: [{ path: ['request'], message: error.code ?? 'unparsable' }] });
  socket.end(`HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
});
// CONNECT (a proxy tunnel) is no method of this site: 405, not a silently dropped connection.
server.on('connect', (_req, socket) => {
  const body = JSON.stringify({ error: 'method CONNECT not allowed', issues: [{ path: ['method'], message: 'this server is not a proxy' }] });
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nallow: GET, HEAD, OPTIONS\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`[serve] ready on http://localhost:${port}${useCache ? ' (response cache on)' : ''}`));

function shutdown() {
  if (closing) return;
  closing = true;
  // Stop accepting, but unlike http.Server#close do not drop accepted connections whose request
  // has not been read yet: they are answered (with Connection: close); idle keep-alives go later.
  NetServer.prototype.close.call(server, async () => {
    outage.stop();
    await cache?.close();
    await healthPool.end().catch(() => {});
    process.exit(0);
  });
  setTimeout(() => setInterval(() => server.closeIdleConnections(), 250), 3000).unref();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
