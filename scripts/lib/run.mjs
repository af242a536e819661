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

export const NEXT = bin('next/dist/bin/next');
export const TSX = bin('tsx/dist/cli.mjs');
