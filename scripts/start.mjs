// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed → build if
// the sources changed → `next start`. SIGINT/SIGTERM stop everything this script started.
import { spawn } from 'node:child_process';
import { startDatabase } from './lib/database.mjs';
import { buildIsCurrent, recordBuild } from './lib/build-stamp.mjs';
import { migrate } from './lib/migrate.mjs';
import { mustRun, NEXT, ROOT, TSX } from './lib/run.mjs';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const log = (line) => console.log(`[atlas] ${line}`);

const database = await startDatabase({
  dir: process.env.EMBEDDED_PG_DIR ?? `${ROOT}/.data/pg`,
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  log,
});
let server;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  const env = { DATABASE_URL: database.url, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
  const applied = await migrate(database.url, log);
  log(applied ? `${applied} migration(s) applied` : 'schema up to date');
  await mustRun('seed', [TSX, 'prisma/seed.ts'], env);
  if (!dev && !buildIsCurrent()) {
    log('building (sources changed since the last build)');
    await mustRun('next build', [NEXT, 'build'], env);
    recordBuild();
  }
  server = spawn(process.execPath, dev ? [NEXT, 'dev', '-p', port] : ['server/serve.mjs', '-p', port], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  log(`serving on http://localhost:${port}`);
  server.on('exit', (code) => shutdown(code ?? 0));
} catch (error) {
  console.error(`[atlas] ${error.message}`);
  await shutdown(1);
}
