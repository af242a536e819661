import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../poll.ts';
import { freePort, loadVillageRegistry, restartDatabase, ROOT, startSeededDatabase, startServer, type Db } from './own-app.ts';

// Scale-out over real HTTP: two production servers (server/serve.mjs) on a PostgreSQL primary and a
// second, real PostgreSQL as their read replica (DATABASE_REPLICA_URL), both of their own. The
// replica is a copy of the seeded primary's data directory (the embedded binaries have no
// pg_basebackup; bench/cluster.mjs runs a streaming standby), whose source titles carry the mark
// " [replica]", so an answer (which cites its sources) shows which database it was read from.
const DIR = join(tmpdir(), `atlas-cluster-test-${process.pid}`);
const PRIMARY_DIR = join(DIR, 'primary');
const REPLICA_DIR = join(DIR, 'replica');
const TOKEN = randomBytes(32).toString('hex');
const SERIES = 'cnnic-internet-users';
// CLUSTER_TEST_PG_PORT and CLUSTER_TEST_APP_PORT (two ports from each) keep the suite inside given
// ranges on a shared machine; unset, it takes free ports.
const port = async (base: string | undefined, i: number) => (base ? Number(base) + i : await freePort());

let primary: Db;
let replica: Db;
let ports: { primary: number; replica: number; a: number; b: number };
let a: ChildProcess;
let b: ChildProcess;
const base = (p: number) => `http://127.0.0.1:${p}`;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Which database instance A read a series from; `from` makes each URL one the response cache has not seen. */
async function seriesOrigin(from: number) {
  const res = await fetch(`${base(ports.a)}/api/v1/series/${SERIES}?from=${from}`);
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(200);
  expect(JSON.parse(text).meta.sources.length).toBeGreaterThan(0);
  return text.includes(' [replica]') ? 'replica' : 'primary';
}
/** A request from a chosen loopback address (each test of the limits is its own client). */
function statusFrom(from: string, port: number, path: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<number>((done, fail) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, localAddress: from, agent: false }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.on('error', fail);
    req.end();
  });
}

let nextYear = 2000;
const freshSeriesOrigin = () => seriesOrigin(nextYear++);

