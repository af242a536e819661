import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sourcesResponse } from '@/lib/schemas/responses/sources.ts';
import { get, getJson } from './http.ts';

describe('GET /api/v1/sources', () => {
  it('answers one page of sources with what each backs, in its documented shape', async () => {
    const { status, body } = await getJson<any>('/api/v1/sources');
    expect(status).toBe(200);
    expect(sourcesResponse.parse(body)).toBeTruthy();
    expect(body.data).toHaveLength(20);
    expect(body.meta).toMatchObject({ page: 1, pageSize: 20, query: { q: '', page: 1 } });
    expect(body.meta.matched).toBe(body.meta.total);
    expect(body.meta.pageCount).toBe(Math.ceil(body.meta.total / 20));
  });

  it('filters by page, kind and publisher, and searches', async () => {
    const users = await getJson<any>('/api/v1/sources?section=users&kind=official');
    expect(users.body.meta.matched).toBeGreaterThan(5);
    for (const s of users.body.data) {
      expect(s.kind).toBe('official');
      expect(s.sections).toContain('users');
      expect(s.backs.series.some((x: any) => x.group === 'internet-users')).toBe(true);
    }
    // A publisher as the filter lists it: its name without the glosses in parentheses.
    const gacc = await getJson<any>('/api/v1/sources?publisher=General%20Administration%20of%20Customs');
    expect(gacc.body.meta.matched).toBeGreaterThan(0);
    for (const s of gacc.body.data) expect(s.publisher).toMatch(/^General Administration of Customs \(/);
    const search = await getJson<any>('/api/v1/sources?q=taobao&section=villages');
    expect(search.body.meta.matched).toBeGreaterThan(0);
    expect(search.body.data.every((s: any) => s.sections.includes('villages'))).toBe(true);
    const none = await getJson<any>('/api/v1/sources?q=zzzz-no-such-words');
    expect(none.body).toMatchObject({ data: [], meta: { matched: 0, page: 1, pageCount: 1 } });
  });

  it('answers the page holding a source, clearing filters that leave it out', async () => {
    const last = await getJson<any>('/api/v1/sources?page=999');
    expect(last.body.meta.page).toBe(last.body.meta.pageCount);
    const id = last.body.data.at(-1).id;
    const { body } = await getJson<any>(`/api/v1/sources?source=${encodeURIComponent(id)}&section=models&q=zzzz`);
    expect(body.meta.query).toEqual({ q: '', page: body.meta.pageCount, source: id });
    expect(body.data.map((s: any) => s.id)).toContain(id);
    const missing = await getJson<any>('/api/v1/sources?source=no-such-source');
    expect(missing.status).toBe(200);
    expect(missing.body.meta.notFound).toBe('no-such-source');
  });

  it.each([
    ['section=weather', 'section'],
    ['kind=blog', 'kind'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1&page=2', 'page'],
    [`q=${'x'.repeat(81)}`, 'q'],
    ['q=%00', 'q'],
    ['source=../../etc', 'source'],
    ['sort=title', 'sort'],
  ])('400 for %s, naming the parameter', async (qs, name) => {
    const { status, body } = await getJson<any>(`/api/v1/sources?${qs}`);
    expect(status).toBe(400);
    expect(body.error).toEqual(expect.any(String));
    expect(body.issues.map((i: any) => i.path[0])).toContain(name);
  });
});

describe('the Sources page', () => {
  it('is at most 40 KB gzip, whatever the filter, and says bad parameters on the page', async () => {
    for (const path of ['/en/sources', '/zh/sources', '/en/sources?kind=official&page=2', '/zh/sources?section=villages', '/en/sources?q=cnnic']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = Buffer.from(await res.arrayBuffer());
      expect(gzipSync(html).length, path).toBeLessThanOrEqual(40 * 1024);
    }
    const bad = await get('/en/sources?section=weather&page=x');
    expect(bad.status).toBe(200);
    const text = await bad.text();
    expect(text).toContain('section must be one of');
  });
});
