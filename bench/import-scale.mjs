// Streaming import at scale: generates a SYNTHETIC village-level CSV (real villages of the NBS 2023
// registry in a made-up list, year 2099 and, past the registry's size, 2100; source
// "synthetic-fixture"; bench/synthetic.mjs) and imports it with the CLI into a database of its own
// (village registry loaded before, so no import pays that load), then imports it again (must be a no-op). Prints the time
// and the import process's peak RSS for each run. Then it re-imports the file BENCH_IMPORT_CHANGES
// times (default 3) with a sales band that differs each time, so every row is "changed" and the
// import's UPDATE runs (the plan that degraded while import_diff had no statistics).
//   node bench/import-scale.mjs [rows=1000000]
// Database: an embedded PostgreSQL of its own in .data/pg-bench-import (port BENCH_IMPORT_PG_PORT,
// default 54379), or, when
// BENCH_PG_ADMIN_URL is set (e.g. postgresql://postgres:atlas-local@127.0.0.1:54329/postgres),
// a new database atlas_import_bench on that server. Both are removed at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startDatabase } from '../scripts/lib/database.mjs';
import { migrate } from '../scripts/lib/migrate.mjs';
import { fmt, ROOT } from './lib.mjs';
import { writeSyntheticSource, writeSyntheticVillages } from './synthetic.mjs';

const ROWS = Number(process.argv[2] ?? process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const CHANGES = Number(process.env.BENCH_IMPORT_CHANGES ?? 3);
const PG_PORT = Number(process.env.BENCH_IMPORT_PG_PORT ?? 54379);
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const work = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
const csvPath = join(work, `synthetic-villages-${ROWS}.csv`);
const sourcePath = join(work, 'synthetic-fixture.json');

function run(args, env) {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok({ out, err }) : fail(new Error(`${args.slice(1).join(' ')} exited ${code}\n${out}\n${err}`))));
  });
}

async function generate() {
  await writeSyntheticVillages(csvPath, ROWS);
  writeSyntheticSource(sourcePath, ROWS, 'bench/import-scale.mjs');
}

async function importOnce(url, label, file = csvPath) {
  const started = performance.now();
  const { out, err } = await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages', '--file', file, '--new-source', sourcePath, '--stats', '--actor', 'bench'], { DATABASE_URL: url });
  const wall = (performance.now() - started) / 1000;
  // With ATLAS_IMPORT_DEBUG=1 the importer prints the time of each phase.
  for (const line of err.split('\n').filter((l) => l.startsWith('[import]'))) console.log(`  ${label}: ${line}`);
  const stats = /stats: ([\d.]+) s, peak RSS ([\d.]+) MB/.exec(err);
  const counts = /rows: (\d+); added (\d+), changed (\d+), unchanged (\d+), rejected (\d+)/.exec(out);
  return { label, wall, importSeconds: Number(stats?.[1]), peakRssMb: Number(stats?.[2]), counts: counts?.slice(1).map(Number), outcome: out.trim().split('\n').at(-1).trim() };
}

let database;
let adminUrl = process.env.BENCH_PG_ADMIN_URL;
const BENCH_DB = 'atlas_import_bench';
const pgDir = resolve(ROOT, '.data/pg-bench-import');
try {
  console.log(`generating ${ROWS.toLocaleString('en')} synthetic rows …`);
  await generate();
  console.log(`file: ${(statSync(csvPath).size / 1e6).toFixed(1)} MB`);

  let url;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    await admin.end();
    url = adminUrl.replace(/\/[^/]*$/, `/${BENCH_DB}`);
  } else {
    rmSync(pgDir, { recursive: true, force: true });
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    database = await startDatabase({ dir: pgDir, port: PG_PORT });
    if (saved) process.env.DATABASE_URL = saved;
    url = database.url;
  }
  await migrate(url);
  await run([TSX, 'prisma/seed.ts'], { DATABASE_URL: url });
  await run([TSX, 'scripts/load-village-registry.ts'], { DATABASE_URL: url });

  const first = await importOnce(url, 'first import');
  const again = await importOnce(url, 're-import (no-op)');
  const changed = [];
  for (let i = 1; i <= CHANGES; i++) {
    const file = join(work, `synthetic-villages-${ROWS}-band-${i}.csv`);
    await writeSyntheticVillages(file, ROWS, { salesBand: `band ${i}` });
    changed.push(await importOnce(url, `re-import, all changed (${i})`, file));
    rmSync(file);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t = performance.now();
  const { rows } = await client.query('SELECT count(*)::int AS villages, count(DISTINCT city_adcode)::int AS cities FROM taobao_village WHERE year >= 2099');
  const aggMs = performance.now() - t;
  await client.end();

  console.log(`\nrows\tfile MB\trun\twall s\timport s\trows/s\tpeak RSS MB\tadded/changed/unchanged/rejected\toutcome`);
  for (const r of [first, again, ...changed]) {
    console.log([ROWS, fmt(statSync(csvPath).size / 1e6), r.label, fmt(r.wall, 1), fmt(r.importSeconds, 1), Math.round(ROWS / r.importSeconds), fmt(r.peakRssMb, 0), r.counts?.slice(1).join('/'), r.outcome].join('\t'));
  }
  console.log(`\nstore: ${rows[0].villages} villages of 2099–2100 in ${rows[0].cities} cities (count query ${fmt(aggMs, 0)} ms); node ${process.version}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  if (database) {
    await database.stop();
    rmSync(pgDir, { recursive: true, force: true });
  } else if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB}`).catch(() => {});
    await admin.end();
  }
}
