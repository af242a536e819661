import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, poll as pollAt, restartDatabase, startSeededDatabase, startServer, type Db } from './own-app.ts';

// Runs its own PostgreSQL and its own production server (on the build npm test made), so that it
// can stop the database under a live app without disturbing the other tests.
const DIR = join(tmpdir(), `atlas-outage-pg-${process.pid}`);
let PG_PORT = 0;
let APP_PORT = 0;
let BASE = '';

let db: Db;
let app: ChildProcess;
let log = '';
// Two CSV exports among them: the warm start's own requests must not use up the export limit of the
// loopback address this test's requests come from too (the limit test below counts from 1).
const WARM = ['/en/users', '/zh/models', '/api/v1/series', '/api/v1/models.csv', '/api/v1/views/users.csv'];

const poll = (path: string, want: number, limitMs: number) => pollAt(BASE, path, want, limitMs);

describe.skipIf(!process.env.ATLAS_BASE_URL)('an app of its own: export limits and a database outage', () => {
  beforeAll(async () => {
    [PG_PORT, APP_PORT] = [await freePort(), await freePort()];
    BASE = `http://127.0.0.1:${APP_PORT}`;
    db = await startSeededDatabase(DIR, PG_PORT);
    // A warm start (server/warm-up.mjs) of two pages and three API routes before the port opens.
    app = await startServer(APP_PORT, db.url, { EXPORT_RATE_LIMIT: '5', IMPORT_RATE_LIMIT: '3', ATLAS_ADMIN_TOKEN: '', ATLAS_WARM_PATHS: WARM.join(',') }, 60_000, (text) => (log += text));
  }, 120_000);

  afterAll(async () => {
    app?.kill('SIGTERM');
    await db?.stop().catch(() => {});
    rmSync(DIR, { recursive: true, force: true });
  });

  it('starts warm: the paths of ATLAS_WARM_PATHS were rendered before the port opened and come from the cache at once', async () => {
    expect(log).toMatch(/\[serve\] warm start: 5 of 5 paths rendered in [\d.]+ s\n/);
    expect(log.indexOf('warm start:')).toBeLessThan(log.indexOf('[serve] ready on'));
    // The CSVs are not asked for here: they would count against the limit the next test measures.
    for (const path of WARM.filter((p) => !p.endsWith('.csv'))) {
      const res = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': 'gzip' } });
      await res.arrayBuffer();
      expect([path, res.status, res.headers.get('x-atlas-cache')]).toEqual([path, 200, 'hit']);
    }
    // a path it was not asked to warm is rendered on its first request
    const cold = await fetch(`${BASE}/en/transactions`, { headers: { 'accept-encoding': 'gzip' } });
    await cold.arrayBuffer();
    expect(cold.headers.get('x-atlas-cache')).toBe('miss');
  });

  it('limits exports per client, cached ones included: the sixth CSV in a minute gets 429 with Retry-After', async () => {
    const answers: [number, string | null][] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${BASE}/api/v1/taobao-villages/national.csv`);
      await res.arrayBuffer();
      answers.push([res.status, res.headers.get('x-atlas-cache')]);
    }
    // The response cache serves the repeats; the limit, applied in front of it, still counts them.
    expect(answers).toEqual([[200, 'miss'], [200, 'hit'], [200, 'hit'], [200, 'hit'], [200, 'hit'], [429, null]]);
    const limited = await fetch(`${BASE}/api/v1/taobao-villages/cities.csv`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('x-content-type-options')).toBe('nosniff');
    expect(limited.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await fetch(`${BASE}/api/v1/taobao-villages/national`)).status).toBe(200);
  });

  it('limits the write endpoint per client, before authentication: the fourth POST in a minute gets 429', async () => {
    const post = () => fetch(`${BASE}/api/v1/imports`, { method: 'POST', body: new FormData() });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post()).status);
    // This app has no admin token configured, so the allowed attempts are refused as 403.
    expect(statuses).toEqual([403, 403, 403]);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ error: 'too many import requests; slow down', issues: [] });
  });

  it('answers 503 with Retry-After while PostgreSQL is down, and recovers without a restart', async () => {
    expect((await fetch(`${BASE}/api/v1/taobao-villages/national`)).status).toBe(200);
    await db.stop();

    const api = await fetch(`${BASE}/api/v1/taobao-villages/cities?province=Zhejiang`);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(await api.json()).toMatchObject({ error: expect.stringContaining('database'), issues: [] });

    const health = await fetch(`${BASE}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });

    const page = await fetch(`${BASE}/en/villages`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(app.exitCode).toBeNull();

    db = await restartDatabase(DIR, PG_PORT);
    // Health reports the database up no later than the API serves again: once an API request has
    // been answered 200, the next probe answers 200 (health never reuses a failed check).
    expect(await poll('/api/v1/taobao-villages/national', 200, 30_000)).toBe(200);
    expect((await fetch(`${BASE}/api/health`)).status).toBe(200);
    expect(app.exitCode).toBeNull();
  }, 60_000);

  it('on SIGTERM finishes the requests in flight on open connections, then exits 0', async () => {
    // Open and warm 8 keep-alive connections first, so that the requests below are certainly on
    // connections the server has accepted when SIGTERM arrives.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const request = (path: string, sent?: () => void) =>
      new Promise<number>((ok) => {
        const req = http.get(`${BASE}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => ok(res.statusCode ?? 0));
        });
        req.on('error', () => ok(0));
        if (sent) req.on('finish', sent);
      });
    expect(await Promise.all(Array.from({ length: 8 }, () => request('/api/health')))).toEqual(Array(8).fill(200));
    // SIGTERM goes once every request has been written to its connection (no fixed wait).
    let sentCount = 0;
    let allSent!: () => void;
    const sent = new Promise<void>((r) => (allSent = r));
    const inFlight = Array.from({ length: 8 }, (_, i) => request(`/en/villages?q=${i}`, () => ++sentCount === 8 && allSent()));
    await sent;
    const exited = new Promise<number | null>((r) => app.once('exit', (code) => r(code)));
    app.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(Array(8).fill(200));
    expect(await exited).toBe(0);
    agent.destroy();
  }, 30_000);
});
