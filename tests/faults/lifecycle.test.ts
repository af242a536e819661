import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start`'s supervisor (scripts/start.mjs) with a PostgreSQL data directory and ports of its own:
// how it stops, what happens when its server or it dies, and how start-up fails. One data directory
// serves every start (the seed is skipped when the data is unchanged); the build is the one npm test
// made before Vitest runs.
const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(tmpdir(), `atlas-lifecycle-pg-${process.pid}`);
const START_MS = 180_000;

type Supervisor = { process: ChildProcess; port: number; pgPort: number; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

/** A port nobody listens on now (the OS picks it). */
function freePort() {
  return new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

function portIsFree(port: number) {
  return new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** Polls `condition` every 50 ms until it holds or `limitMs` passes; returns whether it held. */
async function until(condition: () => boolean | Promise<boolean>, limitMs: number) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

const healthy = (port: number) => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status === 200, () => false);

function startSupervisor(env: Record<string, string>, ports: { port: number; pgPort: number }): Supervisor {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PORT: String(ports.port), EMBEDDED_PG_PORT: String(ports.pgPort), EMBEDDED_PG_DIR: DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  started.push(child);
  return { process: child, ...ports, stdout: () => stdout, stderr: () => stderr, exited };
}

async function startServing() {
  const supervisor = startSupervisor({}, { port: await freePort(), pgPort: await freePort() });
  const up = await until(async () => supervisor.process.exitCode === null && (await healthy(supervisor.port)), START_MS);
  if (!up) throw new Error(`start.mjs did not serve: ${supervisor.stdout()}\n${supervisor.stderr()}`);
  const serverPid = Number(/server pid (\d+)/.exec(supervisor.stdout())?.[1]);
  const postmasterPid = Number(readFileSync(join(DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { ...supervisor, serverPid, postmasterPid };
}

/** Everything a stopped supervisor started is gone: server, postmaster, both ports free. */
async function nothingLeft(s: { serverPid: number; postmasterPid: number; port: number; pgPort: number }) {
  return until(async () => !isAlive(s.serverPid) && !isAlive(s.postmasterPid) && (await portIsFree(s.port)) && (await portIsFree(s.pgPort)), 20_000);
}

const started: ChildProcess[] = [];

describe.skipIf(!process.env.ATLAS_BASE_URL)('npm start: the supervisor', () => {
  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await until(() => started.every((c) => c.exitCode !== null || c.signalCode !== null), 20_000);
    rmSync(DIR, { recursive: true, force: true });
  }, 30_000);

  it('refuses a bad setting with one line on stderr, no stack trace, and a non-zero exit', async () => {
    const supervisor = startSupervisor({ EMBEDDED_PG_PORT: 'abc' }, { port: await freePort(), pgPort: 0 });
    expect(await supervisor.exited).not.toBe(0);
    const lines = supervisor.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('EMBEDDED_PG_PORT="abc" must be a whole number');
    expect(supervisor.stdout()).toBe('');
  });

  it('on SIGTERM finishes the requests in flight, then stops PostgreSQL, exits 0 and leaves nothing running', async () => {
    const s = await startServing();
    // Requests on keep-alive connections the server has already accepted, fully sent before SIGTERM:
    // each needs the database, so PostgreSQL stopping before the server has answered would fail them.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    const request = (path: string, sent?: () => void) =>
      new Promise<number>((done) => {
        const req = http.get(`http://127.0.0.1:${s.port}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        });
        req.on('error', () => done(0));
        if (sent) req.on('finish', sent);
      });
    expect(await Promise.all(Array.from({ length: 4 }, () => request('/api/health')))).toEqual([200, 200, 200, 200]);
    // The route's code is loaded first (another URL of it): on a busy machine a fresh process's first
    // compile of it could outlast serve.mjs's 10 s bound on finishing, which is not what this tests.
    expect(await request('/api/v1/taobao-villages/cities?province=Hebei')).toBe(200);
    let sentCount = 0;
    let allSent!: () => void;
    const sent = new Promise<void>((r) => (allSent = r));
    // Four URLs none of which the (fresh) response cache holds, so each is computed from the database.
    const paths = ['Zhejiang', 'Jiangsu', 'Guangdong', 'Fujian'].map((p) => `/api/v1/taobao-villages/cities?province=${p}`);
    const inFlight = paths.map((path) => request(path, () => ++sentCount === 4 && allSent()));
    await sent;
    s.process.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200]);
    agent.destroy();
    expect(await s.exited).toBe(0);
    expect(await nothingLeft(s)).toBe(true);
  }, START_MS + 60_000);

  it('starts over a stale postmaster.pid naming a live unrelated process; when its server is killed it stops PostgreSQL and exits non-zero', async () => {
    // After a container restart the pid in postmaster.pid usually belongs to some other process.
    writeFileSync(join(DIR, 'postmaster.pid'), `${process.pid}\n${DIR}\n0\n1\n`);
    const s = await startServing();
    expect(s.stdout()).toContain(`removing stale postmaster.pid: pid ${process.pid}`);
    expect(isAlive(process.pid)).toBe(true);
    process.kill(s.serverPid, 'SIGKILL');
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toContain('the server stopped unexpectedly (SIGKILL)');
    expect(await nothingLeft(s)).toBe(true);
  }, START_MS + 60_000);

  it('when the supervisor itself is killed, its server and PostgreSQL stop too', async () => {
    const s = await startServing();
    s.process.kill('SIGKILL');
    // The server sees its IPC channel close; the watchdog sees its pipe close and stops PostgreSQL.
    expect(await nothingLeft(s)).toBe(true);
  }, START_MS + 60_000);

  it('names the port and the process in the way when PostgreSQL cannot listen, in one line', async () => {
    const pgPort = await freePort();
    const blocker = createServer().listen(pgPort, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const s = startSupervisor({}, { port: await freePort(), pgPort });
      expect(await s.exited).toBe(1);
      const lines = s.stderr().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`cannot listen on 127.0.0.1:${pgPort}: the port is in use by pid ${process.pid}`);
      expect(lines[0]).toContain('EMBEDDED_PG_PORT');
    } finally {
      blocker.close();
    }
  }, 60_000);
});
