// Uncached latency of the business-models routes, read from the store (lib/queries/models.ts):
// goal p50 ≤ 50 ms for the API and the pages.
//   BENCH_URL=http://127.0.0.1:42000 node bench/models.mjs   a server already running with ATLAS_RESPONSE_CACHE=0
//   node bench/models.mjs                                    starts the app (ATLAS_RESPONSE_CACHE=0) on ports of its own
// One request at a time (latency, not throughput): 3 warm-up requests, then BENCH_REQUESTS timed ones.
// A store-read route that does not touch the models tables is measured beside them, so a loaded
// machine shows up as such rather than as a slow route.
import { fmt, measureUncached, uncachedApp, verdict } from './lib.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const GOAL_P50_MS = 50;
const ROUTES = ['/api/v1/models', '/api/v1/models?capital=1&info=3&mgmt=3', '/api/v1/models.csv', '/api/v1/models.csv?lang=zh', '/en/models', '/zh/models?capital=2&info=2&mgmt=2'];
const REFERENCE = '/api/v1/taobao-villages/national';

const app = await uncachedApp('models');
let misses = 0;
try {
  console.log(`uncached models routes, ${REQUESTS} sequential requests each (goal p50 ≤ ${GOAL_P50_MS} ms)`);
  for (const path of ROUTES) {
    const { p50, p95 } = await measureUncached(app.base, path, { requests: REQUESTS });
    if (p50 > GOAL_P50_MS) misses++;
    console.log(`${verdict(p50 <= GOAL_P50_MS)}  p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${path}`);
  }
  const { p50, p95 } = await measureUncached(app.base, REFERENCE, { requests: REQUESTS });
  console.log(`      p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${REFERENCE}  (reference: one small read, no models tables)`);
} finally {
  await app.close();
}
process.exitCode = misses ? 1 : 0;
