import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { allowedMethods, canonicalTarget, MAX_TARGET_LENGTH, PAGE_PARAMS, screenRequest } from '@/server/front-door.mjs';
// @ts-expect-error plain ESM module without types
import { createOutageWatch, holdServerErrors, unavailableResponse } from '@/server/outage.mjs';
// @ts-expect-error plain ESM module without types
import { CONTROL_CHARACTERS, DOUBLE_ENCODINGS, MALFORMED_ESCAPES, METHODS, pagePaths, routesOf, withSegment } from '@/bench/hostile-inputs.mjs';
import { openApiDocument } from '@/lib/api/openapi.ts';
import { readCookie, checkRequest } from '@/lib/import/auth.ts';
import { guideQuery } from '@/lib/schemas/models.ts';
import { modelsViewQuery } from '@/lib/schemas/models-view.ts';
import { historyQuerySchema } from '@/lib/import/http.ts';
import { cityQueryShape, cityQueryStrict } from '@/lib/schemas/villages.ts';
import { COUNTY_PAGE_PARAMS } from '@/lib/schemas/counties.ts';
import { yongkangViewQuery } from '@/lib/schemas/yongkang-view.ts';
import { wenzhouViewQuery } from '@/lib/schemas/wenzhou-view.ts';
import { LIST_PAGE_PARAMS } from '@/lib/schemas/list-rankings.ts';
import { parseSettings } from '@/lib/settings.mjs';
import { seriesViewQuery } from '@/lib/schemas/series.ts';
import { EMBED_CITY_PARAMS } from '@/lib/schemas/embed.ts';
import { sourcesQuery } from '@/lib/schemas/sources-query.ts';

type Refusal = { status: number; headers: Record<string, string>; body: string } | null;
const screen = (method: string, target: string): Refusal => screenRequest(method, target);

const ROOT = resolve(import.meta.dirname, '../..');
const openapi = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, unknown>> };
const ROUTES: { template: string; path: string; methods: string[] }[] = routesOf(openapi);
const PAGES: string[] = pagePaths();
const ALL_PATHS = [...ROUTES.map((r) => r.path), ...PAGES];

function shaped(body: string) {
  const parsed = JSON.parse(body);
  return typeof parsed.error === 'string' && Array.isArray(parsed.issues) && parsed.issues.every((i: { path: unknown; message: unknown }) => Array.isArray(i.path) && typeof i.message === 'string');
}

/** A refusal is a 4xx in the error shape (405 names what is allowed), or OPTIONS' 204. */
function wellFormed(method: string, refusal: Refusal) {
  if (refusal === null) return true;
  if (method === 'OPTIONS' && refusal.status === 204) return typeof refusal.headers.allow === 'string';
  if (refusal.status < 400 || refusal.status >= 500 || !shaped(refusal.body)) return false;
  return refusal.status !== 405 || /GET|POST/.test(refusal.headers.allow);
}

// Path segments as a hostile client writes them: raw text, valid escapes of any string, and
// fragments that are malformed, double-encoded or decode to control characters.
const escapeLike = fc.stringMatching(/^(%[0-9A-Za-z]{0,2}|[a-z0-9.\-_~]){0,12}$/);
const segment = fc.oneof(
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
  escapeLike,
  fc.constantFrom(...MALFORMED_ESCAPES, ...DOUBLE_ENCODINGS, ...CONTROL_CHARACTERS, '..', '.', '', '%2F', '%5C'),
);
const method = fc.oneof(fc.constantFrom(...METHODS, 'CONNECT'), fc.stringMatching(/^[A-Z-]{1,10}$/));
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom('year', 'q', 'province', 'series', 'x'), fc.string({ maxLength: 6 })), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 4 });