describe.skipIf(!process.env.ATLAS_BASE_URL)('scale-out: read replica and shared limits, over real HTTP', () => {
  beforeAll(async () => {
    const { CLUSTER_TEST_PG_PORT: pgBase, CLUSTER_TEST_APP_PORT: appBase } = process.env;
    ports = { primary: await port(pgBase, 0), replica: await port(pgBase, 1), a: await port(appBase, 0), b: await port(appBase, 1) };
    rmSync(DIR, { recursive: true, force: true });
    primary = await startSeededDatabase(PRIMARY_DIR, ports.primary);
    await loadVillageRegistry(primary.url); // the import below matches its villages to it
    // A stopped cluster's directory copied whole is a consistent second server with the same data.
    await primary.stop();
    execFileSync('cp', ['-a', PRIMARY_DIR, REPLICA_DIR]);
    [primary, replica] = await Promise.all([restartDatabase(PRIMARY_DIR, ports.primary), restartDatabase(REPLICA_DIR, ports.replica)]);
    // The mark in the title the API gives and in the reader's title the pages show.
    await query(replica.url, "UPDATE source SET title = title || ' [replica]', reader = CASE WHEN reader IS NULL THEN NULL ELSE jsonb_set(reader, '{title,en}', to_jsonb((reader->'title'->>'en') || ' [replica]')) END");
    const env = { DATABASE_REPLICA_URL: replica.url, ATLAS_ADMIN_TOKEN: TOKEN, ATLAS_RATE_LIMIT_STORE: 'postgres', EXPORT_RATE_LIMIT: '4', IMPORT_RATE_LIMIT: '3' };
    [a, b] = await Promise.all([startServer(ports.a, primary.url, env, 120_000), startServer(ports.b, primary.url, env, 120_000)]);
  }, 300_000);

  afterAll(async () => {
    a?.kill('SIGTERM');
    b?.kill('SIGTERM');
    await Promise.all([primary?.stop().catch(() => {}), replica?.stop().catch(() => {})]);
    rmSync(DIR, { recursive: true, force: true });
  }, 60_000);

  it('reads pages and APIs from the replica', async () => {
    expect(await freshSeriesOrigin()).toBe('replica');
    const page = await (await fetch(`${base(ports.a)}/en/users?tab=sources`)).text();
    expect(page).toContain('[replica]');
    const onReplica = await query<{ n: number }>(replica.url, "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'atlas-replica-read'");
    expect(onReplica[0].n).toBeGreaterThan(0);
  });

  it('writes an admin session to the primary and reads it back there, not from the replica', async () => {
    const signIn = await fetch(`${base(ports.a)}/api/v1/imports/session`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN, locale: 'en' }),
    });
    expect(signIn.status).toBe(303);
    const cookie = String(signIn.headers.get('set-cookie')).split(';')[0];
    expect((await query<{ n: number }>(primary.url, 'SELECT count(*)::int AS n FROM admin_session'))[0].n).toBe(1);
    expect((await query<{ n: number }>(replica.url, 'SELECT count(*)::int AS n FROM admin_session'))[0].n).toBe(0);
    // The other instance accepts the session: it reads sessions from the primary as well.
    expect((await fetch(`${base(ports.b)}/api/v1/imports?limit=1`, { headers: { cookie } })).status).toBe(200);
  });

  it('falls back to the primary when the replica stops, without a failed request, and returns to it when it is back', async () => {
    await replica.stop();
    // At once (before a version poll has noticed) and after: every answer is a 200, from the primary.
    for (let i = 0; i < 6; i++) expect(await freshSeriesOrigin()).toBe('primary');
    expect((await fetch(`${base(ports.a)}/en/transactions`)).status).toBe(200);
    expect((await fetch(`${base(ports.a)}/api/v1/taobao-villages/villages.csv`)).status).toBe(200);
    replica = await restartDatabase(REPLICA_DIR, ports.replica);
    expect(await pollUntil(freshSeriesOrigin, (origin) => origin === 'replica', 20_000)).toBe('replica');
  });

  it('reads the primary while the replica has not replayed the primary’s data version (an import committed there)', async () => {
    const form = new FormData();
    form.set('dataset', 'taobao-villages');
    form.set('newSource', readFileSync(resolve(ROOT, 'tests/fixtures/imports/source-fixture.json'), 'utf8'));
    form.set('file', new Blob([readFileSync(resolve(ROOT, 'tests/fixtures/imports/villages-valid.csv'))], { type: 'text/csv' }), 'villages-valid.csv');
    const res = await fetch(`${base(ports.a)}/api/v1/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect((await query<{ n: number }>(primary.url, 'SELECT count(*)::int AS n FROM taobao_village WHERE year = 2098'))[0].n).toBe(6);
    expect((await query<{ n: number }>(replica.url, 'SELECT count(*)::int AS n FROM taobao_village WHERE year = 2098'))[0].n).toBe(0);
    // This "replica" never catches up: once the instances have seen the new version, they read the primary.
    expect(await pollUntil(freshSeriesOrigin, (origin) => origin === 'primary', 10_000)).toBe('primary');
    for (const instance of [ports.a, ports.b]) {
      const cities = await pollUntil(
        () => fetch(`${base(instance)}/api/v1/taobao-villages/cities?year=2098&scope=all`).then((r) => r.status),
        (status) => status === 200,
        10_000,
      );
      expect(cities).toBe(200);
    }
  });

  it('counts the export and import limits across both instances (PostgreSQL store)', async () => {
    // Alternating between the instances: one count, one limit (4 exports, 3 import attempts a minute).
    const exports: number[] = [];
    for (let i = 0; i < 5; i++) exports.push(await statusFrom('127.0.0.7', i % 2 ? ports.b : ports.a, '/api/v1/taobao-villages/national.csv'));
    expect(exports).toEqual([200, 200, 200, 200, 429]);
    expect(await statusFrom('127.0.0.7', ports.b, '/api/v1/taobao-villages/cities.csv')).toBe(429);
    // Another client is not affected.
    expect(await statusFrom('127.0.0.8', ports.b, '/api/v1/taobao-villages/national.csv')).toBe(200);
    const imports: number[] = [];
    for (let i = 0; i < 4; i++) imports.push(await statusFrom('127.0.0.9', i % 2 ? ports.a : ports.b, '/api/v1/imports', 'POST', { authorization: 'Bearer wrong' }));
    expect(imports).toEqual([401, 401, 401, 429]);
    const [row] = await query<{ points: number }>(primary.url, 'SELECT points FROM rate_limit WHERE key = $1', ['export:127.0.0.7']);
    expect(row.points).toBe(6);
  });
});
