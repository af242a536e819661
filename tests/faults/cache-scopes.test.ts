import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { cacheScopeOf } from '@/server/cache-scopes.mjs';
import { freePort, ROOT, runNode, startSeededDatabase, startServer, TSX, type Db } from './own-app.ts';

// The response cache keeps the answers of the routes server/cache-scopes.mjs lists across imports
// that leave their narrower data version alone (a village-level or count import keeps the series,
// business-model and Yongkang answers; a series import keeps the last two). That is only right if
// those routes really show nothing such an import changes. This file checks it against real
// renders: a production server of its own with the response cache OFF renders each listed route
// before and after real imports (CLI, as a user runs them) and every answer must be byte-identical
// but for the access date; the same imports do change answers of routes that follow every change,
// so the comparison can fail.
const DIR = join(tmpdir(), `atlas-cache-scopes-${process.pid}`);
const FIXTURE_SOURCE = join(ROOT, 'tests/fixtures/imports/source-fixture.json');

const SEED_ROUTES = [
  '/en/models', '/zh/models?tab=platforms', '/en/models?tab=sources', '/en/clusters/yongkang', '/zh/clusters/yongkang?tab=mediation',
  '/api/v1/models', '/api/v1/models.csv', '/api/v1/clusters/yongkang', '/api/v1/clusters/yongkang/sem/paths.csv?lang=zh', '/api/v1/openapi.json',
];
const SERIES_ROUTES = [
  '/en/users', '/zh/users?tab=table', '/en/transactions', '/zh/transactions?tab=sources', '/en/clusters/cross-border', '/zh/clusters/cross-border',
  '/en/embed/users', '/zh/embed/transactions', '/api/v1/series', '/api/v1/series/cnnic-internet-users', '/api/v1/series/cnnic-internet-users.csv',
  '/api/v1/views/users.csv', '/api/v1/views/transactions.csv?full=1', '/api/v1/clusters/cross-border',
];

let db: Db;
let app: ChildProcess;
let base = '';
let work = '';

// Pages print the date they were read on in their citation text: a run across midnight must not fail.
const withoutDates = (text: string) =>
  text
    .replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, 'DATE')
    .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, 'DATE')
    .replace(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g, 'DATE')
    .replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/g, 'DATE');

async function render(path: string) {
  const res = await fetch(`${base}${path}`);
  const body = await res.text();
  expect(res.status, `${path}: ${body.slice(0, 200)}`).toBe(200);
  return withoutDates(body);
}
const renderAll = async (paths: readonly string[]) => Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await render(p)])));

/** A CLI import (scripts/import.ts) of `csv` into `dataset` under the test fixture's source (registered by the first). */
async function importCsv(dataset: string, csv: string) {
  const file = join(work, `${dataset.replace(/\W/g, '-')}.csv`);
  writeFileSync(file, csv);
  const args = [TSX, 'scripts/import.ts', '--dataset', dataset, '--file', file, '--new-source', FIXTURE_SOURCE];
  const done = await runNode(args, { DATABASE_URL: db.url });
  expect(done.code, `${dataset}: ${done.stdout}${done.stderr}`).toBe(0);
  expect(done.stdout).toContain('committed');
}

describe.skipIf(!process.env.ATLAS_BASE_URL)('cache scopes against real renders (response cache off)', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'atlas-cache-scopes-files-'));
    db = await startSeededDatabase(DIR, await freePort());
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = await startServer(port, db.url, { ATLAS_RESPONSE_CACHE: '0' }, 90_000);
  }, 180_000);

  afterAll(async () => {
    app?.kill('SIGTERM');
    await db?.stop().catch(() => {});
    rmSync(DIR, { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('lists each route under the scope the cache gives it', () => {
    for (const path of SEED_ROUTES) expect([path, cacheScopeOf(path)]).toEqual([path, 'seed']);
    for (const path of SERIES_ROUTES) expect([path, cacheScopeOf(path)]).toEqual([path, 'series']);
  });

  it('count imports (cities, provinces, national) change no series or seed-only answer, but do change the villages answers', async () => {
    const villageRoutes = ['/api/v1/taobao-villages/national', '/api/v1/taobao-villages/dataset.csv', '/en/sources'];
    const before = await renderAll([...SEED_ROUTES, ...SERIES_ROUTES, ...villageRoutes]);
    await importCsv('taobao-villages-cities', 'year,city,villages\n2099,菏泽,2\n');
    await importCsv('taobao-villages-provinces', 'year,province,villages\n2099,浙江,5\n');
    await importCsv('taobao-villages-national', 'year,villages,towns\n2099,7,1\n');
    const after = await renderAll([...SEED_ROUTES, ...SERIES_ROUTES, ...villageRoutes]);
    for (const path of [...SEED_ROUTES, ...SERIES_ROUTES]) expect(after[path] === before[path], `${path} changed after a village-level import`).toBe(true);
    for (const path of villageRoutes) expect(after[path] === before[path], `${path} did not change`).toBe(false);
  }, 120_000);

  it('a series import changes no seed-only answer, but does change the series answers', async () => {
    const before = await renderAll([...SEED_ROUTES, ...SERIES_ROUTES]);
    await importCsv('series:cnnic-internet-users', 'period,period_kind,value,unit\n2099,year,10.92,亿人\n');
    const after = await renderAll([...SEED_ROUTES, ...SERIES_ROUTES]);
    for (const path of SEED_ROUTES) expect(after[path] === before[path], `${path} changed after a series import`).toBe(true);
    for (const path of ['/api/v1/series/cnnic-internet-users', '/api/v1/series/cnnic-internet-users.csv', '/en/users']) expect(after[path] === before[path], `${path} did not change`).toBe(false);
  }, 120_000);
});
