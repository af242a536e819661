import { afterAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '@/lib/data/seed-store.ts';
import { db } from '@/lib/db/index.ts';
// @ts-expect-error plain ESM module without types
import { inBatches, send } from '@/bench/hostile-inputs.mjs';
import { pollUntil } from '../poll.ts';
import { BASE_URL, get } from './http.ts';

describe('response cache', () => {
  afterAll(() => db().$disconnect());

  it('serves a repeated GET from the cache until the data version changes', async () => {
    const path = '/api/v1/taobao-villages/cities?province=Hebei&q=xing';
    // No other test file writes the shared database (seeding and imports use databases of their
    // own), so nothing empties the cache between these two requests.
    await (await get(path)).arrayBuffer();
    const second = await get(path);
    expect(second.headers.get('x-atlas-cache')).toBe('hit');
    const body = await second.json();
    expect(body.data[0].city.nameEn).toBe('Xingtai');

    // The server polls the data version (every second): the entry goes once it has seen the bump.
    await bumpDataVersion(db());
    const status = await pollUntil(async () => {
      const res = await get(path);
      await res.arrayBuffer();
      return res.headers.get('x-atlas-cache');
    }, (s) => s !== 'hit', 15_000);
    expect(status).toBe('miss');
  });

  it('computes a page once for many simultaneous first requests (single flight)', async () => {
    const path = `/en/villages?q=${'zz' + Math.random().toString(36).slice(2, 8)}`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => get(path)));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(bodies).size).toBe(1);
    const states = answers.map((a) => a.headers.get('x-atlas-cache') ?? '').sort();
    expect(states).toEqual(['hit', ...Array(10).fill('hit'), 'miss']);
  });

  it('never caches health or error responses', async () => {
    await get('/api/health');
    expect((await get('/api/health')).headers.get('x-atlas-cache')).toBeNull();
    await get('/api/v1/taobao-villages/cities?sort=nope');
    expect((await get('/api/v1/taobao-villages/cities?sort=nope')).headers.get('x-atlas-cache')).toBe('miss');
  });
});

describe('response cache: keyed on what varies', () => {
  const headersAndBody = async (res: Response) => `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await res.text()}`;

  it('never stores or serves a host a client sent (Host, X-Forwarded-Host, Forwarded)', async () => {
    const pages = ['/en/sources', '/zh/sources', '/en/villages', '/en/models', '/api/v1/series'];
    const poison: Record<string, string>[] = [{ 'x-forwarded-host': 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }, { forwarded: 'host=evil.example' }];
    for (const path of pages) {
      for (const headers of poison) {
        const res = await fetch(`${BASE_URL}${path}?x=${Math.random()}`, { headers });
        expect(await headersAndBody(res), `${path} ${JSON.stringify(headers)}`).not.toContain('evil.example');
      }
      for (const headers of poison) expect(await headersAndBody(await fetch(`${BASE_URL}${path}`, { headers })), path).not.toContain('evil.example');
      const later = await fetch(`${BASE_URL}${path}`);
      expect(later.status).toBe(200);
      expect(await headersAndBody(later), path).not.toContain('evil.example');
    }
    // fetch() cannot set Host; node:http can.
    const host: { status: number; headers: Record<string, unknown>; body: string } = await send(BASE_URL, { method: 'GET', path: '/en/sources', headers: { host: 'evil.example' } });
    expect(JSON.stringify(host.headers) + host.body).not.toContain('evil.example');
    expect(await headersAndBody(await fetch(`${BASE_URL}/en/sources`))).not.toContain('evil.example');
  });

  it('serves a page to a request with credentials from the cache like any other (pages do not read them)', async () => {
    const path = '/en/sources';
    let res = await get(path);
    for (let i = 0; i < 5 && res.headers.get('x-atlas-cache') !== 'hit'; i++) res = await get(path);
    const withAuth = await fetch(`${BASE_URL}${path}`, { headers: { authorization: 'Bearer whatever-whatever', cookie: 'atlas_admin=x; other=1' } });
    expect(withAuth.status).toBe(200);
    expect(withAuth.headers.get('x-atlas-cache')).toBe('hit');
  });

  it('answers POST to a page with 405 (Allow: GET, HEAD, OPTIONS), never a render', async () => {
    const res = await fetch(`${BASE_URL}/en/sources`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('x-atlas-cache')).toBeNull();
  });

  it('1,000 junk-query requests leave a real entry cached: a page is keyed without the parameters it does not read', async () => {
    // Other test files reseed concurrently (which empties the cache), so allow a few rounds.
    let junkMisses = Infinity;
    let real = '';
    for (let round = 0; round < 5 && (junkMisses > 1 || real !== 'hit'); round++) {
      await get('/en/models');
      await get('/en/villages');
      const states: string[] = [];
      await inBatches(Array.from({ length: 1000 }, (_, i) => i), 16, async (i: number) => {
        const res = await get(`/en/villages?junk=${i}&utm_source=x${i}`);
        await res.arrayBuffer();
        states.push(res.headers.get('x-atlas-cache') ?? '');
      });
      junkMisses = states.filter((s) => s !== 'hit').length;
      real = (await get('/en/models')).headers.get('x-atlas-cache') ?? '';
    }
    expect(junkMisses).toBeLessThanOrEqual(1);
    expect(real).toBe('hit');
    // An API refuses unknown parameters (400), and a 400 is never stored.
    const refused = await get('/api/v1/series?junk=1');
    expect(refused.status).toBe(400);
    expect((await get('/api/v1/series?junk=1')).headers.get('x-atlas-cache')).toBe('miss');
  }, 120_000);
});
