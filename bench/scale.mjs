// Query and export times as the village-level list grows (10k → 100k → 1M rows by default).
//   node bench/scale.mjs [sizes=10000,100000,1000000] [requests=30]
// For each size: a SYNTHETIC list (bench/synthetic.mjs: real NBS 2023 registry villages in a made-up
// list, year 2099, source "synthetic-fixture") is imported with the CLI into a database of its own (embedded PostgreSQL in .data/pg-bench-scale,
// port 54379 or BENCH_SCALE_PG_PORT), replacing the previous size's; the app (scripts/start.mjs on port 3302 or BENCH_SCALE_PORT, response
// cache OFF so every request runs the queries) is then measured over HTTP:
//   - city ranking with a province filter (/api/v1/taobao-villages/cities?year=2099&province=330000&scope=all)
//   - province totals (/api/v1/taobao-villages/provinces?year=2099)
//   - the villages page for that view (HTML, uncached)
//   - streaming the full village CSV (/api/v1/taobao-villages/villages.csv?year=2099): rows/s and
//     the server process's RSS sampled every 50 ms while it streams.
// One year holds at most the 620,048 usable registry villages: at 1M rows the rest goes to 2100, so
// the year-2099 queries and the CSV then cover 620,048 rows, not 1M (the import covers all of them).
// The village registry is loaded once before the first import, so no size's import time includes it.
// Goals (issue 6): ranking and province totals ≤ 100 ms p50; CSV ≥ 100,000 rows/s with RSS < 300 MB.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startDatabase } from '../scripts/lib/database.mjs';
import { fmt, ROOT, rssMb, serverPid, stopApp, verdict } from './lib.mjs';
import { FIXTURE_SOURCE, FIXTURE_YEAR, writeSyntheticSource, writeSyntheticVillages } from './synthetic.mjs';

const SIZES = (process.argv[2] ?? '10000,100000,1000000').split(',').map(Number);
const REQUESTS = Number(process.argv[3] ?? 30);
// Ports: BENCH_SCALE_PORT / BENCH_SCALE_PG_PORT (defaults 3302 / 54379), so a shared machine can give each run its own.
const PORT = Number(process.env.BENCH_SCALE_PORT ?? 3302);
const PG_PORT = Number(process.env.BENCH_SCALE_PG_PORT ?? 54379);
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const work = mkdtempSync(join(tmpdir(), 'atlas-scale-bench-'));
const pgDir = resolve(ROOT, '.data/pg-bench-scale');
const base = `http://127.0.0.1:${PORT}`;

function run(args, env) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`${args.slice(1).join(' ')} exited ${code}\n${out}`))));
  });
}

const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** Sequential requests (after 3 warm-ups): the latency one user sees, not a load test. */
async function latency(path) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS + 3; i++) {
    const t = performance.now();
    const res = await fetch(`${base}${path}`);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    if (i >= 3) times.push(performance.now() - t);
    bytes = body.byteLength;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes };
}

async function streamCsv(path, pid) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  const t = performance.now();
  const res = await fetch(`${base}${path}`);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body) {
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));
  return { rows: lines - 1, seconds, mb: bytes / 1e6, rssBefore: before, rssPeak: peak };
}

