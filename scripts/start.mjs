// `npm start` (package.json `exec`s this script, so the signals npm forwards reach it directly): the
// one supervisor of the app. Settings → app port free → database (embedded unless DATABASE_URL is
// set) → migrations → seed → build if the sources changed → server/serve.mjs.
//   SIGTERM/SIGINT: the server stops accepting and finishes its requests, THEN PostgreSQL stops
//   (never before), then exit 0.
//   The server dies (SIGKILL, out of memory, a crash): PostgreSQL stops, exit 1, so a supervisor's
//   restart-on-failure brings the app back.
//   Any start-up failure: one line on stderr saying what failed, why and what to do; exit 1.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseSettings } from '../lib/settings.mjs';
import { buildIsCurrent, recordBuild } from './lib/build-stamp.mjs';
import { startDatabase } from './lib/database.mjs';
import { migrate } from './lib/migrate.mjs';
import { describeListener } from './lib/processes.mjs';
import { NEXT, ROOT, TSX } from './lib/run.mjs';

const dev = process.argv.includes('--dev');
const log = (line) => console.log(`[atlas] ${line}`);
const fail = (line) => console.error(`[atlas] ${line}`);
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
/** How long the server may take to finish its requests after SIGTERM (serve.mjs itself gives up after 10 s). */
const SERVER_STOP_MS = 15_000;

let config;
try {
  config = parseSettings(process.env);
} catch (error) {
  fail(`${firstLine(error)}; nothing was started`);
  process.exit(1);
}

let databaseStarting = null; // the promise of startDatabase, so a stop during start-up still stops it
let child = null; // the step running now (seed, build) or the server
let stopping = false;

const running = (process) => process && process.exitCode === null && process.signalCode === null;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (running(child)) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_MS);
    await exited;
    clearTimeout(forced);
  }
  const database = await databaseStarting?.catch(() => null);
  try {
    await database?.stop();
  } catch (error) {
    fail(`stopping PostgreSQL failed: ${firstLine(error)}`);
    code = code || 1;
  }
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    fail(`unexpected error: ${firstLine(error)}`);
    stop(1);
  });
}

/** Runs a start-up step (seed, build) as a child whose output is shown; throws a one-line error if it fails. */
function step(label, args, env, advice) {
  return new Promise((done, reject) => {
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}): ${advice}`));
    });
  });
}

function portIsFree(port, host) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', (error) => done(error));
    probe.listen(port, host, () => probe.close(() => done(null)));
  });
}

try {
  const port = config.PORT;
  const taken = await portIsFree(port, config.HOSTNAME);
  if (taken) {
    const holder = taken.code === 'EADDRINUSE' ? describeListener(port) : null;
    throw new Error(`cannot serve on port ${port}: ${taken.code === 'EADDRINUSE' ? `it is in use${holder ? ` by ${holder}` : ''}` : firstLine(taken)} — stop that process or set PORT to a free port`);
  }
  databaseStarting = startDatabase({
    dir: config.EMBEDDED_PG_DIR ?? resolve(ROOT, '.data/pg'),
    port: config.EMBEDDED_PG_PORT,
    databaseUrl: config.DATABASE_URL,
    log,
  });
  const database = await databaseStarting;
  const env = { DATABASE_URL: database.url, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
  if (!stopping) {
    const applied = await migrate(database.url, log).catch((error) => {
      throw new Error(`migrations failed: ${firstLine(error)} — fix the database or the migration, then start again`);
    });
    log(applied ? `${applied} migration(s) applied` : 'schema up to date');
  }
  if (!stopping) await step('seed', [TSX, 'prisma/seed.ts'], env, 'see its output above; fix the data in data/ and start again');
  if (!stopping && !dev && !buildIsCurrent()) {
    log('building (sources changed since the last build)');
    await step('next build', [NEXT, 'build'], env, 'see its output above; fix the error and start again');
    recordBuild();
  }
  if (!stopping) {
    // The IPC channel tells serve.mjs when this process is gone, even by SIGKILL: it then stops too.
    child = spawn(process.execPath, dev ? [NEXT, 'dev', '-p', String(port)] : ['server/serve.mjs', '-p', String(port)], {
      cwd: ROOT,
      stdio: dev ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ...env },
    });
    log(`serving on http://localhost:${port} (pid ${process.pid} supervises server pid ${child.pid})`);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      fail(`the server stopped unexpectedly (${signal ?? `exit ${code}`}); PostgreSQL is being stopped — start again with npm start`);
      stop(1);
    });
  }
} catch (error) {
  if (!stopping) {
    fail(firstLine(error));
    await stop(1);
  }
}
