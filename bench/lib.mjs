import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Starts `npm start`'s script on its own database and port; resolves when it answers, with the time that took. */
export async function startApp({ port, pgPort, pgDir }) {
  const started = performance.now();
  const child = spawn(process.execPath, [resolve(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    // The export limit would turn a load test of the CSV routes into a test of the limiter.
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: pgDir, DATABASE_URL: '', EXPORT_RATE_LIMIT: '1000000000' },
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
