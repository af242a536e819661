// `npm test`: typecheck, lint, then unit + integration (Vitest) and browser (Playwright) tests
// against a real PostgreSQL (a fresh embedded one unless TEST_DATABASE_URL is set) and the real
// production build served over HTTP.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIsCurrent, recordBuild } from './lib/build-stamp.mjs';
import { startDatabase } from './lib/database.mjs';
import { freePort } from './lib/free-port.mjs';
import { migrate } from './lib/migrate.mjs';
import { bin, mustRun, NEXT, ROOT, runNode, TSX, waitForHttp } from './lib/run.mjs';

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
let server;
let exitCode = 0;
async function cleanup() {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  await database?.stop();
}
process.on('SIGINT', async () => {
  await cleanup();
  process.exit(130);
});

try {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  log('typecheck');
  await mustRun('typecheck', [bin('typescript/bin/tsc'), '--noEmit', '-p', '.']);
  log('lint');
  await mustRun('lint', [bin('eslint/bin/eslint.js'), '.', '--max-warnings=0']);

  log('database');
  if (process.env.TEST_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  } else {
    delete process.env.DATABASE_URL; // never run the suite against the app's own database
    rmSync(testDir, { recursive: true, force: true });
  }
  database = await startDatabase({ dir: testDir, port: pgPort, log: (l) => console.log(`[test] ${l}`) });
  const env = { DATABASE_URL: database.url, CHECKPOINT_DISABLE: '1', NEXT_TELEMETRY_DISABLED: '1' };
  await migrate(database.url, (l) => console.log(`[test] ${l}`));
  await mustRun('seed', [TSX, 'prisma/seed.ts'], env);

  if (!buildIsCurrent()) {
    log('next build');
    await mustRun('next build', [NEXT, 'build'], env);
    recordBuild();
  }
  log(`starting the app on port ${port}`);
  // The fuzz tests send tens of thousands of export requests; tests/faults checks the limit itself.
  // A token of this run only enables imports, so the browser test of the upload page can run
  // (it imports synthetic rows for a year of its own, after the Vitest suites have finished).
  const adminToken = randomBytes(24).toString('hex');
  server = spawn(process.execPath, ['server/serve.mjs', '-p', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env, EXPORT_RATE_LIMIT: '1000000', IMPORT_RATE_LIMIT: '1000000', ATLAS_ADMIN_TOKEN: adminToken },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/v1/taobao-villages/national`);
  const testEnv = { ...env, ATLAS_BASE_URL: baseUrl };

  log('unit and integration tests (Vitest)');
  const vitestReport = resolve(ROOT, 'test-results/vitest.json');
  const vitest = await runNode([bin('vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], testEnv);
  countResults(vitestReport, 'vitest');

  log('browser tests (Playwright, Chromium)');
  const playwrightReport = resolve(ROOT, 'test-results/playwright.json');
  const playwright = await runNode([bin('@playwright/test/cli.js'), 'test'], {
    ...testEnv,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    IMPORTS_E2E_BASE_URL: baseUrl,
    IMPORTS_E2E_TOKEN: adminToken,
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
