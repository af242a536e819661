import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Starts `npm start`'s script on its own database and port; resolves when it answers, with the time that took. */
export async function startApp({ port, pgPort, pgDir }) {
  const started = performance.now();
  const child = spawn(process.execPath, [resolve(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    // The export limit would turn a load test of the CSV routes into a test of the limiter.
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: pgDir, DATABASE_URL: '', EXPORT_RATE_LIMIT: '100000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the app exited during start-up');
    const ok = await fetch(`${url}/api/health`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (performance.now() - started > 300_000) throw new Error('the app did not start within 300 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url, startupMs: performance.now() - started };
}

export function stopApp(child) {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', r);
    child.kill('SIGTERM');
  });
}

export const verdict = (ok) => (ok ? 'PASS' : 'MISS');
export const fmt = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? '—' : Number(n).toFixed(d));

/** Resident memory of a process, in MB (from /proc). */
export function rssMb(pid) {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
}

/** The serving process (server/serve.mjs), a child of scripts/start.mjs. */
export function serverPid(startPid) {
  const children = execFileSync('pgrep', ['-P', String(startPid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
  const pid = children.find((c) => readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('serve.mjs'));
  if (!pid) throw new Error('serve.mjs process not found');
  return pid;
}

export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * Uncached latency of one route, one request at a time (latency, not throughput): `warmup`
 * requests, then `requests` timed ones, each read to its end. Fails on a non-200 answer or one
 * served by the response cache (the server must run with ATLAS_RESPONSE_CACHE=0).
 */
export async function measureUncached(base, path, { requests, warmup = 3 }) {
  const times = [];
  for (let i = 0; i < requests + warmup; i++) {
    const started = performance.now();
    const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    if (response.headers.get('x-atlas-cache')) throw new Error(`${path}: served from the response cache; run with ATLAS_RESPONSE_CACHE=0`);
    if (i >= warmup) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/**
 * The server an uncached benchmark measures: BENCH_URL (already running with ATLAS_RESPONSE_CACHE=0),
 * or the app started with the cache off on free ports in a temporary folder. `close()` stops what was started.
 */
export async function uncachedApp(name) {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL, close: async () => {} };
  const { freePort } = await import('../scripts/lib/free-port.mjs');
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${name}-`));
  // mkdtemp makes the folder 0700; run as root, the embedded PostgreSQL runs as the user postgres and must reach it.
  chmodSync(dir, 0o755);
  process.env.ATLAS_RESPONSE_CACHE = '0';
  const app = await startApp({ port: await freePort(), pgPort: await freePort(), pgDir: join(dir, 'pg') });
  return {
    base: app.url,
    close: async () => {
      await stopApp(app.child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
