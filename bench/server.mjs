// Server throughput and latency per route, next to a bare node:http server that returns the
// identical bytes, in the same run. Loopback only; every load is bounded in time.
//   node bench/server.mjs [seconds=10] [connections=32]
import autocannon from 'autocannon';
import { createServer, get } from 'node:http';
import { resolve } from 'node:path';
import { fmt, ROOT, startApp, stopApp, verdict } from './lib.mjs';
import { API_ROUTES, PAGE_ROUTES } from './routes.mjs';

const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 32);
const ROUTES = [...PAGE_ROUTES.map((p) => ['page', p]), ...API_ROUTES.map((p) => ['api', p])];
// Requests carry Accept-Encoding: gzip, as browsers send it; the bare twin returns the same
// (compressed) bytes with the same headers.
const HEADERS = { 'accept-encoding': 'gzip' };

function load(url) {
  return new Promise((resolveRun, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: HEADERS }, (err, r) => (err ? reject(err) : resolveRun(r)));
  });
}

/** The app's response as sent on the wire (not decompressed), for the bare twin to replay. */
function capture(url) {
  return new Promise((done, fail) => {
    get(url, { headers: HEADERS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

async function bareTwin(url) {
  const { body, headers } = await capture(url);
  const twinHeaders = { 'content-type': headers['content-type'] ?? 'application/octet-stream', 'content-length': body.length };
  if (headers['content-encoding']) twinHeaders['content-encoding'] = headers['content-encoding'];
  const server = createServer((_req, out) => {
    out.writeHead(200, twinHeaders);
    out.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/`, bytes: body.length, encoding: headers['content-encoding'] ?? 'identity' };
}

const app = await startApp({ port: 3300, pgPort: 54359, pgDir: resolve(ROOT, '.data/pg-bench') });
console.log(`start-up: ${fmt(app.startupMs / 1000, 2)} s from launch to first 200 (goal ≤ 5 s, build present) ${verdict(app.startupMs <= 5000)}`);
console.log(`load: ${CONNECTIONS} connections × ${SECONDS} s per route, loopback, node ${process.version}\n`);
console.log(['kind', 'route', 'bytes sent', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bare req/s', 'app/bare', 'goal', 'verdict'].join('\t'));
const rows = [];
try {
  for (const [kind, path] of ROUTES) {
    const url = `${app.url}${path}`;
    // Warm the cache entry autocannon will hit, and keep its bytes for the twin.
    const twin = await bareTwin(url);
    const r = await load(url);
    const bare = await load(twin.url);
    twin.server.close();
    const ratio = r.requests.average / bare.requests.average;
    const goalRatio = kind === 'page' ? 0.5 : 0.3;
    const errors = r.errors + r.timeouts + r.non2xx;
    const ok = ratio >= goalRatio && r.latency.p99 <= 25 && errors === 0;
    rows.push({ kind, path, ok });
    console.log([kind, path, `${fmt(twin.bytes / 1024)} KB ${twin.encoding}`, fmt(r.requests.average, 0), fmt(r.latency.p50), fmt(r.latency.p99), errors, fmt(bare.requests.average, 0), fmt(ratio, 2), `≥${goalRatio}, p99≤25`, verdict(ok)].join('\t'));
  }
} finally {
  await stopApp(app.child);
}
console.log(`\n${rows.filter((r) => r.ok).length} of ${rows.length} routes meet their goals`);