describe('the front door (server/front-door.mjs)', () => {
  it('on every route of the OpenAPI document and every page, refuses nothing with ≥ 500 and every refusal has the error shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), fc.array(segment, { maxLength: 3 }), method, query, (base, extra, m, q) => {
        const path = extra.length ? withSegment(base, extra.join('/')) : base;
        const qs = new URLSearchParams(q).toString();
        return wellFormed(m, screen(m, qs ? `${path}?${qs}` : path));
      }),
      { numRuns: 20_000, seed: 20261203 },
    );
  });

  it('refuses a malformed percent-escape or a control character in any segment, and a control character in the query, with 400', () => {
    for (const path of ALL_PATHS) {
      for (const bad of MALFORMED_ESCAPES) expect(screen('GET', withSegment(path, bad))?.status, `${path} ${bad}`).toBe(400);
      for (const bad of CONTROL_CHARACTERS) {
        expect(screen('GET', withSegment(path, bad))?.status, `${path} ${bad}`).toBe(400);
        expect(screen('GET', `${path}?q=${bad}`)?.status, `${path}?q=${bad}`).toBe(400);
        expect(screen('GET', `${path}?${bad}=1`)?.status, `${path}?${bad}=1`).toBe(400);
      }
      // A double encoding decodes once to text with a %: not the front door's business (the routes answer 400/404).
      for (const twice of DOUBLE_ENCODINGS) expect(screen('GET', withSegment(path, twice)), `${path} ${twice}`).toBeNull();
    }
    expect(screen('GET', `/en/villages?q=${'a'.repeat(MAX_TARGET_LENGTH)}`)?.status).toBe(414);
    expect(screen('GET', 'http://evil.example/en')?.status).toBe(400);
    expect(screen('GET', '*')?.status).toBe(400);
  });

  it('lets ordinary requests through', () => {
    for (const route of ROUTES) for (const m of route.methods) expect(screen(m, route.path), `${m} ${route.path}`).toBeNull();
    for (const page of PAGES) {
      expect(screen('GET', page), page).toBeNull();
      expect(screen('HEAD', page), page).toBeNull();
    }
    expect(screen('GET', '/en/villages?q=%E6%B5%99%E6%B1%9F&province=330000&year=2020')).toBeNull();
    expect(screen('GET', '/api/v1/taobao-villages/cities?q=100%')).toBeNull(); // a stray % in a query is literal text
    expect(screen('POST', '/api/v1/imports')).toBeNull();
    expect(screen('POST', '/api/v1/imports/session')).toBeNull();
  });

  it('answers 405 with Allow for a method the path does not take: POST and co. to a page, TRACE anywhere', () => {
    for (const path of ALL_PATHS) {
      for (const m of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'CONNECT']) {
        const refusal = screen(m, path);
        expect(refusal?.status, `${m} ${path}`).toBe(405);
        expect(refusal?.headers.allow).toBe(allowedMethods(path).join(', '));
        expect(shaped(refusal!.body)).toBe(true);
      }
    }
    for (const page of PAGES) expect(screen('POST', page)?.status, page).toBe(405);
    expect(screen('OPTIONS', '/api/v1/imports')).toMatchObject({ status: 204, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
  });

  it('knows the methods of every route handler (app/**/route.ts) and of every operation in the OpenAPI document', () => {
    const routeFiles: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name === 'route.ts') routeFiles.push(join(dir, entry.name));
      }
    };
    walk(join(ROOT, 'app'));
    expect(routeFiles.length).toBeGreaterThan(15);
    for (const file of routeFiles) {
      const path = `/${relative(join(ROOT, 'app'), file).replace(/\/route\.ts$/, '').replace(/\[\w+\]/g, 'x')}`;
      const exported = [...readFileSync(file, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|DELETE|PATCH)\b/g)].map((m) => m[1]);
      const expected = [...exported, ...(exported.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].sort();
      expect([...allowedMethods(path)].sort(), path).toEqual(expected);
    }
    for (const route of ROUTES) for (const m of route.methods) expect(allowedMethods(route.path), `${m} ${route.template}`).toContain(m);
  });
});

