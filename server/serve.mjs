// The production server: Next.js's request handler behind a whole-response cache
// (server/response-cache.mjs). SIGTERM: stop accepting, finish in-flight requests, exit 0.
//   node server/serve.mjs -p 3000        (DATABASE_URL must be set; npm start does this)
import { createServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import next from 'next';
import { resolve } from 'node:path';
import pg from 'pg';
import { guardRequestBody } from './body-limit.mjs';
import { createHealthCheck, healthResponse } from './health.mjs';
import { markInterruptedImports } from './interrupted-imports.mjs';
import { CLIENT_HEADER, clientAddressOf, trustedProxies, viaTrustedHttpsProxy } from './client-address.mjs';
import { createExportLimit, EXPORT_LIMITED } from './rate-limit.mjs';
import { createResponseCache } from './response-cache.mjs';
import { headersForPath, securityHeaders, STRICT_TRANSPORT_SECURITY } from './security-headers.mjs';
import { canonicalTarget, knownSafeTarget, screenRequest } from './front-door.mjs';
import { warmPaths, warmUp } from './warm-up.mjs';
import { createOutageWatch, holdServerErrors, unavailableResponse } from './outage.mjs';
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

// Exports are limited here, before the cache, so a cached CSV counts like a computed one; the
// route handlers learn each request's client address from the x-atlas-client header set below.
process.env.ATLAS_FRONT_SERVER = '1';
const exportLimit = createExportLimit();
const isExport = (url) => /^[^?]*\.csv(\?|$)/.test(url ?? '');
const trust = trustedProxies(config.ATLAS_TRUSTED_PROXIES);
// HSTS on every answer when the public origin is https, else only on requests a trusted proxy says came over TLS.
const alwaysHttps = config.ATLAS_PUBLIC_ORIGIN?.startsWith('https:') ?? false;

const app = next({ dev: false, dir: ROOT, port, hostname: 'localhost' });
const handleNext = app.getRequestHandler();
try {
  await app.prepare();
} catch (error) {
  // e.g. no production build in .next: one line, not a stack trace.
  console.error(`[serve] cannot start: ${String(error?.message ?? error).split('\n')[0]}`);
  process.exit(1);
}

const useCache = config.ATLAS_RESPONSE_CACHE;
const cache = useCache
  ? createResponseCache({
      databaseUrl: config.DATABASE_URL,
      replicaUrl: config.DATABASE_REPLICA_URL,
      maxEntryBytes: config.ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES,
      log: (l) => console.log(`[serve] ${l}`),
    })
  : null;
// Listen once the cache knows the data version: on a loaded machine the first poll can time out,
// and until a poll succeeds nothing is cached (bounded: a database that is down does not keep the
// server from answering 503s and health probes).
const versionDeadline = Date.now() + 10_000;
await cache?.ready();
while (cache && cache.stats().version === null && Date.now() < versionDeadline) {
  await new Promise((r) => setTimeout(r, 100));
  await cache.ready();
}

// Balancer probes are answered here, not by Next.js: the same check as app/api/health/route.ts.
const healthPool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 1, application_name: 'atlas-health' });
healthPool.on('error', () => {});
// Imports that a killed server left "running" are recorded as interrupted (server/interrupted-imports.mjs).
await markInterruptedImports(healthPool).then(
  (ids) => ids.length && console.log(`[serve] import${ids.length > 1 ? 's' : ''} ${ids.join(', ')} marked interrupted`),
  (error) => console.error(`[serve] could not check for interrupted imports: ${error.message}`),
);
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
// The warm start's own requests (server/warm-up.mjs) are marked on the request object, which no
// client can set: they are the server loading its code, not a reader's exports, so they do not
// use up the export limit of the loopback address.
const WARM_UP = Symbol('warm-up request');
function listener(req, res) {
  if (closing) res.setHeader('Connection', 'close');
  // Only this server says who the client is: a copy sent by the client is dropped first.
  delete req.headers[CLIENT_HEADER];
  const client = clientAddressOf(req, trust);
  req.headers[CLIENT_HEADER] = client;
  if (alwaysHttps || viaTrustedHttpsProxy(req, trust)) res.setHeader(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  // Every response gets the security headers of its path, including those Next.js answers without
  // its headers() (the 308 of a trailing slash); what Next.js sets for a page replaces them in kind.
  for (const { key, value } of headersForPath(req.url ?? '/', true)) res.setHeader(key, value);
  const refused = screenRequest(req.method, req.url);
  if (refused) return send(res, refused);
  // Bodies are capped per route before anything reads them (server/body-limit.mjs).
  if (!guardRequestBody(req, res, { importMaxBytes: config.ATLAS_IMPORT_MAX_BYTES, headers: ownHeaders })) return;
  if (isHealth(req.url) && req.method === 'GET') {
    health().then((result) => {
      const { status, headers, body } = healthResponse(result);
      res.writeHead(status, { ...ownHeaders, ...headers });
      res.end(JSON.stringify(body));
    });
    return;
  }
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
  if (req.method === 'GET' || req.method === 'HEAD') req.url = req.headers.rsc ? knownSafeTarget(req.url) : canonicalTarget(req.url);
  const run = () => handleNext(req, res);
  const pass = () => (cache ? cache.handle(req, res, run) : run());
  if (!isExport(req.url) || req[WARM_UP]) return pass();
  exportLimit.consume(client).then(
    (verdict) => {
      if (verdict.ok) return pass();
      res.writeHead(429, { ...ownHeaders, 'content-type': 'application/json', 'retry-after': String(verdict.retryAfterSeconds), 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: EXPORT_LIMITED, issues: [] }));
    },
    (error) => {
      console.error(`[serve] export limit unavailable: ${error?.message ?? error}`);
      res.writeHead(503, { ...ownHeaders, 'content-type': 'application/json', 'retry-after': '5', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: 'the export limit cannot be checked right now; try again shortly', issues: [] }));
    },
  );
}
const server = createServer(listener);
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
server.on('error', (error) => {
  const why = error.code === 'EADDRINUSE' ? 'the port is in use — stop that process or choose another port (-p / PORT)' : error.message;
  console.error(`[serve] cannot listen on ${hostname}:${port}: ${why}`);
  process.exit(1);
});
// A warm start (ATLAS_WARM_PATHS): the port opens once the pages readers land on are rendered.
const toWarm = warmPaths(config.ATLAS_WARM_PATHS);
if (toWarm.length) {
  const warmListener = (req, res) => {
    req[WARM_UP] = true;
    listener(req, res);
  };
  const warmed = await warmUp(warmListener, toWarm, { dataVersion: () => cache?.stats().version ?? null, log });
  log(`warm start: ${warmed.rendered} of ${toWarm.length} paths rendered in ${(warmed.ms / 1000).toFixed(1)} s${warmed.rounds > 1 ? ` (${warmed.rounds} rounds: the data changed meanwhile)` : ''}${warmed.failed.length ? `; not warmed: ${warmed.failed.slice(0, 5).join(', ')}${warmed.failed.length > 5 ? ' …' : ''}` : ''}`);
}
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
// Started by scripts/start.mjs with an IPC channel: when that supervisor is gone (even by SIGKILL),
// the channel closes and the server stops too, instead of serving on as an orphan.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', shutdown);
}
