import { afterAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '@/lib/data/seed-store.ts';
import { db } from '@/lib/db/index.ts';
import { pollUntil } from '../poll.ts';
import { get } from './http.ts';

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
