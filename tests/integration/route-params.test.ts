import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as clusterGet } from '@/app/api/v1/clusters/[id]/route.ts';
import { GET as semGet } from '@/app/api/v1/clusters/yongkang/sem/[table]/route.ts';
import { GET as seriesGet } from '@/app/api/v1/series/[id]/route.ts';
import { GET as viewGet } from '@/app/api/v1/views/[group]/route.ts';
import { db } from '@/lib/db/index.ts';

// The route handlers with a path parameter, called in-process (no HTTP, no front door) with any
// string Next.js could hand them after decoding the segment once: NUL and other control
// characters, stray % signs, long text. The handlers alone must answer < 500 in the error shape.
const ROUTES = [
  { name: 'series/{id}', param: 'id', get: seriesGet, path: '/api/v1/series/x' },
  { name: 'clusters/{id}', param: 'id', get: clusterGet, path: '/api/v1/clusters/x' },
  { name: 'views/{group}', param: 'group', get: viewGet, path: '/api/v1/views/x' },
  { name: 'clusters/yongkang/sem/{table}', param: 'table', get: semGet, path: '/api/v1/clusters/yongkang/sem/x' },
] as const;

const decodedSegment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('%', '%25', '%E0%A4%A', '\u0000', 'a\u0000b', 'cnnic-internet-users\u0000', '\r\nx', '..', 'x'.repeat(5000), 'cnnic-internet-users.csv', 'users.csv'),
);

async function answer(route: (typeof ROUTES)[number], value: string) {
  const handler = route.get as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const res = await handler(new Request(`http://localhost${route.path}`), { params: Promise.resolve({ [route.param]: value }) });
  const text = await res.text();
  return { status: res.status, text };
}

describe.skipIf(!process.env.DATABASE_URL)('path parameters, in-process', () => {
  afterAll(() => db().$disconnect());

  it.each(ROUTES)('$name: any decoded segment gets < 500, and a 4xx in the error shape', async (route) => {
    await fc.assert(
      fc.asyncProperty(decodedSegment, async (value) => {
        const { status, text } = await answer(route, value);
        if (status >= 500) return false;
        if (status >= 400) {
          const body = JSON.parse(text);
          return typeof body.error === 'string' && Array.isArray(body.issues);
        }
        return true;
      }),
      { numRuns: 300, seed: 20261203 },
    );
  }, 120_000);

  it('refuses a NUL in a series id with 400 before it reaches PostgreSQL', async () => {
    const { status, text } = await answer(ROUTES[0], 'cnnic-internet-users\u0000');
    expect(status).toBe(400);
    expect(JSON.parse(text).issues[0]).toMatchObject({ path: ['id'], message: expect.stringContaining('control characters') });
    expect((await answer(ROUTES[0], '%')).status).toBe(400);
    expect((await answer(ROUTES[0], 'cnnic-internet-users')).status).toBe(200);
  });
});