describe('the cache key (canonicalTarget)', () => {
  it('keeps exactly the parameters each page reads (the page schemas)', () => {
    // The villages page: the city ranking's parameters, the Counties view's own and the loaded list's own.
    expect([...PAGE_PARAMS.villages].sort()).toEqual([...Object.keys(cityQueryShape), ...COUNTY_PAGE_PARAMS, ...LIST_PAGE_PARAMS].sort());
    expect([...PAGE_PARAMS.users].sort()).toEqual(Object.keys(seriesViewQuery.shape).sort());
    expect(PAGE_PARAMS.transactions).toEqual(PAGE_PARAMS.users);
    expect([...PAGE_PARAMS.models].sort()).toEqual([...Object.keys(modelsViewQuery.shape), ...Object.keys(guideQuery.shape)].sort());
    expect([...PAGE_PARAMS.sources].sort()).toEqual(Object.keys(sourcesQuery.shape).sort());
    expect(PAGE_PARAMS['clusters/yongkang']).toEqual(Object.keys(yongkangViewQuery.shape));
    expect(PAGE_PARAMS['clusters/wenzhou']).toEqual(Object.keys(wenzhouViewQuery.shape));
    // an embed is the chart alone: no tabs
    expect(PAGE_PARAMS['embed/users']).toEqual(PAGE_PARAMS.users.filter((p: string) => p !== 'tab'));
    expect(PAGE_PARAMS['embed/transactions']).toEqual(PAGE_PARAMS['embed/users']);
    expect(PAGE_PARAMS['embed/villages']).toEqual([...EMBED_CITY_PARAMS]);
    for (const key of EMBED_CITY_PARAMS) expect(Object.keys(cityQueryShape)).toContain(key);
  });

  it('drops what a page does not read and sorts the rest, keeping the order of a repeated parameter', () => {
    expect(canonicalTarget('/en/villages?x=1&year=2020&utm_source=a&province=440000&province=330000')).toBe('/en/villages?province=440000&province=330000&year=2020');
    expect(canonicalTarget('/zh/sources?x=2')).toBe('/zh/sources');
    expect(canonicalTarget('/en?x=3')).toBe('/en');
    // A literal "%" in a page's path (Next.js would answer 500) goes to the language's 404 page.
    expect(canonicalTarget('/en/clusters/%25')).toBe('/en/not-a-page');
    expect(canonicalTarget('/zh/a%25b?year=2020')).toBe('/zh/not-a-page');
    expect(canonicalTarget('/api/v1/series/%25')).toBe('/api/v1/series/%25');
    expect(canonicalTarget('/en/clusters/wenzhou?x=3')).toBe('/en/clusters/wenzhou');
    expect(canonicalTarget('/zh/embed/villages?q=x&year=2020&sort=city&province=330000')).toBe('/zh/embed/villages?province=330000&year=2020');
    expect(canonicalTarget('/en/embed/users?utm=1&mode=index&series=a')).toBe('/en/embed/users?mode=index&series=a');
    expect(canonicalTarget('/en/admin/import?auth=expired&x=1')).toBe('/en/admin/import?auth=expired&x=1');
    // APIs refuse unknown parameters (400, never stored): only sorted, so the 400 still names them.
    expect(canonicalTarget('/api/v1/series?x=1&group=transactions')).toBe('/api/v1/series?group=transactions&x=1');
  });

  it('is idempotent and maps junk-only queries of a page to the page itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_PATHS), query, (path, q) => {
        const target = `${path}?${new URLSearchParams(q)}`;
        const once = canonicalTarget(target);
        return canonicalTarget(once) === once;
      }),
      { numRuns: 5000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...PAGES.filter((p) => !/villages|users|transactions|models|admin|sources/.test(p) && p !== '/')), fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))), (page, junk) => canonicalTarget(`${page}?${new URLSearchParams(junk)}`) === page),
      { numRuns: 2000, seed: 8 },
    );
  });
});

