import { afterAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '@/lib/data/seed-store.ts';
import { db } from '@/lib/db/index.ts';
import { get } from './http.ts';

describe('response cache', () => {
  afterAll(() => db().$disconnect());

  it('serves a repeated GET from the cache until the data version changes', async () => {
    const path = '/api/v1/taobao-villages/cities?province=Hebei&q=xing';
    // Other test files reseed concurrently (which clears the cache), so allow a few tries.
    let second = await get(path);
    for (let i = 0; i < 5 && second.headers.get('x-atlas-cache') !== 'hit'; i++) second = await get(path);
    expect(second.headers.get('x-atlas-cache')).toBe('hit');
    const body = await second.json();
    expect(body.data[0].city.nameEn).toBe('Xingtai');

    await bumpDataVersion(db());
    let status = 'hit';
    for (let i = 0; i < 30 && status === 'hit'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await get(path)).headers.get('x-atlas-cache') ?? '';
    }
    expect(status).toBe('miss');
  });

  it('computes a page once for many simultaneous first requests (single flight)', async () => {
    // Other test files reseed concurrently (which empties the cache mid-flight), so allow a few tries.
    let states: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const path = `/en/villages?q=${'zz' + Math.random().toString(36).slice(2, 8)}`;
      const answers = await Promise.all(Array.from({ length: 12 }, () => get(path)));
      const bodies = await Promise.all(answers.map((a) => a.text()));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      expect(new Set(bodies).size).toBe(1);
      states = answers.map((a) => a.headers.get('x-atlas-cache') ?? '').sort();
      if (states.filter((s) => s === 'miss').length === 1) break;
    }
    expect(states).toEqual(['hit', ...Array(10).fill('hit'), 'miss']);
  });

  it('never caches health or error responses', async () => {
    await get('/api/health');
    expect((await get('/api/health')).headers.get('x-atlas-cache')).toBeNull();
    await get('/api/v1/taobao-villages/cities?sort=nope');
    expect((await get('/api/v1/taobao-villages/cities?sort=nope')).headers.get('x-atlas-cache')).toBe('miss');
  });
});
