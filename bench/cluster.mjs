// npm run bench:cluster — scale-out on one machine: a PostgreSQL primary and a hot standby
// (streaming replication, Debian's PostgreSQL), three production servers (server/serve.mjs, as
// `npm start` runs it, after one build) on that pair, nginx in front. Then:
//   1. the one-instance and three-instance baselines (BENCH_CLUSTER_BASELINE_SECONDS each, no faults);
//   2. 60 s at 64 connections over every page and read API route, during which
//      20 s: one instance is SIGKILLed (restarted at 35 s); 30 s: the standby is stopped (restarted
//      at 45 s); 40 s: a new year of villages is imported through one instance;
// and prints requests, req/s, p50/p99, failed requests (goal 0), the seconds until every instance
// serves the imported year (goal ≤ 5 s) and the 3:1 throughput ratio. Exits 1 when a goal is missed.
// Everything it starts is stopped at the end, also on Ctrl-C. Loopback only.
//   Ports: BENCH_CLUSTER_APP_PORT (3351, 3352, 3353), BENCH_CLUSTER_PG_PORT (54551 and +1),
//   BENCH_CLUSTER_NGINX_PORT (8350 and +1 for the one-instance baseline).
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent, recordBuild } from '../scripts/lib/build-stamp.mjs';
import { migrate } from '../scripts/lib/migrate.mjs';
import { mustRun, NEXT, TSX } from '../scripts/lib/run.mjs';
import { clusterVillagesCsv, CLUSTER_SOURCE, IMPORT_YEAR } from './cluster-import.mjs';
import { startNginx } from './cluster-nginx.mjs';
import { startPrimaryAndReplica } from './cluster-postgres.mjs';
import { isStopping, onStop, sleep, startProcess, stopEverything, stopOnSignals, stopProcess } from './cluster-processes.mjs';
import { fmt, ROOT, verdict } from './lib.mjs';
import { API_ROUTES, PAGE_ROUTES } from './routes.mjs';

const env = process.env;
const APP_PORT = Number(env.BENCH_CLUSTER_APP_PORT ?? 3351);
const PG_PORT = Number(env.BENCH_CLUSTER_PG_PORT ?? 54551);
const NGINX_PORT = Number(env.BENCH_CLUSTER_NGINX_PORT ?? 8350);
const SECONDS = Number(env.BENCH_CLUSTER_SECONDS ?? 60);
const BASELINE_SECONDS = Number(env.BENCH_CLUSTER_BASELINE_SECONDS ?? 15);
const CONNECTIONS = Number(env.BENCH_CLUSTER_CONNECTIONS ?? 64);
const INSTANCES = 3;
const PROPAGATION_GOAL_S = 5;
// The fault timeline, in seconds from the start of the load (scaled when BENCH_CLUSTER_SECONDS is not 60).
const at = (s) => (s / 60) * SECONDS * 1000;

const instancePorts = Array.from({ length: INSTANCES }, (_, i) => APP_PORT + i);
const work = mkdtempSync(join(tmpdir(), 'atlas-cluster-bench-'));
// PostgreSQL runs as the user postgres when the bench runs as root: it must reach its folder.
chmodSync(work, 0o755);
const logPath = join(work, 'cluster.log');
const logStream = createWriteStream(logPath);
const log = (line) => console.log(`[cluster] ${line}`);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const token = randomBytes(32).toString('hex');
const base = `http://127.0.0.1:${NGINX_PORT}`;

stopOnSignals();
onStop(async () => {
  logStream.end();
});

