// Uncached latency of the case-study routes, all read from the store: goal p50 ≤ 50 ms per route.
//   node bench/case-studies.mjs                 starts the app (ATLAS_RESPONSE_CACHE=0) on its own ports
//   BENCH_URL=http://127.0.0.1:41000 node bench/case-studies.mjs   measures a server already running
//                                                                 with ATLAS_RESPONSE_CACHE=0
// One request at a time (latency, not throughput): 3 warm-up requests, then REQUESTS timed ones.
import { fmt, measureUncached, uncachedApp, verdict } from './lib.mjs';
import { CASE_STUDY_ROUTES } from './routes.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const GOAL_P50_MS = 50;

const app = await uncachedApp('cases');
let misses = 0;
try {
  console.log(`uncached case-study routes, ${REQUESTS} sequential requests each (goal p50 ≤ ${GOAL_P50_MS} ms)`);
  for (const path of CASE_STUDY_ROUTES) {
    const { p50, p95 } = await measureUncached(app.base, path, { requests: REQUESTS });
    if (p50 > GOAL_P50_MS) misses++;
    console.log(`${verdict(p50 <= GOAL_P50_MS)}  p50 ${fmt(p50)} ms  p95 ${fmt(p95)} ms  ${path}`);
  }
} finally {
  await app.close();
}
process.exitCode = misses ? 1 : 0;
