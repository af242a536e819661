import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from './http.ts';

// Generated query strings per API route (a fixed seed: the same ones every run): never a 5xx, and
// every 4xx has the documented shape. `npm test` sends 1,000 per route (19,000 requests); a deep run
// sends more with FUZZ_RUNS, e.g. FUZZ_RUNS=5000 npm test (the first 1,000 are the same queries).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const ROUTES = [
  '/api/v1/taobao-villages/cities',
  '/api/v1/taobao-villages/cities.csv',
  '/api/v1/taobao-villages/provinces',
  '/api/v1/taobao-villages/national',
  '/api/v1/taobao-villages/villages',
  '/api/v1/taobao-villages/villages.csv',
  '/api/v1/taobao-villages/counties',
  '/api/v1/taobao-villages/counties.csv',
  '/api/v1/taobao-villages/list-counties',
  '/api/v1/taobao-villages/list-counties.csv',
  '/api/v1/taobao-villages/list-towns',
  '/api/v1/taobao-villages/list-towns.csv',
  '/api/v1/series',
  '/api/v1/series/cnnic-internet-users',
  '/api/v1/views/users.csv',
  '/api/v1/views/transactions.csv',
  '/api/v1/models',
  '/api/v1/models.csv',
  '/api/v1/clusters/wenzhou',
  '/api/v1/clusters/yongkang/sem/paths',
  '/api/v1/clusters/yongkang/sem/items.csv',
  '/api/v1/sources',
];
const KEYS = ['year', 'province', 'q', 'sort', 'dir', 'scope', 'lang', 'from', 'to', 'period', 'group', 'series', 'mode', 'base', 'log', 'midyear', 'full', 'capital', 'info', 'mgmt', 'city', 'limit', 'after', 'x', 'section', 'kind', 'publisher', 'source', 'page', 'taobao'];
const hostile = fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', '%00', '../../etc/passwd', '=cmd|/c calc', '9'.repeat(400), '-1', '1e308', 'NaN', '浙江', 'Zhejiang', '2019', '330000', '', '\u202e', '𝔘𝔫𝔦');
const value = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.integer().map(String), fc.double().map(String), hostile);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value), { maxLength: 6 });

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe.skipIf(!BASE_URL)('fuzzed query strings', () => {
  it.each(ROUTES)(`%s: ${RUNS} generated queries, never a 5xx`, async (route) => {
    const samples = fc.sample(query, { numRuns: RUNS, seed: 20261122 });
    const failures: string[] = [];
    await inBatches(samples, 32, async (pairs) => {
      const qs = new URLSearchParams(pairs).toString();
      const res = await fetch(`${BASE_URL}${route}?${qs}`);
      if (res.status >= 500) failures.push(`${res.status} ${route}?${qs}`);
      else if (res.status >= 400) {
        const body = await res.json().catch(() => null);
        const shaped = body && typeof body.error === 'string' && Array.isArray(body.issues) && body.issues.every((i: any) => Array.isArray(i.path) && typeof i.message === 'string');
        if (!shaped || ![400, 429].includes(res.status)) failures.push(`${res.status} without the error shape: ${route}?${qs}`);
      } else await res.arrayBuffer();
    });
    expect(failures.slice(0, 5)).toEqual([]);
  }, 300_000);
});
