// The acceptance check of `npm start`'s lifecycle (issue 11): ten start → stop → immediate-start
// cycles on a data directory and ports of their own. Most stops are SIGTERM to the supervisor;
// cycle 3 ends with SIGKILL of the whole process group, cycle 5 starts over a postmaster.pid naming
// a live unrelated process (this script), cycle 6 runs `npm start` and sends SIGTERM to npm.
// After each stop it counts orphans: the cycle's supervisor, server or postmaster still running, or
// its ports still taken (after a SIGKILL this is checked once the next start is up, since that start
// may adopt the postmaster). Prints a line per cycle, then "N of 10 up, orphans: K".
//   node scripts/lifecycle-cycles.mjs [--port N] [--pg-port N]     (default: free ports)
// The app must be built (npm start builds it when the sources changed, which makes cycle 1 slow).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAlive } from './lib/processes.mjs';
import { ROOT } from './lib/run.mjs';

const CYCLES = 10;
const START_MS = 300_000;
const STOP_MS = 60_000;
const SETTLE_MS = 20_000;

const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
const portIsFree = (port) =>
  new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
async function until(condition, limitMs) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

const { values } = parseArgs({ options: { port: { type: 'string' }, 'pg-port': { type: 'string' } } });
const port = Number(values.port ?? (await freePort()));
const pgPort = Number(values['pg-port'] ?? (await freePort()));
const dir = mkdtempSync(join(tmpdir(), 'atlas-cycles-'));
chmodSync(dir, 0o755); // as root, PostgreSQL runs as the user postgres, who must reach the data directory
const pgDir = join(dir, 'pg');
const env = { ...process.env, DATABASE_URL: '', PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: pgDir };
const healthy = () => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status === 200, () => false);
const postmasterPid = () => {
  try {
    return Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
};

/** Starts the supervisor in a process group of its own (so the group can be killed) and waits until it serves. */
async function start(viaNpm) {
  const child = viaNpm
    ? spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((done) => child.on('exit', (code, signal) => done(code ?? signal)));
  const began = performance.now();
  let up = false;
  await until(async () => child.exitCode !== null || child.signalCode !== null || (up = await healthy()), START_MS);
  const pids = /pid (\d+) supervises server pid (\d+)/.exec(output);
  return { child, exited, up, seconds: (performance.now() - began) / 1000, supervisor: Number(pids?.[1]), server: Number(pids?.[2]), postmaster: postmasterPid(), output: () => output };
}

/** The processes of a stopped cycle still running, and its ports still taken. */
async function orphansOf(run, adoptedBy = null) {
  const left = () => [run.supervisor, run.server, run.postmaster].filter((pid) => pid && pid !== adoptedBy && isAlive(pid));
  await until(async () => left().length === 0, SETTLE_MS);
  const names = left().map((pid) => `pid ${pid}`);
  if (!adoptedBy) for (const p of [port, pgPort]) if (!(await until(() => portIsFree(p), SETTLE_MS))) names.push(`port ${p}`);
  return names;
}

let upCount = 0;
let orphanCount = 0;
let killed = null; // the cycle ended by SIGKILL, whose orphans are counted once the next one is up
for (let cycle = 1; cycle <= CYCLES; cycle++) {
  const viaNpm = cycle === 6;
  const stale = cycle === 5;
  if (stale) writeFileSync(join(pgDir, 'postmaster.pid'), `${process.pid}\n${pgDir}\n0\n${pgPort}\n`);
  const run = await start(viaNpm);
  const how = viaNpm ? 'npm start' : 'node scripts/start.mjs';
  if (!run.up) {
    console.log(`cycle ${cycle}: NOT up within ${START_MS / 1000} s (${how}): ${run.output().trim().split('\n').slice(-3).join(' | ')}`);
    run.child.kill('SIGKILL');
    continue;
  }
  upCount++;
  const notes = [];
  if (stale) notes.push(`stale postmaster.pid named live pid ${process.pid}: ${run.output().includes('removing stale postmaster.pid') ? 'replaced' : 'NOT reported'}`);
  if (killed) {
    const orphans = await orphansOf(killed, run.postmaster);
    orphanCount += orphans.length;
    notes.push(`after the SIGKILL: ${orphans.length ? `orphans ${orphans.join(', ')}` : 'nothing left of cycle ' + (cycle - 1)}${killed.postmaster === run.postmaster ? ' (postmaster adopted)' : ''}`);
    killed = null;
  }
  let stopped;
  if (cycle === 3) {
    process.kill(-run.child.pid, 'SIGKILL');
    killed = run;
    stopped = 'SIGKILL to the process group; next start at once';
  } else {
    run.child.kill('SIGTERM');
    const code = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r('no exit within 60 s'), STOP_MS))]);
    const orphans = await orphansOf(run);
    orphanCount += orphans.length;
    stopped = `SIGTERM to ${viaNpm ? 'npm' : 'the supervisor'}, exit ${code}${orphans.length ? `, orphans ${orphans.join(', ')}` : ', nothing left'}`;
  }
  console.log(`cycle ${cycle}: up in ${run.seconds.toFixed(1)} s (${how}); ${stopped}${notes.length ? `; ${notes.join('; ')}` : ''}`);
}
console.log(`${upCount} of ${CYCLES} up, orphans: ${orphanCount}`);
rmSync(dir, { recursive: true, force: true });
process.exit(upCount === CYCLES && orphanCount === 0 ? 0 : 1);
