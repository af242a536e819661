// Soak: every route at once under steady load, watching errors and the server's memory.
//   node bench/soak.mjs [seconds=60] [connections=64]
// Starts `npm start`'s script on a database of its own (port 3303, embedded PostgreSQL in
// .data/pg-bench-soak), warms up for 10 s at the same load (so caches and JIT reach their steady
// state), then runs the soak and samples the serving process's RSS once a second.
// Goals (issue 6): 0 errors; RSS growth ≤ 10 % from the end of the warm-up to the end of the soak.
import autocannon from 'autocannon';
import { resolve } from 'node:path';
import { fmt, ROOT, rssMb, serverPid, startApp, stopApp, verdict } from './lib.mjs';
import { API_ROUTES, PAGE_ROUTES } from './routes.mjs';

const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 64);
// A bad request must stay a cheap 400, not a leak.
const APIS = [...API_ROUTES, '/api/v1/taobao-villages/cities?year=1999'];
const ROUTES = [...PAGE_ROUTES, ...APIS];

function load(url, seconds) {
  return new Promise((done, fail) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: seconds, requests: ROUTES.map((path) => ({ method: 'GET', path })) },
      (err, r) => (err ? fail(err) : done(r)),
    );
  });
}

const app = await startApp({ port: 3303, pgPort: 54361, pgDir: resolve(ROOT, '.data/pg-bench-soak') });
try {
  const pid = serverPid(app.child.pid);
  // Every route must answer before the soak starts, so an error in the soak is the load's doing.
  for (const path of ROUTES) {
    const res = await fetch(`${app.url}${path}`);
    await res.arrayBuffer();
    const expected = path.endsWith('year=1999') ? 400 : 200;
    if (res.status !== expected) throw new Error(`${path} answered ${res.status} before the soak`);
  }
  const rssStart = rssMb(pid);
  console.log(`${ROUTES.length} routes (${PAGE_ROUTES.length} pages in both locales, ${APIS.length} API routes incl. CSV), ${CONNECTIONS} connections; node ${process.version}`);
  const warm = await load(app.url, 10);
  const rssWarm = rssMb(pid);
  console.log(`warm-up 10 s: ${fmt(warm.requests.average, 0)} req/s; RSS ${fmt(rssStart, 0)} MB before, ${fmt(rssWarm, 0)} MB after`);
  const samples = [];
  const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
  const soak = await load(app.url, SECONDS);
  clearInterval(sampler);
  const rssEnd = rssMb(pid);
  // The deliberate 400 route is counted apart: every other non-2xx is an error.
  const errors = soak.errors + soak.timeouts;
  const non2xx = soak.non2xx;
  const expected400 = Math.round(soak.requests.total / ROUTES.length);
  const growth = (rssEnd - rssWarm) / rssWarm;
  console.log(`\nsoak ${SECONDS} s: ${soak.requests.total} requests, ${fmt(soak.requests.average, 0)} req/s, p50 ${fmt(soak.latency.p50)} ms, p99 ${fmt(soak.latency.p99)} ms`);
  console.log(`connection errors/timeouts: ${errors}; non-2xx: ${non2xx} (≈${expected400} expected: the one deliberate 400 route); status counts ${JSON.stringify(soak.statusCodeStats)}`);
  console.log(`RSS (MB) each 10 s: ${samples.filter((_, i) => i % 10 === 9).map((x) => fmt(x, 0)).join(', ')}`);
  const only400 = Object.keys(soak.statusCodeStats ?? {}).every((code) => code === '200' || code === '400');
  console.log(`RSS after warm-up ${fmt(rssWarm, 0)} MB → end ${fmt(rssEnd, 0)} MB (peak ${fmt(Math.max(...samples, rssEnd), 0)} MB): growth ${fmt(growth * 100)} %`);
  console.log(`goal: 0 errors, RSS growth ≤ 10 % → ${verdict(errors === 0 && only400 && growth <= 0.1)}`);
} finally {
  await stopApp(app.child);
}