let db;
const instances = [];
function instanceEnv() {
  return {
    ...process.env,
    DATABASE_URL: db.primaryUrl,
    DATABASE_REPLICA_URL: db.replicaUrl,
    // Counts shared by the instances (table rate_limit on the primary); the export limit high
    // enough that a load test does not turn into a test of the limiter.
    ATLAS_RATE_LIMIT_STORE: 'postgres',
    EXPORT_RATE_LIMIT: '100000000',
    ATLAS_TRUSTED_PROXIES: '127.0.0.1',
    ATLAS_PUBLIC_ORIGIN: `http://localhost:${NGINX_PORT}`,
    ATLAS_ADMIN_TOKEN: token,
    HOSTNAME: '127.0.0.1',
    // A (re)started instance renders the section pages before it opens its port (server/warm-up.mjs),
    // as docs/deployment.md advises for instances behind a balancer.
    ATLAS_WARM_PATHS: 'routes',
    DB_POOL_SIZE: '8',
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

// When each instance said its response cache saw a new data version, and its summary of the
// re-rendering that followed (its own log lines; server/response-cache.mjs).
const versionNoticedAt = [];
const rerenderSummary = [];
// How many cached answers each instance kept across the change (their narrower data version did not move).
const keptAnswers = [];

/** Starts instance i (server/serve.mjs -p port); resolves when it answers with its response cache on. */
async function startInstance(i) {
  const port = instancePorts[i];
  const onOutput = (text) => {
    if (text.includes('data version changed')) versionNoticedAt[i] = performance.now();
    const kept = /data version changed: (\d+) cached answers unaffected and kept/.exec(text);
    if (kept) keptAnswers[i] = Number(kept[1]);
    const summary = /after the data version change: (\d+ of \d+ previous entries re-rendered, \d+ dropped)/.exec(text);
    if (summary) rerenderSummary[i] = `${fmt((performance.now() - versionNoticedAt[i]) / 1000)} s: ${summary[1]}`;
  };
  const child = startProcess(`app${i + 1}`, process.execPath, ['server/serve.mjs', '-p', String(port)], { cwd: ROOT, env: instanceEnv(), logStream, onOutput });
  instances[i] = child;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance ${i + 1} exited with ${child.exitCode} (log: ${logPath})`);
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/taobao-villages/cities?sort=not-a-column`).catch(() => null);
    await res?.arrayBuffer();
    if (res?.headers.get('x-atlas-cache')) return child;
    await sleep(100);
  }
  throw new Error(`instance ${i + 1} did not start within 120 s (log: ${logPath})`);
}

