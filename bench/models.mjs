// Uncached latency of the business-models routes, read from the store (lib/queries/models.ts):
// goal p50 ≤ 50 ms for the API; the page is reported beside it.
//   BENCH_URL=http://127.0.0.1:42000 node bench/models.mjs   a server already running with ATLAS_RESPONSE_CACHE=0
//   node bench/models.mjs                                    starts the app (ATLAS_RESPONSE_CACHE=0) on ports of its own
// One request at a time (latency, not throughput): 3 warm-up requests, then BENCH_REQUESTS timed ones.
// A store-read route that does not touch the models tables is measured beside them, so a loaded
// machine shows up as such rather than as a slow route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/lib/free-port.mjs';
import { fmt, startApp, stopApp, verdict } from './lib.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const GOAL_P50_MS = 50;
const API = ['/api/v1/models', '/api/v1/models?capital=1&info=3&mgmt=3', '/api/v1/models.csv', '/api/v1/models.csv?lang=zh'];
const PAGES = ['/en/models', '/zh/models?capital=2&info=2&mgmt=2'];
const REFERENCE = '/api/v1/taobao-villages/national';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function measure(base, path) {
  const times = [];
  for (let i = 0; i < REQUESTS + 3; i++) {
    const started = performance.now();
    const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    if (response.headers.get('x-atlas-cache')) throw new Error(`${path}: served from the response cache; run with ATLAS_RESPONSE_CACHE=0`);
    if (i >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

let app = null;
let dir = null;
let base = process.env.BENCH_URL;
if (!base) {
  dir = mkdtempSync(join(tmpdir(), 'atlas-bench-models-'));
  process.env.ATLAS_RESPONSE_CACHE = '0';
  app = await startApp({ port: await freePort(), pgPort: await freePort(), pgDir: join(dir, 'pg') });
  base = app.url;
}
let misses = 0;
try {
  console.log(`uncached models routes, ${REQUESTS} sequential requests each (goal: API p50 ≤ ${GOAL_P50_MS} ms)`);
  for (const path of API) {
    const { p50, p95 } = await measure(base, path);
    if (p50 > GOAL_P50_MS) misses++;
    console.log(`${verdict(p50 <= GOAL_P50_MS)}  p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${path}`);
  }
  for (const path of [...PAGES, REFERENCE]) {
    const { p50, p95 } = await measure(base, path);
    console.log(`      p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${path}${path === REFERENCE ? '  (reference: one small read, no models tables)' : ''}`);
  }
} finally {
  if (app) await stopApp(app.child);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = misses ? 1 : 0;