describe('the admin cookie', () => {
  it('never throws on any Cookie header: a malformed value is a cookie that matches nothing (401)', async () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('atlas_admin=%E0%A4%A', 'atlas_admin=%', 'atlas_admin=%ZZ; x=%')), (cookie) => {
        readCookie(cookie, 'atlas_admin');
        return true;
      }),
      { numRuns: 5000, seed: 9 },
    );
    const request = new Request('http://localhost/api/v1/imports', { headers: { cookie: 'atlas_admin=%E0%A4%A' } });
    expect(await checkRequest(request, '9f1c3a7e5b2d4f608a1e3c5b7d9f0a2c4e6b8d0f1a3c5e7b')).toMatchObject({ ok: false, status: 401 });
  });
});

describe('the outage watch (server/outage.mjs)', () => {
  it('logs one line when the database goes away and one when it is back, however often it is asked', async () => {
    const answers = [true, false, false, false, false, true, true];
    let i = 0;
    const lines: string[] = [];
    const watch = createOutageWatch(() => ({ up: answers[Math.min(i++, answers.length - 1)], error: 'connect ECONNREFUSED' }), { intervalMs: 60_000, log: (l: string) => lines.push(l) });
    const seen = [];
    for (let n = 0; n < answers.length; n++) seen.push(await watch.confirm());
    watch.stop();
    expect(seen).toEqual([false, true, true, true, true, false, false]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/database unavailable \(connect ECONNREFUSED\)/);
    expect(lines[1]).toMatch(/database back after/);
  });

  it('answers pages with the bilingual page and APIs with the error JSON, both 503 with Retry-After', () => {
    const page = unavailableResponse('/zh/villages');
    expect(page).toMatchObject({ status: 503, headers: { 'retry-after': '5', 'content-type': expect.stringContaining('text/html') } });
    expect(page.body).toContain('Temporarily unavailable');
    expect(page.body).toContain('暂时无法访问');
    const api = unavailableResponse('/api/v1/series');
    expect(api.status).toBe(503);
    expect(shaped(api.body)).toBe(true);
  });

  it('turns a 500 written during an outage into the 503, and leaves it alone otherwise', async () => {
    let down = true;
    const server = http.createServer((req, res) => {
      holdServerErrors(res, () => down, () => unavailableResponse(req.url));
      if (req.url === '/ok') return res.end('fine');
      res.statusCode = 500;
      res.setHeader('x-from-app', '1');
      res.write('<html>partial ');
      res.end('error page</html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const during = await fetch(`${base}/en/villages`);
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBe('5');
      expect(during.headers.get('x-from-app')).toBeNull();
      expect(await during.text()).toContain('暂时无法访问');
      expect((await fetch(`${base}/ok`)).status).toBe(200);
      down = false;
      const otherwise = await fetch(`${base}/en/villages`);
      expect(otherwise.status).toBe(500);
      expect(await otherwise.text()).toBe('<html>partial error page</html>');
    } finally {
      server.close();
    }
  });
});

describe('control characters in query values that reach PostgreSQL', () => {
  it('are refused by the schemas with a named issue', () => {
    const city = cityQueryStrict.safeParse({ q: 'a\u0000b' });
    expect(city.success).toBe(false);
    expect(city.error?.issues[0]).toMatchObject({ path: ['q'], message: expect.stringContaining('control characters') });
    expect(historyQuerySchema.safeParse({ dataset: 'x\u0000' }).success).toBe(false);
    expect(historyQuerySchema.safeParse({ dataset: 'taobao-villages' }).success).toBe(true);
  });
});

describe('ATLAS_PUBLIC_ORIGIN', () => {
  it('defaults to http://localhost:PORT and accepts only an origin', () => {
    expect(parseSettings({ PORT: '4321' }).ATLAS_PUBLIC_ORIGIN).toBe('http://localhost:4321');
    expect(parseSettings({ ATLAS_PUBLIC_ORIGIN: 'https://atlas.example.org/' }).ATLAS_PUBLIC_ORIGIN).toBe('https://atlas.example.org');
    for (const bad of ['atlas.example.org', 'https://atlas.example.org/path', 'ftp://atlas.example.org', 'https://a.example/?x=1']) {
      expect(() => parseSettings({ ATLAS_PUBLIC_ORIGIN: bad }), bad).toThrow(/ATLAS_PUBLIC_ORIGIN/);
    }
  });
});
