import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { CONTROL_CHARACTERS, DOUBLE_ENCODINGS, hasErrorShape, inBatches, MALFORMED_ESCAPES, METHODS, ODD_HEADERS, pagePaths, routesOf, send, withSegment } from '@/bench/hostile-inputs.mjs';
import { openApiDocument } from '@/lib/api/openapi.ts';
import { BASE_URL } from './http.ts';

// A small hostile run over real HTTP (bench/hostile.mjs sends the full one): path segments,
// methods and headers of every route of the OpenAPI document and every page, drawn by fast-check.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 600);

type Sent = { method: string; path: string; headers: Record<string, string>; body?: string };
type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

const openapi = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, unknown>> };
const PATHS: string[] = [...routesOf(openapi).map((r: { path: string }) => r.path), ...pagePaths()];

const segment = fc.oneof(
  fc.string({ maxLength: 16 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 8 }).map(encodeURIComponent),
  fc.stringMatching(/^(%[0-9A-Za-z]{0,2}|[a-z0-9.\-_~]){0,10}$/),
  fc.constantFrom(...MALFORMED_ESCAPES, ...DOUBLE_ENCODINGS, ...CONTROL_CHARACTERS),
);
const request: fc.Arbitrary<Sent> = fc
  .record({
    path: fc.constantFrom(...PATHS),
    segment: fc.option(segment, { nil: undefined }),
    method: fc.constantFrom(...METHODS),
    headers: fc.option(fc.constantFrom(...ODD_HEADERS), { nil: undefined }),
    query: fc.option(fc.array(fc.tuple(fc.oneof(fc.constantFrom('year', 'q', 'province', 'series', 'x'), fc.string({ maxLength: 6 })), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ path, segment: s, method, headers, query }) => {
    const target = s === undefined ? path : withSegment(path, s);
    const qs = query ? new URLSearchParams(query).toString() : '';
    const write = ['POST', 'PUT', 'PATCH'].includes(method);
    return { method, path: qs ? `${target}?${qs}` : target, headers: { ...(headers ?? {}), ...(write ? { 'content-type': 'text/plain' } : {}) }, body: write ? 'x' : undefined };
  });

describe.skipIf(!BASE_URL)('hostile requests over HTTP', () => {
  it(`${RUNS} generated requests over every route and page: never ≥ 500, every API 4xx in the error shape`, async () => {
    const samples = fc.sample(request, { numRuns: RUNS, seed: 20261203 });
    const failures: string[] = [];
    await inBatches(samples, 8, async (sent: Sent) => {
      const answer: Answer = await send(BASE_URL, sent);
      const what = `${answer.status} ${sent.method} ${sent.path.slice(0, 100)} ${JSON.stringify(sent.headers).slice(0, 80)}`;
      if (answer.status >= 500 || answer.status === 0) failures.push(what);
      else if (answer.status >= 400 && sent.path.startsWith('/api/') && sent.method !== 'HEAD' && ![404, 431].includes(answer.status) && !hasErrorShape(answer.body)) failures.push(`unshaped: ${what}`);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  }, 300_000);

  it('answers the cases the attack run found with 4xx, not 500', async () => {
    const cases: [Sent, number][] = [
      [{ method: 'GET', path: '/api/v1/series/%E0%A4%A', headers: {} }, 400],
      [{ method: 'GET', path: '/%ZZ', headers: {} }, 400],
      [{ method: 'GET', path: '/api/v1/series/%25', headers: {} }, 400],
      [{ method: 'GET', path: '/api/v1/series/%00', headers: {} }, 400],
      [{ method: 'GET', path: '/api/v1/taobao-villages/villages?q=a%00b', headers: {} }, 400],
      [{ method: 'TRACE', path: '/api/v1/series', headers: {} }, 405],
      [{ method: 'TRACE', path: '/en/villages', headers: {} }, 405],
      [{ method: 'POST', path: '/en/villages', headers: { 'content-type': 'text/plain' }, body: 'x' }, 405],
      // npm test's shared server has imports off (403); that a malformed cookie is a 401 where imports
      // are on is tested in tests/unit/front-door.test.ts and tests/faults/auth-limits.test.ts.
      [{ method: 'GET', path: '/api/v1/imports', headers: { cookie: 'atlas_admin=%E0%A4%A' } }, 403],
    ];
    for (const [sent, status] of cases) {
      const answer: Answer = await send(BASE_URL, sent);
      expect(answer.status, `${sent.method} ${sent.path}`).toBe(status);
      expect(hasErrorShape(answer.body), `${sent.method} ${sent.path}: ${answer.body.slice(0, 100)}`).toBe(true);
      if (status === 405) expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
    // Decoded once by Next.js, not twice: the id "%41" is an unknown series, not "A".
    const twice: Answer = await send(BASE_URL, { method: 'GET', path: '/api/v1/series/%2541', headers: {} });
    expect(JSON.parse(twice.body).issues[0].message).toContain('%41');
  });
});
