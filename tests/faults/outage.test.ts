import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { pagePaths, routesOf } from '@/bench/hostile-inputs.mjs';
import { openApiDocument } from '@/lib/api/openapi.ts';
import { freePort, poll, restartDatabase, startSeededDatabase, startServer, type Db } from './own-app.ts';

// A PostgreSQL outage under a live app of its own (free ports, own database): every page and every
// API of the OpenAPI document answers 503 with Retry-After, none 500, and the log says so once.
const DIR = join(tmpdir(), `atlas-frontdoor-outage-pg-${process.pid}`);

let db: Db;
let app: ChildProcess;
let base = '';
let pgPort = 0;
let log = '';

const openapi = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, unknown>> };
const ROUTES: { path: string; methods: string[] }[] = routesOf(openapi);
// The health probe reports the outage itself (503, database: down), tested in isolated-app.test.ts.
const TARGETS = [...pagePaths().filter((p: string) => p !== '/'), ...ROUTES.filter((r) => r.methods.includes('GET') && r.path !== '/api/health').map((r) => r.path)];

describe.skipIf(!process.env.ATLAS_BASE_URL)('a PostgreSQL outage: 503 everywhere, said once', () => {
  beforeAll(async () => {
    pgPort = await freePort();
    const appPort = await freePort();
    base = `http://127.0.0.1:${appPort}`;
    db = await startSeededDatabase(DIR, pgPort);
    app = await startServer(appPort, db.url, { ATLAS_ADMIN_TOKEN: randomBytes(24).toString('hex'), EXPORT_RATE_LIMIT: '100000' }, 60_000, (text) => (log += text));
  }, 120_000);

  afterAll(async () => {
    app?.kill('SIGTERM');
    await db?.stop().catch(() => {});
    rmSync(DIR, { recursive: true, force: true });
  });

  it('answers every page and API with 503 + Retry-After while PostgreSQL is down, then serves again', async () => {
    // Warm some entries first: the cache must not answer from them during the outage either.
    for (const path of TARGETS.slice(0, 6)) await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
    const logBefore = log.length;
    await db.stop();
    // The watch polls the health check every 0.5 s; until it has seen the outage a cached page may
    // still be served (a 500 from Next.js in that moment is turned into 503: tests/unit/front-door.test.ts).
    expect(await poll(base, '/en/sources', 503, 10_000)).toBe(503);
    const statuses: Record<string, number> = {};
    for (let round = 0; round < 2; round++) {
      await Promise.all(
        TARGETS.map(async (path) => {
          const res = await fetch(`${base}${path}`, { redirect: 'manual' });
          const body = await res.text();
          statuses[`${round} ${path}`] = res.status;
          expect(res.status, path).toBe(503);
          expect(res.headers.get('retry-after'), path).toBe('5');
          if (path.startsWith('/api/')) expect(JSON.parse(body)).toEqual({ error: 'the database is unavailable; try again shortly', issues: [] });
          else {
            expect(res.headers.get('content-type')).toContain('text/html');
            expect(body).toContain('Temporarily unavailable');
            expect(body).toContain('暂时无法访问');
          }
        }),
      );
    }
    expect(Object.values(statuses).filter((s) => s === 500)).toEqual([]);
    const during = log.slice(logBefore);
    expect(during.match(/database unavailable/g)).toHaveLength(1);
    expect(during).not.toMatch(/^\s+at /m); // no stack traces
    expect(during).not.toMatch(/⨯/);

    db = await restartDatabase(DIR, pgPort);
    expect(await poll(base, '/en/villages', 200, 15_000)).toBe(200);
    expect(await poll(base, '/api/v1/taobao-villages/national', 200, 5_000)).toBe(200);
    expect(log.slice(logBefore).match(/database back after/g)).toHaveLength(1);
    expect(app.exitCode).toBeNull();
  }, 120_000);
});
