// A PostgreSQL primary and a hot standby fed by streaming replication, from Debian's packages
// (/usr/lib/postgresql/<major>/bin), for bench/cluster.mjs. Both listen on 127.0.0.1 only, trust
// local connections (a throwaway pair on loopback), and live in a temporary folder removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ensureDebianPackage, onStop, sleep } from './cluster-processes.mjs';

/** The newest PostgreSQL installed from Debian's packages (installing `postgresql` when there is none). */
export function debianPostgres() {
  const root = '/usr/lib/postgresql';
  const majors = () => (existsSync(root) ? readdirSync(root).filter((m) => existsSync(join(root, m, 'bin/pg_basebackup'))).sort((a, b) => Number(b) - Number(a)) : []);
  if (majors().length === 0) ensureDebianPackage('postgresql', '/usr/bin/psql');
  const [major] = majors();
  if (!major) throw new Error('no PostgreSQL server found under /usr/lib/postgresql after installing postgresql');
  return { major: Number(major), bin: (name) => join(root, major, 'bin', name) };
}

/** PostgreSQL refuses to run as root: then its programs run as the user postgres (Debian's package creates it). */
function runAs() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Runs a PostgreSQL program to completion in its own process group (pg_ctl's postmaster leaves it at once). */
function run(program, args, ids) {
  return new Promise((done, fail) => {
    const child = spawn(program, args, { ...ids, detached: true, cwd: '/', env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`${program.split('/').at(-1)} ${args.join(' ')} exited ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`))));
  });
}

export async function waitForPostgres(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${url} did not answer within ${timeoutMs} ms: ${error.message}`);
      await sleep(200);
    }
  }
}

/**
 * Starts the primary on `primaryPort` (database `atlas`) and a standby on `replicaPort` made with
 * pg_basebackup -R (streaming, through a replication slot so a stopped standby finds the WAL it
 * missed). Returns URLs and stop/start controls for the standby.
 */
export async function startPrimaryAndReplica({ dir, primaryPort, replicaPort, log }) {
  const { major, bin } = debianPostgres();
  const ids = runAs();
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  if (ids.uid !== undefined) chownSync(dir, ids.uid, ids.gid);
  const ctl = (dataDir, action, extra = []) => run(bin('pg_ctl'), ['-D', dataDir, '-w', '-t', '60', action, ...extra], ids);
  const running = new Set();
  // The postmasters are not our children (pg_ctl detaches them): stopped here, whatever happens.
  onStop(async () => {
    for (const d of [replicaDir, primaryDir]) if (running.has(d)) await ctl(d, 'stop', ['-m', 'fast']).catch(() => ctl(d, 'stop', ['-m', 'immediate']));
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async (dataDir) => {
    running.add(dataDir);
    await ctl(dataDir, 'start', ['-l', join(dataDir, 'server.log')]);
  };

  log(`PostgreSQL ${major} (Debian) primary on 127.0.0.1:${primaryPort}, standby on 127.0.0.1:${replicaPort}`);
  await run(bin('initdb'), ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C'], ids);
  appendFileSync(
    join(primaryDir, 'postgresql.conf'),
    [
      `port = ${primaryPort}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${primaryDir}'`,
      'max_connections = 300',
      'wal_level = replica',
      'max_wal_senders = 5',
      'max_replication_slots = 5',
      'hot_standby = on',
      // A standby query cancelled by replay would be retried on the primary; avoid it anyway.
      'hot_standby_feedback = on',
      'fsync = off', // a throwaway benchmark pair
      'synchronous_commit = off',
      '',
    ].join('\n'),
  );
  await start(primaryDir);
  const primaryUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/atlas`;
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE atlas');
  await admin.end();

  return {
    major,
    primaryUrl,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/atlas`,
    /** Clones the (migrated, seeded) primary into the standby and starts it. */
    async startReplica() {
      await run(bin('pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-C', '-S', 'bench_standby', '-c', 'fast'], ids);
      appendFileSync(join(replicaDir, 'postgresql.conf'), `port = ${replicaPort}\nunix_socket_directories = '${replicaDir}'\n`);
      await start(replicaDir);
      await waitForPostgres(this.replicaUrl);
    },
    stopReplica: async () => {
      await ctl(replicaDir, 'stop', ['-m', 'fast']);
      running.delete(replicaDir);
    },
    restartReplica: () => start(replicaDir),
    /** Whether the standby is in recovery (a hot standby) and streaming from the primary. */
    async replicationState() {
      const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres` });
      await client.connect();
      const { rows } = await client.query('SELECT state FROM pg_stat_replication');
      await client.end();
      return rows.map((r) => r.state);
    },
  };
}