let database;
let app;
const results = [];
try {
  rmSync(pgDir, { recursive: true, force: true });
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  database = await startDatabase({ dir: pgDir, port: PG_PORT });
  if (saved) process.env.DATABASE_URL = saved;
  const url = database.url;

  // start.mjs migrates and seeds this database, builds if needed, and serves it.
  app = spawn(process.execPath, [resolve(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), ATLAS_RESPONSE_CACHE: '0', EXPORT_RATE_LIMIT: '100000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; ; i++) {
    if (app.exitCode !== null) throw new Error('the app exited during start-up');
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 6000) throw new Error('the app did not start within 300 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const pid = serverPid(app.pid);
  const client = new pg.Client({ connectionString: url });
  // When a step below fails, `finally` stops the database under this idle client: its "terminating
  // connection" error must not crash the process before the step's own error is printed.
  client.on('error', () => {});
  await client.connect();
  await run([TSX, 'scripts/load-village-registry.ts'], { DATABASE_URL: url });

  for (const [index, size] of SIZES.entries()) {
    const csvPath = join(work, `villages-${size}.csv`);
    const sourcePath = join(work, 'source.json');
    await writeSyntheticVillages(csvPath, size);
    writeSyntheticSource(sourcePath, size, 'bench/scale.mjs');
    // Replace the previous size's list (the tally follows by trigger).
    await client.query('TRUNCATE taobao_village');
    const sourceArgs = index === 0 ? ['--new-source', sourcePath] : ['--source', FIXTURE_SOURCE];
    const t = performance.now();
    await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages', '--file', csvPath, ...sourceArgs, '--actor', 'bench'], { DATABASE_URL: url });
    const importSeconds = (performance.now() - t) / 1000;
    const { rows } = await client.query('SELECT count(*)::int AS n FROM taobao_village WHERE year >= $1', [FIXTURE_YEAR]);
    if (rows[0].n !== size) throw new Error(`expected ${size} villages, the store has ${rows[0].n}`);
    await client.query('VACUUM ANALYZE taobao_village');

    const ranking = await latency(`/api/v1/taobao-villages/cities?year=${FIXTURE_YEAR}&province=330000&scope=all`);
    const provinces = await latency(`/api/v1/taobao-villages/provinces?year=${FIXTURE_YEAR}`);
    const page = await latency(`/en/villages?year=${FIXTURE_YEAR}&province=330000&scope=all`);
    const csv = await streamCsv(`/api/v1/taobao-villages/villages.csv?year=${FIXTURE_YEAR}`, pid);
    // Above 620,048 rows the list continues into 2100: the year's CSV holds the year's rows, not `size`.
    const { rows: inYear } = await client.query('SELECT count(*)::int AS n FROM taobao_village WHERE year = $1', [FIXTURE_YEAR]);
    if (csv.rows !== inYear[0].n) throw new Error(`the CSV had ${csv.rows} rows, expected ${inYear[0].n}`);
    results.push({ size, importSeconds, ranking, provinces, page, csv });
    console.log(`${size.toLocaleString('en')} villages: imported in ${fmt(importSeconds)} s; ranking p50 ${fmt(ranking.p50)} ms, provinces p50 ${fmt(provinces.p50)} ms, page p50 ${fmt(page.p50)} ms, CSV ${Math.round(csv.rows / csv.seconds).toLocaleString('en')} rows/s (RSS ${fmt(csv.rssBefore, 0)} → ${fmt(csv.rssPeak, 0)} MB)`);
  }
  await client.end();

  console.log(`\nrows\tmeasure\tp50 ms\tp95 ms\tgrowth vs previous size\tgoal\tverdict`);
  results.forEach((r, i) => {
    const prev = results[i - 1];
    const growth = (a, b) => (prev ? `×${fmt(a / b, 2)}` : '—');
    console.log([r.size, 'city ranking, province filter (JSON)', fmt(r.ranking.p50), fmt(r.ranking.p95), growth(r.ranking.p50, prev?.ranking.p50), 'p50 ≤ 100 ms', verdict(r.ranking.p50 <= 100)].join('\t'));
    console.log([r.size, 'province totals (JSON)', fmt(r.provinces.p50), fmt(r.provinces.p95), growth(r.provinces.p50, prev?.provinces.p50), 'p50 ≤ 100 ms', verdict(r.provinces.p50 <= 100)].join('\t'));
    console.log([r.size, `villages page, uncached (${fmt(r.page.bytes / 1024, 0)} KB)`, fmt(r.page.p50), fmt(r.page.p95), growth(r.page.p50, prev?.page.p50), '(no goal)', '—'].join('\t'));
  });
  console.log(`\nrows\tCSV MB\tseconds\trows/s\tserver RSS before → peak MB\tgrowth of time\tgoal\tverdict`);
  results.forEach((r, i) => {
    const prev = results[i - 1];
    const rate = r.csv.rows / r.csv.seconds;
    console.log([r.size, fmt(r.csv.mb), fmt(r.csv.seconds, 2), Math.round(rate), `${fmt(r.csv.rssBefore, 0)} → ${fmt(r.csv.rssPeak, 0)}`, prev ? `×${fmt(r.csv.seconds / prev.csv.seconds, 2)}` : '—', '≥ 100,000 rows/s, RSS < 300 MB', verdict(rate >= 100_000 && r.csv.rssPeak < 300)].join('\t'));
  });
  console.log(`\nimport times: ${results.map((r) => `${r.size}: ${fmt(r.importSeconds)} s`).join(', ')}; node ${process.version}`);
} finally {
  if (app) await stopApp(app);
  if (database) {
    await database.stop();
    rmSync(pgDir, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
}
