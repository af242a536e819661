// Uncached latency of the case-study routes, all read from the store: goal p50 ≤ 50 ms per route.
//   node bench/case-studies.mjs                 starts the app (ATLAS_RESPONSE_CACHE=0) on its own ports
//   BENCH_URL=http://127.0.0.1:41000 node bench/case-studies.mjs   measures a server already running
//                                                                 with ATLAS_RESPONSE_CACHE=0
// One request at a time (latency, not throughput): 3 warm-up requests, then REQUESTS timed ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/lib/free-port.mjs';
import { fmt, startApp, stopApp, verdict } from './lib.mjs';
import { CASE_STUDY_ROUTES } from './routes.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const GOAL_P50_MS = 50;

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
  dir = mkdtempSync(join(tmpdir(), 'atlas-bench-cases-'));
  process.env.ATLAS_RESPONSE_CACHE = '0';
  app = await startApp({ port: await freePort(), pgPort: await freePort(), pgDir: join(dir, 'pg') });
  base = app.url;
}
let misses = 0;
try {
  console.log(`uncached case-study routes, ${REQUESTS} sequential requests each (goal p50 ≤ ${GOAL_P50_MS} ms)`);
  for (const path of CASE_STUDY_ROUTES) {
    const { p50, p95 } = await measure(base, path);
    if (p50 > GOAL_P50_MS) misses++;
    console.log(`${verdict(p50 <= GOAL_P50_MS)}  p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${path}`);
  }
} finally {
  if (app) await stopApp(app.child);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
process.exitCode = misses ? 1 : 0;
