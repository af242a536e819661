import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startSeededDatabase, startServer, type Db } from './own-app.ts';

// Rate limits, sessions and HSTS over real HTTP, from several source addresses on loopback
// (127.0.0.1, 127.0.0.2, …: the client socket is bound with `localAddress`). Two production
// servers of their own on one PostgreSQL of their own:
//   direct — no trusted proxy, counts in memory: clients are told apart by their socket address;
//   proxied — ATLAS_TRUSTED_PROXIES=127.0.0.1 and counts in PostgreSQL (table rate_limit).
const DIR = join(tmpdir(), `atlas-authlimits-pg-${process.pid}`);
// Free ports, found when the suite starts (never fixed: other suites and servers run beside it).
let PG_PORT = 0;
let DIRECT_PORT = 0;
let PROXIED_PORT = 0;
const TOKEN = randomBytes(32).toString('hex');

let db: Db;
let direct: ChildProcess;
let proxied: ChildProcess;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request from a chosen loopback address. */
function send(port: number, path: string, { from = '127.0.0.1', method = 'GET', headers = {}, body }: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((done, fail) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, localAddress: from, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const signIn = (port: number, from: string, token: string, headers: Record<string, string> = {}) =>
  send(port, '/api/v1/imports/session', { from, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams({ token, locale: 'en' }).toString() });

const sessionOf = (answer: Answer) => String(answer.headers['set-cookie']?.[0] ?? '').split(';')[0];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!process.env.ATLAS_BASE_URL)('rate limits, sessions and HSTS per client address', () => {
  beforeAll(async () => {
    [PG_PORT, DIRECT_PORT, PROXIED_PORT] = [await freePort(), await freePort(), await freePort()];
    db = await startSeededDatabase(DIR, PG_PORT);
    const common = { ATLAS_ADMIN_TOKEN: TOKEN, EXPORT_RATE_LIMIT: '5', IMPORT_RATE_LIMIT: '5' };
    [direct, proxied] = await Promise.all([
      startServer(DIRECT_PORT, db.url, { ...common, ATLAS_TRUSTED_PROXIES: '', ATLAS_RATE_LIMIT_STORE: 'memory' }, 90_000),
      startServer(PROXIED_PORT, db.url, { ...common, ATLAS_TRUSTED_PROXIES: '127.0.0.1', ATLAS_RATE_LIMIT_STORE: 'postgres' }, 90_000),
    ]);
  }, 180_000);

  afterAll(async () => {
    direct?.kill('SIGTERM');
    proxied?.kill('SIGTERM');
    await db?.stop().catch(() => {});
    rmSync(DIR, { recursive: true, force: true });
  });

  it('a spoofed X-Forwarded-For does not bypass the export limit, and one client exhausting it leaves another alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await send(DIRECT_PORT, '/api/v1/taobao-villages/national.csv', { from: '127.0.0.2', headers: { 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `203.0.113.${i}`, 'x-atlas-client': `forged-${i}` } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await send(DIRECT_PORT, '/api/v1/taobao-villages/cities.csv', { from: '127.0.0.2' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body)).toEqual({ error: 'too many export requests; slow down', issues: [] });
    // Another address is not affected.
    expect((await send(DIRECT_PORT, '/api/v1/taobao-villages/national.csv', { from: '127.0.0.3' })).status).toBe(200);
  });

  it('sign-in guesses from one address are limited; the admin from another address still signs in', async () => {
    const locations: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await signIn(DIRECT_PORT, '127.0.0.4', `guess-${i}-${randomBytes(16).toString('hex')}`, { 'x-forwarded-for': `198.51.100.${i}` });
      expect(res.status).toBe(303);
      locations.push(String(res.headers.location));
    }
    expect(locations.slice(0, 10).every((l) => l.endsWith('?auth=failed'))).toBe(true);
    expect(locations.slice(10).every((l) => l.endsWith('?auth=limited'))).toBe(true);
    // Even the right token is refused from the limited address…
    expect((await signIn(DIRECT_PORT, '127.0.0.4', TOKEN)).headers.location).toMatch(/\?auth=limited$/);
    // …but not from the admin's.
    const admin = await signIn(DIRECT_PORT, '127.0.0.5', TOKEN);
    expect(admin.headers.location).toBe('/en/admin/import');
    expect(sessionOf(admin)).toMatch(/^atlas_admin=[A-Za-z0-9_-]{43}$/);
  });

  it('token guesses on the import endpoint are limited per address; the admin from another address still imports', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await send(DIRECT_PORT, '/api/v1/imports', { from: '127.0.0.6', method: 'POST', headers: { authorization: `Bearer guess-${i}`, 'x-forwarded-for': `198.51.100.${i}` } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The admin's request passes the limit and authentication (then fails on the empty form: 400).
    const admin = await send(DIRECT_PORT, '/api/v1/imports', { from: '127.0.0.7', method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(admin.status).toBe(400);
  });

  it('logout revokes the session: the old cookie then gets 401', async () => {
    const session = sessionOf(await signIn(DIRECT_PORT, '127.0.0.8', TOKEN));
    expect((await send(DIRECT_PORT, '/api/v1/imports?limit=1', { from: '127.0.0.8', headers: { cookie: session } })).status).toBe(200);
    const out = await send(DIRECT_PORT, '/api/v1/imports/session', { from: '127.0.0.8', method: 'POST', headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' }, body: 'locale=en&logout=1' });
    expect(out.status).toBe(303);
    expect(String(out.headers['set-cookie'])).toMatch(/^atlas_admin=;.*Max-Age=0/);
    expect((await send(DIRECT_PORT, '/api/v1/imports?limit=1', { from: '127.0.0.8', headers: { cookie: session } })).status).toBe(401);
    // The page shows the sign-in form again.
    expect((await send(DIRECT_PORT, '/en/admin/import', { from: '127.0.0.8', headers: { cookie: session } })).body).toContain('data-testid="token-form"');
    // A malformed cookie is no session (401), never an exception (the attack run got a 500 here).
    for (const cookie of ['atlas_admin=%E0%A4%A', 'atlas_admin=%', 'atlas_admin="x;y"']) {
      const answer = await send(DIRECT_PORT, '/api/v1/imports?limit=1', { from: '127.0.0.8', headers: { cookie } });
      expect([cookie, answer.status]).toEqual([cookie, 401]);
    }
  });

  it('an expired session is refused and its row purged; the table holds only hashes of session ids', async () => {
    const session = sessionOf(await signIn(DIRECT_PORT, '127.0.0.9', TOKEN));
    const id = session.split('=')[1];
    const idHash = createHash('sha256').update(id).digest('hex');
    expect(await query('SELECT 1 FROM admin_session WHERE id_hash = $1', [idHash])).toHaveLength(1);
    expect(await query('SELECT 1 FROM admin_session WHERE id_hash = $1', [id])).toHaveLength(0);
    await query("UPDATE admin_session SET expires_at = now() - interval '1 second' WHERE id_hash = $1", [idHash]);
    expect((await send(DIRECT_PORT, '/api/v1/imports?limit=1', { from: '127.0.0.9', headers: { cookie: session } })).status).toBe(401);
    expect(await query('SELECT 1 FROM admin_session WHERE id_hash = $1', [idHash])).toHaveLength(0);
  });

  it('refuses names with control, bidirectional or zero-width characters with 400 naming the field, and records nothing', async () => {
    const before = await query<{ n: number }>('SELECT count(*)::int AS n FROM import_record');
    const form = new FormData();
    form.set('dataset', 'taobao-villages');
    form.set('source', 'x');
    form.set('actor', 'ad\u200bmin');
    form.set('dryRun', 'false');
    form.set('file', new Blob(['year,province,city,village\n'], { type: 'text/csv' }), 'evil\u202ecod.csv');
    const res = await fetch(`http://127.0.0.1:${DIRECT_PORT}/api/v1/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string[]; message: string }[] };
    expect(body.error).toBe('invalid import request: actor, file.name');
    expect(body.issues).toEqual([
      { path: ['actor'], message: expect.stringContaining('U+200B') },
      { path: ['file', 'name'], message: expect.stringContaining('U+202E') },
    ]);
    const nul = new FormData();
    nul.set('dataset', 'taobao\u0000villages');
    nul.set('source', 'x');
    nul.set('file', new Blob(['year\n'], { type: 'text/csv' }), 'a.csv');
    const refused = await fetch(`http://127.0.0.1:${DIRECT_PORT}/api/v1/imports`, { method: 'POST', body: nul, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { issues: { path: string[] }[] }).issues.map((i) => i.path)).toEqual([['dataset']]);
    expect(await query<{ n: number }>('SELECT count(*)::int AS n FROM import_record')).toEqual(before);
  });

  it('sends HSTS only when a trusted proxy says the request came over TLS', async () => {
    for (const path of ['/en/villages', '/api/v1/taobao-villages/national', '/api/health']) {
      // Through the trusted proxy (127.0.0.1) with X-Forwarded-Proto: https.
      const viaTls = await send(PROXIED_PORT, path, { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.20' } });
      expect(viaTls.status, path).toBe(200);
      expect(viaTls.headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
      // The same (now cached) answer through the proxy over plain HTTP, from an untrusted address claiming https, and on the direct server.
      expect((await send(PROXIED_PORT, path, { headers: { 'x-forwarded-proto': 'http' } })).headers['strict-transport-security'], path).toBeUndefined();
      expect((await send(PROXIED_PORT, path, { from: '127.0.0.2', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], path).toBeUndefined();
      expect((await send(DIRECT_PORT, path, { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], path).toBeUndefined();
      // And a cached answer over TLS carries it again.
      expect((await send(PROXIED_PORT, path, { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('behind a trusted proxy clients are told apart by X-Forwarded-For, counted in PostgreSQL', async () => {
    const csv = (client: string) => send(PROXIED_PORT, '/api/v1/taobao-villages/national.csv', { headers: { 'x-forwarded-for': `6.6.6.6, ${client}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await csv('198.51.100.30')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // The left-most (client-written) address does not count; the proxy-appended one does.
    expect((await csv('198.51.100.31')).status).toBe(200);
    const [row] = await query<{ points: number }>('SELECT points FROM rate_limit WHERE key = $1', ['export:198.51.100.30']);
    expect(row.points).toBe(6);
    // An untrusted socket's X-Forwarded-For is ignored: 127.0.0.3 is its own client.
    for (let i = 0; i < 5; i++) expect((await send(PROXIED_PORT, '/api/v1/taobao-villages/national.csv', { from: '127.0.0.3', headers: { 'x-forwarded-for': '198.51.100.30' } })).status).toBe(200);
  });
});
