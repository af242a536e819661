// `npm test`: typecheck, lint, then unit + integration (Vitest) and browser (Playwright) tests
// against a real PostgreSQL (a fresh embedded one unless TEST_DATABASE_URL is set) and the real
// production build served over HTTP.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { buildIsCurrent, recordBuild } from './lib/build-stamp.mjs';
import { startDatabase } from './lib/database.mjs';
import { freePort } from './lib/free-port.mjs';
import { migrate } from './lib/migrate.mjs';
import { bin, mustRun, NEXT, ROOT, runNode, TSX, waitForHttp, waitForResponseCache } from './lib/run.mjs';

const log = (line) => console.log(`\n[test] ${line}`);
const results = { passed: 0, failed: 0 };
const testDir = resolve(ROOT, '.data/pg-test');
// Ports: TEST_PORT / TEST_PG_PORT when set, else free ones, so that two runs never collide.
const port = process.env.TEST_PORT ? Number(process.env.TEST_PORT) : await freePort();
const pgPort = process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : await freePort();

function countResults(file, kind) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') {
    results.passed += report.numPassedTests ?? 0;
    results.failed += report.numFailedTests ?? 0;
  } else {
    results.passed += report.stats?.expected ?? 0;
    results.failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
  }
}

let database;
let importsDatabaseUrl = null;
const servers = [];
let exitCode = 0;
async function cleanup() {
  await Promise.all(
    servers.filter((s) => s.exitCode === null && s.signalCode === null).map((s) => {
      const exited = new Promise((r) => s.once('exit', r));
      s.kill('SIGTERM');
      return exited;
    }),
  );
  if (importsDatabaseUrl && database && !database.embedded) await dropDatabase(importsDatabaseUrl).catch(() => {});
  await database?.stop();
}
process.on('SIGINT', async () => {
  await cleanup();
  process.exit(130);
});

const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1));
async function asAdmin(url, sql) {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    for (const statement of sql) await admin.query(statement);
  } finally {
    await admin.end();
  }
}
const dropDatabase = (url) => asAdmin(url, [`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`]);

/** A copy of the seeded database (nobody may be connected to it), for tests that write. */
async function cloneDatabase(url, suffix) {
  const copy = Object.assign(new URL(url), { pathname: `/${databaseName(url)}_${suffix}` }).toString();
  await asAdmin(url, [`DROP DATABASE IF EXISTS "${databaseName(copy)}" WITH (FORCE)`, `CREATE DATABASE "${databaseName(copy)}" TEMPLATE "${databaseName(url)}"`]);
  return copy;
}

function startServer(serverPort, env) {
  const child = spawn(process.execPath, ['server/serve.mjs', '-p', String(serverPort)], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  servers.push(child);
  return child;
}

try {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  const env = { CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };

  // Three lanes at once (tsc and eslint are single-threaded, the build mostly so; the database
  // mostly waits): the checks, the build, the database. A failure in any lane fails the run.
  const checks = async () => {
    log('typecheck and lint');
    await mustRun('typecheck', [bin('typescript/bin/tsc'), '--noEmit', '-p', '.']);
    await mustRun('lint', [bin('eslint/bin/eslint.js'), '.', '--max-warnings=0']);
    log('typecheck and lint passed');
  };
  const build = async () => {
    if (buildIsCurrent()) return;
    log('next build');
    await mustRun('next build', [NEXT, 'build'], env); // needs no database: the Prisma client is created lazily
    recordBuild();
  };
  const prepareDatabase = async () => {
    if (process.env.TEST_DATABASE_URL) {
      process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    } else {
      delete process.env.DATABASE_URL; // never run the suite against the app's own database
      rmSync(testDir, { recursive: true, force: true });
    }
    database = await startDatabase({ dir: testDir, port: pgPort, log: (l) => console.log(`[test] ${l}`) });
    await migrate(database.url, (l) => console.log(`[test] ${l}`));
    await mustRun('seed', [TSX, 'prisma/seed.ts'], { ...env, DATABASE_URL: database.url });
    // The browser test of the upload page imports rows: it gets a copy of the seeded database and
    // a server of its own, so the shared one never changes under the other tests.
    importsDatabaseUrl = await cloneDatabase(database.url, 'e2e_imports').catch((error) => {
      log(`no copy of the database for the import browser test (${error.message}): it is skipped`);
      return null;
    });
    // Its village-level uploads are matched to the village registry: loaded here (seconds), not by
    // the first preview, whose browser expectations wait 5 s. (The fault suite tests the on-demand load.)
    if (importsDatabaseUrl) await mustRun('village registry', [TSX, 'scripts/load-village-registry.ts'], { ...env, DATABASE_URL: importsDatabaseUrl });
  };
  const lanes = await Promise.allSettled([checks(), build(), prepareDatabase()]);
  const failed = lanes.find((lane) => lane.status === 'rejected');
  if (failed) throw failed.reason;

  log(`starting the app on port ${port}`);
  // The fuzz tests send tens of thousands of export requests; tests/faults checks the limit itself.
  startServer(port, { ...env, DATABASE_URL: database.url, EXPORT_RATE_LIMIT: '1000000', IMPORT_RATE_LIMIT: '1000000' });
  const baseUrl = `http://127.0.0.1:${port}`;
  // The server for the upload page's browser test: its own database copy, imports enabled by a
  // token of this run.
  const adminToken = randomBytes(24).toString('hex');
  const importsPort = importsDatabaseUrl ? await freePort() : null;
  if (importsDatabaseUrl) startServer(importsPort, { ...env, DATABASE_URL: importsDatabaseUrl, ATLAS_ADMIN_TOKEN: adminToken, DB_POOL_SIZE: '4' });
  await waitForHttp(`${baseUrl}/api/v1/taobao-villages/national`);
  await waitForResponseCache(baseUrl); // the cache tests count hits from their first request
  if (importsPort) await waitForHttp(`http://127.0.0.1:${importsPort}/api/health`);
  const testEnv = { ...env, DATABASE_URL: database.url, ATLAS_BASE_URL: baseUrl };

  log('unit and integration tests (Vitest)');
  const vitestReport = resolve(ROOT, 'test-results/vitest.json');
  const vitest = await runNode([bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], testEnv);
  countResults(vitestReport, 'vitest');

  log('browser tests (Playwright, Chromium)');
  const playwrightReport = resolve(ROOT, 'test-results/playwright.json');
  const playwright = await runNode([bin('@playwright/test/cli.js'), 'test'], {
    ...testEnv,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    ...(importsPort ? { IMPORTS_E2E_BASE_URL: `http://127.0.0.1:${importsPort}`, IMPORTS_E2E_TOKEN: adminToken } : {}),
  });
  countResults(playwrightReport, 'playwright');

  exitCode = vitest || playwright ? 1 : 0;
} catch (error) {
  console.error(`[test] ${error.message}`);
  exitCode = 1;
} finally {
  await cleanup();
}
console.log(`\ntests: ${results.passed} passed, ${results.failed} failed`);
process.exit(exitCode || (results.failed ? 1 : 0));
