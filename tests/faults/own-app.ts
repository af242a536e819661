import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
// @ts-expect-error plain ESM helper without types
import { startDatabase } from '../../scripts/lib/database.mjs';
// @ts-expect-error plain ESM helper without types
import { migrate } from '../../scripts/lib/migrate.mjs';

// @ts-expect-error plain ESM helper without types
import { waitForResponseCache } from '../../scripts/lib/run.mjs';

/** Every server these tests start takes a port that is free now, never a fixed one. */
export { freePort } from '../../scripts/lib/free-port.mjs';

// Fault tests that stop the database or write data run an embedded PostgreSQL and a production
// server (server/serve.mjs on the build npm test made) of their own, never the shared ones.
export const ROOT = resolve(import.meta.dirname, '../..');
export const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');

export type Db = { url: string; stop: () => Promise<void> };

/** Runs node with a script; resolves with the exit code and the output. */
export function runNode(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

/** Polls `base + path` until it answers `want`; returns the last status seen. */
export async function poll(base: string, path: string, want: number, limitMs: number, everyMs = 100) {
  const deadline = Date.now() + limitMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = await fetch(`${base}${path}`).then((r) => r.status, () => 0);
    if (last === want) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return last;
}

/** A fresh embedded PostgreSQL in `dir` (never the one DATABASE_URL names), migrated and seeded. */
export async function startSeededDatabase(dir: string, port: number): Promise<Db> {
  rmSync(dir, { recursive: true, force: true });
  const db = (await startDatabase({ dir, port, useEnv: false })) as Db;
  await migrate(db.url);
  const seeded = await runNode([TSX, 'prisma/seed.ts'], { DATABASE_URL: db.url });
  if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  return db;
}

/**
 * Loads the village registry (`npm run registry:villages`, ~10 s): village-level imports match their
 * rows to it. A suite that imports villages loads it up front, so no test pays for it in its timeout.
 */
export async function loadVillageRegistry(databaseUrl: string) {
  const loaded = await runNode([TSX, 'scripts/load-village-registry.ts'], { DATABASE_URL: databaseUrl });
  if (loaded.code !== 0) throw new Error(`village registry load failed: ${loaded.stderr}`);
}

/** Restarts the embedded PostgreSQL kept in `dir` (after a test stopped it). */
export const restartDatabase = async (dir: string, port: number) => (await startDatabase({ dir, port, useEnv: false })) as Db;

/**
 * server/serve.mjs on `port` against `databaseUrl`; resolves once /api/health answers 200.
 * `output` receives what the server logs (stdout and stderr); without it the log is discarded.
 */
export async function startServer(port: number, databaseUrl: string, env: Record<string, string>, limitMs: number, output?: (text: string) => void): Promise<ChildProcess> {
  const app = spawn(process.execPath, [resolve(ROOT, 'server/serve.mjs'), '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, DB_POOL_SIZE: '4', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the test's hook times out before it gets the child, the server must still not outlive the run.
  process.once('exit', () => app.kill('SIGKILL'));
  // The last lines it wrote, so that a server that refuses to start says why in the test's failure.
  let tail = '';
  const keep = (d: Buffer) => {
    output?.(String(d));
    tail = (tail + String(d)).slice(-2000);
  };
  app.stdout.on('data', keep);
  app.stderr.on('data', keep);
  const exited = new Promise<number>((done) => app.once('exit', (code) => done(code ?? 1)));
  const status = await Promise.race([poll(`http://127.0.0.1:${port}`, '/api/health', 200, limitMs), exited.then(() => -1)]);
  if (status === -1) throw new Error(`the server on port ${port} exited before it was healthy: ${tail.trim()}`);
  if (status !== 200) throw new Error(`the server on port ${port} did not become healthy (last status ${status}): ${tail.trim()}`);
  // Tests here count cache hits and misses: begin once the response cache is on.
  if (env.ATLAS_RESPONSE_CACHE !== '0') await waitForResponseCache(`http://127.0.0.1:${port}`, limitMs);
  return app;
}
