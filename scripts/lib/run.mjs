import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const bin = (pkgPath) => resolve(ROOT, 'node_modules', pkgPath);

/** Runs node with a script, inheriting stdio; resolves with the exit code. */
export function runNode(args, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

export async function mustRun(label, args, env) {
  const code = await runNode(args, env);
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
}

export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Waits until the server's response cache is on: it starts off and turns on once its first poll
 * has read the data version (within a second or so of start-up), so a test that counts cache hits
 * must not begin before. A request that is never stored (a 400) shows it: `x-atlas-cache: miss`
 * once the cache is on, no header before.
 */
export async function waitForResponseCache(baseUrl, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${baseUrl}/api/v1/taobao-villages/cities?sort=not-a-column`).catch(() => null);
    await res?.arrayBuffer();
    if (res?.headers.get('x-atlas-cache')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the response cache of ${baseUrl} did not turn on within ${timeoutMs} ms`);
}

export const NEXT = bin('next/dist/bin/next');
export const TSX = bin('tsx/dist/cli.mjs');
