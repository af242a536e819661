// Server throughput and latency per route, next to a bare node:http server that returns the
// identical bytes, in the same run. Loopback only; every load is bounded in time.
//   node bench/server.mjs [seconds=10] [connections=32]
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fmt, ROOT, startApp, stopApp, verdict } from './lib.mjs';

const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 32);
const ROUTES = [
  ['page', '/en'], ['page', '/zh'], ['page', '/en/villages'], ['page', '/zh/villages?province=330000'],
  ['page', '/en/users'], ['page', '/zh/transactions'], ['page', '/en/sources'],
  ['api', '/api/v1/taobao-villages/cities?province=Zhejiang'], ['api', '/api/v1/taobao-villages/cities.csv'],
  ['api', '/api/v1/taobao-villages/provinces?year=2019'], ['api', '/api/v1/taobao-villages/national'],
  ['api', '/api/v1/series'], ['api', '/api/v1/series/cnnic-internet-users'], ['api', '/api/v1/openapi.json'],
];

function load(url) {
  return new Promise((resolveRun, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (err, r) => (err ? reject(err) : resolveRun(r)));
  });
}

async function bareTwin(url) {
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const server = createServer((_req, out) => {
    out.writeHead(200, { 'content-type': type, 'content-length': body.length });
    out.end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

const app = await startApp({ port: 3300, pgPort: 54359, pgDir: resolve(ROOT, '.data/pg-bench') });
console.log(`start-up: ${fmt(app.startupMs / 1000, 2)} s from launch to first 200 (goal ≤ 5 s, build present) ${verdict(app.startupMs <= 5000)}`);
console.log(`load: ${CONNECTIONS} connections × ${SECONDS} s per route, loopback, node ${process.version}\n`);
console.log(['kind', 'route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bare req/s', 'app/bare', 'goal', 'verdict'].join('\t'));
const rows = [];
try {
  for (const [kind, path] of ROUTES) {
    const url = `${app.url}${path}`;
    // Warm the cache entry autocannon will hit (it sends no Accept-Encoding).
    await fetch(url, { headers: { 'accept-encoding': 'identity' } }).then((res) => res.arrayBuffer());
    const r = await load(url);
    const twin = await bareTwin(url);
    const bare = await load(twin.url);
    twin.server.close();
    const ratio = r.requests.average / bare.requests.average;
    const goalRatio = kind === 'page' ? 0.5 : 0.3;
    const errors = r.errors + r.timeouts + r.non2xx;
    const ok = ratio >= goalRatio && r.latency.p99 <= 25 && errors === 0;
    rows.push({ kind, path, ok });
    console.log([kind, path, fmt(r.requests.average, 0), fmt(r.latency.p50), fmt(r.latency.p99), errors, fmt(bare.requests.average, 0), fmt(ratio, 2), `≥${goalRatio}, p99≤25`, verdict(ok)].join('\t'));
  }
} finally {
  await stopApp(app.child);
}
console.log(`\n${rows.filter((r) => r.ok).length} of ${rows.length} routes meet their goals`);