const ROUTES = [...PAGE_ROUTES, ...API_ROUTES];
/** autocannon over ROUTES in a child process (bench/cluster-load.mjs); resolves with its result. */
function loadTest(url, seconds) {
  return new Promise((resolveRun, reject) => {
    let out = '';
    const child = startProcess('load', process.execPath, [join(ROOT, 'bench/cluster-load.mjs'), url, String(seconds), String(CONNECTIONS)], { cwd: ROOT, onOutput: (text) => (out += text) });
    // 'close', not 'exit': the result is complete only once its output has been read to the end.
    child.once('close', (code) => {
      try {
        if (code !== 0) throw new Error(`the load generator exited with ${code}`);
        resolveRun(JSON.parse(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}
const failedOf = (r) => r.errors + r.timeouts + r.non2xx;

/** Imports a new year through one instance's import API; returns when it has committed. */
async function importNewYear(port, csv) {
  const form = new FormData();
  form.set('dataset', 'taobao-villages');
  form.set('newSource', JSON.stringify(CLUSTER_SOURCE));
  form.set('actor', 'bench:cluster');
  form.set('file', new Blob([csv], { type: 'text/csv' }), `villages-${IMPORT_YEAR}.csv`);
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const body = await res.json();
  if (res.status !== 200 || body.status !== 'committed') throw new Error(`the import answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

// What a reader sees of the import, asked of each instance directly (not through nginx) with the
// headers of a browser: answers that show the new year, three of them among the routes the load
// keeps hot in every cache, one that no route of the load asks for (a reader asking for the year).
const PROBES = [
  { path: '/en/villages', hot: true, shows: (text) => text.includes(`${IMPORT_YEAR} · city list`) },
  { path: '/api/v1/taobao-villages/villages', hot: true, shows: (text) => JSON.parse(text).villages?.[0]?.year === IMPORT_YEAR },
  { path: '/api/v1/taobao-villages/dataset.csv', hot: true, shows: (text) => text.includes(CLUSTER_SOURCE.id) },
  { path: `/api/v1/taobao-villages/provinces?year=${IMPORT_YEAR}`, hot: false, shows: (text) => JSON.parse(text).meta?.sources?.some((s) => s.id === CLUSTER_SOURCE.id) },
];
if (!PROBES.filter((p) => p.hot).every((p) => ROUTES.includes(p.path))) throw new Error('a hot probe is not among the routes of the load');

/** One probe request: whether its answer shows the imported year, when it was sent and answered, and the cache's word on it. */
async function probe(port, { path, shows }) {
  const sent = performance.now();
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'gzip' }, signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    return { sent, answered: performance.now(), cache: res.headers.get('x-atlas-cache'), ok: res.status === 200 && shows(text), refused: false };
  } catch (error) {
    // Refused: the port is closed (an instance starting or warming, out of nginx's rotation); any
    // other failure is an answer that did not show the new data.
    const refused = error?.cause?.code === 'ECONNREFUSED';
    return { sent, answered: performance.now(), cache: null, ok: false, refused };
  }
}

/**
 * For each instance and probe, from `since` (the commit): when the first request that was answered
 * with the imported year was sent and when its answer arrived (the reader's wait included), and
 * whether any later answer showed the previous data again. Each instance and probe is polled on
 * its own (every 100 ms, a new request once the last is answered, up to 60 s), so a slow instance
 * does not delay the others' figures. An instance serves the imported data once all its probes do.
 */
async function propagation(since) {
  const deadline = performance.now() + 60_000;
  const s = (t) => (t - since) / 1000;
  const each = await Promise.all(
    instancePorts.map((port) =>
      Promise.all(
        PROBES.map(async (p) => {
          let first = null;
          let regressed = false;
          let checks = 0;
          // Whether the instance answered at all (with anything) before its first new answer.
          let servedBefore = false;
          // After the first answer with the new data, ten more: none may show the previous data.
          while (performance.now() < deadline && checks < 10) {
            const r = await probe(port, p);
            if (r.ok && !first) first = r;
            else if (first) {
              checks += 1;
              if (!r.ok) regressed = true;
            } else if (!r.refused) servedBefore = true;
            await sleep(100);
          }
          if (!first) return { path: p.path, hot: p.hot, sent: null, answered: null, cache: null, regressed, outOfService: false, staleSent: null, staleAnswered: null };
          // An instance whose port was closed from the commit until it answered with the new data
          // (restarting, warming before it takes traffic) served nothing in between: no reader got
          // the previous data from it. Its goal figures are then 0 and that answer's own wait.
          const outOfService = !servedBefore;
          return {
            path: p.path, hot: p.hot, sent: s(first.sent), answered: s(first.answered), cache: first.cache, regressed, outOfService,
            staleSent: outOfService ? 0 : s(first.sent),
            staleAnswered: outOfService ? (first.answered - first.sent) / 1000 : s(first.answered),
          };
        }),
      ),
    ),
  );
  const worst = (probes, key) => (probes.some((p) => p[key] === null) ? null : Math.max(...probes.map((p) => p[key])));
  const perInstance = each.map((probes) => ({
    sent: worst(probes, 'sent'), answered: worst(probes, 'answered'), staleSent: worst(probes, 'staleSent'), staleAnswered: worst(probes, 'staleAnswered'),
    outOfService: probes.every((p) => p.outOfService), probes,
  }));
  const all = (key) => (perInstance.some((i) => i[key] === null) ? null : Math.max(...perInstance.map((i) => i[key])));
  return { sent: all('sent'), answered: all('answered'), staleSent: all('staleSent'), staleAnswered: all('staleAnswered'), perInstance, regressed: each.flat().some((p) => p.regressed) };
}

const goals = [];
try {
  log(`work folder ${work} (log of every process: ${logPath}); machine load ${load()}`);
  // One build, shared by the instances (the same check as npm start: only when the sources changed).
  if (!buildIsCurrent()) {
    log('building (sources changed since the last build)');
    await mustRun('next build', [NEXT, 'build'], { NEXT_TELEMETRY_DISABLED: '1' });
    recordBuild();
  }
  db = await startPrimaryAndReplica({ dir: join(work, 'pg'), primaryPort: PG_PORT, replicaPort: PG_PORT + 1, log });
  await migrate(db.primaryUrl);
  await mustRun('seed', [TSX, 'prisma/seed.ts'], { DATABASE_URL: db.primaryUrl, DATABASE_REPLICA_URL: '' });
  // The village registry before the load (and before the standby's base backup): otherwise the
  // import at 40 s would load it on demand (~10 s) inside the propagation it measures.
  await mustRun('village registry', [TSX, 'scripts/load-village-registry.ts'], { DATABASE_URL: db.primaryUrl, DATABASE_REPLICA_URL: '' });
  // The imported list, built now rather than during the load (it reads the registry file twice).
  const importCsv = await clusterVillagesCsv();
  await db.startReplica();
  log(`standby streaming: ${JSON.stringify(await db.replicationState())}`);

  for (let i = 0; i < INSTANCES; i++) await startInstance(i);
  log(`${INSTANCES} instances on ${instancePorts.join(', ')}`);
  await startNginx({ dir: join(work, 'nginx'), port: NGINX_PORT, singlePort: NGINX_PORT + 1, instancePorts, logStream });
  log(`nginx on 127.0.0.1:${NGINX_PORT} (one-instance baseline on ${NGINX_PORT + 1})`);

  // Warm every instance's response cache (each renders each route once), then the baselines.
  for (const port of instancePorts) for (const path of ROUTES) await (await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
  log(`baseline: one instance behind nginx, ${BASELINE_SECONDS} s at ${CONNECTIONS} connections (load ${load()})`);
  const one = await loadTest(`http://127.0.0.1:${NGINX_PORT + 1}`, BASELINE_SECONDS);
  log(`baseline: three instances behind nginx, ${BASELINE_SECONDS} s (load ${load()})`);
  const three = await loadTest(base, BASELINE_SECONDS);

  log(`fault run: ${SECONDS} s at ${CONNECTIONS} connections over ${ROUTES.length} routes (load ${load()})`);
  const events = [];
  const t0 = performance.now();
  const mark = (what) => {
    logStream.write(`${new Date().toISOString().slice(11, 23)} [bench] ${what}\n`);
    events.push(`${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what}`);
  };
  // A step that fails is reported with the figures (and fails the run), not thrown past them.
  const step = (promise) =>
    promise.catch((error) => {
      mark(`FAILED: ${error.message}`);
      return null;
    });
  const running = loadTest(base, SECONDS);
  const timeline = [
    step(sleep(at(20)).then(async () => {
      mark(`SIGKILL instance 2 (pid ${instances[1].pid})`);
      await stopProcess(instances[1], 'SIGKILL');
      await sleep(at(35) - at(20));
      mark('restart instance 2');
      await startInstance(1);
      mark('instance 2 serving again');
    })),
    step(sleep(at(30)).then(async () => {
      mark('stop the standby (pg_ctl stop -m fast)');
      await db.stopReplica();
      await sleep(at(45) - at(30));
      mark('restart the standby');
      await db.restartReplica();
      mark('standby accepting connections');
    })),
    step(sleep(at(40)).then(async () => {
      mark(`import ${IMPORT_YEAR} through instance 1`);
      const result = await importNewYear(instancePorts[0], importCsv);
      const committed = performance.now();
      mark(`import committed: ${result.counts.added} villages added`);
      const seen = await propagation(committed);
      const noticed = instancePorts.map((_, i) => (versionNoticedAt[i] === undefined ? null : (versionNoticedAt[i] - committed) / 1000));
      mark(`new data version noticed by the response caches: ${noticed.map((s, i) => `#${i + 1} ${fmt(s)} s`).join(', ')} after the commit`);
      // An instance (re)started around the import never had the previous data: its late answers are
      // its cold start (first renders in a fresh process), not the import reaching it. Said apart.
      const warm = seen.perInstance.filter((inst, i) => !inst.outOfService && !/ 0 of 0 /.test(rerenderSummary[i] ?? ' 0 of 0 '));
      const warmWorst = (key) => (warm.length && warm.every((w) => w[key] !== null) ? Math.max(...warm.map((w) => w[key])) : null);
      seen.warm = { count: warm.length, sent: warmWorst('sent'), answered: warmWorst('answered') };
      for (const [i, inst] of seen.perInstance.entries()) {
        const closed = inst.outOfService ? ` (port closed from the commit until then: out of service, starting or warming; its first answers were already the new data)` : '';
        mark(`instance ${i + 1} answers with ${IMPORT_YEAR} to requests sent from ${fmt(inst.sent)} s (answered ${fmt(inst.answered)} s) after the commit${closed}; ${keptAnswers[i] ?? 0} cached answers kept (data the import did not touch); re-rendering after the change: ${rerenderSummary[i] ?? 'no summary logged'}`);
        for (const p of inst.probes) events.push(`          ${(p.hot ? 'hot ' : 'cold').padEnd(5)}${p.path}: first new answer sent ${fmt(p.sent)} s, arrived ${fmt(p.answered)} s (x-atlas-cache ${p.cache ?? '-'})${p.outOfService ? '; nothing answered before it' : ''}${p.regressed ? '; a later answer showed the previous data' : ''}`);
      }
      return seen;
    })),
  ];
  const [fault, , , propagated] = await Promise.all([running, ...timeline]);
  const seen = propagated ?? { sent: null, answered: null, staleSent: null, staleAnswered: null, perInstance: [], regressed: true };
  const loadAfter = load();

  const row = (label, r) => `${label.padEnd(26)} ${String(r.requests.total).padStart(9)} ${fmt(r.requests.average, 0).padStart(8)} ${fmt(r.latency.p50).padStart(7)} ${fmt(r.latency.p99).padStart(8)} ${String(failedOf(r)).padStart(7)}`;
  console.log('\nScale-out (bench:cluster)');
  console.log(`PostgreSQL ${db.major} primary + hot standby, ${INSTANCES} × server/serve.mjs, nginx; ${CONNECTIONS} connections, ${ROUTES.length} routes (pages in both locales, read APIs, CSV exports)`);
  console.log(`${'run'.padEnd(26)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(7)}`);
  console.log(row(`1 instance, ${BASELINE_SECONDS} s`, one));
  console.log(row(`3 instances, ${BASELINE_SECONDS} s`, three));
  console.log(row(`3 instances + faults, ${SECONDS} s`, fault));
  console.log('timeline:');
  for (const e of events) console.log(`  ${e}`);
  const statuses = Object.entries(fault.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${s.count}`).join(', ');
  console.log(`fault run: status codes ${statuses}; errors ${fault.errors}, timeouts ${fault.timeouts}, non-2xx ${fault.non2xx}`);
  for (const [kind, count] of Object.entries(fault.errorKinds ?? {})) console.log(`      error: ${kind} (${count})`);
  const ratio = three.requests.average / one.requests.average;
  goals.push(['failed requests through a kill, a standby stop and an import', `${failedOf(fault)} (goal 0)`, failedOf(fault) === 0]);
  // Two measures of one goal, both checked: from when on a reader's request gets the new data (the
  // send time of the first new answer, on every probe of every instance: how stale an instance can
  // be), and when that answer arrived (the same plus the reader's wait for it: what was measured
  // before, and what a reader waiting sees).
  // An instance out of service at the commit (port closed: restarting, warming) counts from when it
  // answers again, and only if that first answer already shows the new data (see propagation()).
  goals.push(['every instance answers with the imported data: requests sent', `${fmt(seen.staleSent)} s or more after the commit (goal ≤ ${PROPAGATION_GOAL_S} s)`, seen.staleSent !== null && seen.staleSent <= PROPAGATION_GOAL_S]);
  goals.push(['every instance answers with the imported data: answers arrived', `${fmt(seen.staleAnswered)} s after the commit (goal ≤ ${PROPAGATION_GOAL_S} s)`, seen.staleAnswered !== null && seen.staleAnswered <= PROPAGATION_GOAL_S]);
  const closedAtCommit = seen.perInstance.flatMap((inst, i) => (inst.outOfService ? [`#${i + 1} back in service ${fmt(inst.sent)} s after the commit, answering with the new data from its first answer`] : []));
  if (closedAtCommit.length) console.log(`      out of service at the commit (not counted above): ${closedAtCommit.join('; ')}`);
  if (seen.warm) console.log(`propagation to the ${seen.warm.count} instance(s) that had cached the previous data: new answers to requests sent from ${fmt(seen.warm.sent)} s, arrived by ${fmt(seen.warm.answered)} s after the commit (the others started around the import: out of service or nothing to replace)`);
  goals.push(['no answer with the previous data after one with the imported data', seen.regressed ? 'one was seen' : 'none', !seen.regressed]);
  goals.push(['every step of the timeline', events.some((e) => e.includes('FAILED')) ? 'a step failed (above)' : 'done', !events.some((e) => e.includes('FAILED'))]);
  goals.push(['baselines without failures', `${failedOf(one) + failedOf(three)} failed`, failedOf(one) + failedOf(three) === 0]);
  for (const [what, value, ok] of goals) console.log(`${verdict(ok)}  ${what}: ${value}`);
  console.log(`      throughput 3 instances : 1 instance = ${fmt(ratio, 2)} (same machine, same nginx; no goal: on a machine whose cores are already busy three processes share the same CPUs)`);
  console.log(`      machine: ${(await import('node:os')).cpus().length} cores, load average before the fault run / after: ${loadAfter} (1, 5, 15 min)`);
} catch (error) {
  if (!isStopping()) console.error(`[cluster] ${error.stack ?? error.message}`);
  goals.push(['bench ran to the end', 'no', false]);
} finally {
  log('stopping everything the bench started …');
  await stopEverything();
}
const passed = goals.every(([, , ok]) => ok);
// The work folder (PostgreSQL's data is already gone) is kept only when something went wrong: its log.
if (passed) rmSync(work, { recursive: true, force: true });
else log(`log kept: ${logPath}`);
process.exit(passed ? 0 : 1);
