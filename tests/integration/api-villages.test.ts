import { describe, expect, it } from 'vitest';
import { get, getCsv, getJson } from './http.ts';

type CityRow = { city: { adcode: number; nameEn: string; nameZh: string }; province: { adcode: number }; villages: number | null; publishedRank: number | null; rank: number | null; shareOfNational: number | null; sourceId: string };

describe('GET /api/v1/taobao-villages/cities', () => {
  it('returns the 2019 ranked list of seed 001 by default, with its sources', async () => {
    const { status, body } = await getJson<{ data: CityRow[]; meta: any }>('/api/v1/taobao-villages/cities');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(22);
    expect(body.data[0]).toMatchObject({ city: { adcode: 330700, nameEn: 'Jinhua', nameZh: '金华市' }, villages: 334, publishedRank: 1, rank: 1 });
    const jieyang = body.data.find((r) => r.city.adcode === 445200)!;
    expect(jieyang).toMatchObject({ villages: 108, publishedRank: 14, rank: 14 });
    // 334 / 4310 national (June 2019)
    expect(body.data[0].shareOfNational).toBeCloseTo(334 / 4310, 10);
    expect(body.meta.year).toBe(2019);
    expect(body.meta.national.villages).toBe(4310);
    // 22-city sum: 3383
    expect(body.meta.summary.listedTotal).toBe(3383);
    expect(body.meta.sources.map((s: { id: string }) => s.id)).toContain(body.data[0].sourceId);
    expect(body.meta.notes.length).toBeGreaterThan(0);
  });

  it('filters by province given as English name, Chinese name or adcode, repeatable', async () => {
    for (const p of ['Zhejiang', '浙江', '浙江省', '330000', 'zhejiang']) {
      const { status, body } = await getJson<{ data: CityRow[] }>(`/api/v1/taobao-villages/cities?year=2019&province=${encodeURIComponent(p)}`);
      expect(status, p).toBe(200);
      expect(body.data.map((r) => r.city.adcode).sort()).toEqual([330100, 330200, 330300, 330400, 330500, 330700, 331000]);
    }
    const both = await getJson<{ data: CityRow[] }>('/api/v1/taobao-villages/cities?province=Zhejiang&province=440000');
    expect(both.body.data).toHaveLength(14);
  });

  it('searches city names in English and Chinese, and sorts', async () => {
    const en = await getJson<{ data: CityRow[] }>('/api/v1/taobao-villages/cities?q=zhou');
    expect(en.body.data.map((r) => r.city.nameEn)).toEqual(expect.arrayContaining(['Wenzhou', 'Taizhou', 'Quanzhou', 'Hangzhou', 'Huzhou']));
    const zh = await getJson<{ data: CityRow[] }>(`/api/v1/taobao-villages/cities?q=${encodeURIComponent('温州')}`);
    expect(zh.body.data.map((r) => r.city.adcode)).toEqual([330300]);
    const asc = await getJson<{ data: CityRow[] }>('/api/v1/taobao-villages/cities?sort=villages&dir=asc');
    expect(asc.body.data[0].villages).toBe(53);
  });

  it('scope=all adds published counts outside the ranked list', async () => {
    const { body } = await getJson<{ data: CityRow[] }>('/api/v1/taobao-villages/cities?province=Shandong&scope=all');
    expect(body.data.length).toBeGreaterThan(1);
    expect(body.data[0]).toMatchObject({ city: { adcode: 371700 }, villages: 307 });
  });

  it.each([
    ['province=Atlantis', 'province'],
    ['year=abc', 'year'],
    ['year=1999', 'year'],
    ['year=2017', 'year'],
    ['year=2019&year=2020', 'year'],
    ['sort=height', 'sort'],
    ['dir=up', 'dir'],
    ['scope=everything', 'scope'],
    ['bogus=1', ''],
    [`q=${'x'.repeat(41)}`, 'q'],
  ])('rejects %s with a 400 naming the field', async (query, field) => {
    const { status, body } = await getJson<{ error: string; issues: { path: (string | number)[]; message: string }[] }>(`/api/v1/taobao-villages/cities?${query}`);
    expect(status).toBe(400);
    expect(typeof body.error).toBe('string');
    expect(body.issues.length).toBeGreaterThan(0);
    if (field) {
      expect(body.error).toContain(field);
      expect(body.issues[0].path[0]).toBe(field);
    } else {
      expect(body.issues[0].message).toMatch(/bogus|unrecognized/i);
    }
  });
});

describe('CSV twins', () => {
  it('cities.csv has the same rows, in the same order, as the JSON', async () => {
    const query = '?province=Zhejiang&sort=city&dir=asc';
    const [json, csv] = await Promise.all([getJson<{ data: CityRow[] }>(`/api/v1/taobao-villages/cities${query}`), getCsv(`/api/v1/taobao-villages/cities.csv${query}`)]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('taobao-villages-cities-2019-provinces-330000');
    expect(csv.bom).toBe(true);
    expect(csv.rows.map((r) => [Number(r.city_adcode), Number(r.villages), r.city_zh])).toEqual(json.body.data.map((r) => [r.city.adcode, r.villages, r.city.nameZh]));
  });

  it('cities.csv rejects bad params with the same 400 as the JSON', async () => {
    const res = await get('/api/v1/taobao-villages/cities.csv?province=Narnia');
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toEqual(['province', 0]);
  });

  it('dataset.csv holds every national, province and city row with its source', async () => {
    const csv = await getCsv('/api/v1/taobao-villages/dataset.csv');
    expect(csv.status).toBe(200);
    const levels = new Set(csv.rows.map((r) => r.level));
    expect([...levels].sort()).toEqual(['city', 'national', 'province']);
    expect(csv.rows.every((r) => r.source_id && r.source_publisher)).toBe(true);
    const n2019 = csv.rows.find((r) => r.level === 'national' && r.year === '2019')!;
    expect(n2019.villages).toBe('4310');
  });
});

describe('provinces and national', () => {
  it('provinces?year=2019 gives published totals with qualifiers and concentration in meta', async () => {
    const { status, body } = await getJson<any>('/api/v1/taobao-villages/provinces?year=2019');
    expect(status).toBe(200);
    const zj = body.data.find((r: any) => r.province.adcode === 330000);
    expect(zj).toMatchObject({ villages: 1500, villagesQualifier: 'lower_bound' });
    const sd = body.data.find((r: any) => r.province.adcode === 370000);
    expect(sd).toMatchObject({ villages: 450, publishedRank: 4 });
    expect(sd.shareOfNational).toBeCloseTo(450 / 4310, 10);
    expect(body.meta.concentration.basis).toContain('published');
    const csv = await getCsv('/api/v1/taobao-villages/provinces.csv?year=2019');
    expect(csv.rows).toHaveLength(body.data.length);
  });

  it('provinces rejects an unknown year', async () => {
    const { status, body } = await getJson<any>('/api/v1/taobao-villages/provinces?year=2030');
    expect(status).toBe(400);
    expect(body.issues[0].path).toEqual(['year']);
  });

  it('national lists villages and towns per year with reference dates', async () => {
    const { status, body } = await getJson<any>('/api/v1/taobao-villages/national');
    expect(status).toBe(200);
    const byYear = new Map(body.data.map((r: any) => [r.year, r]));
    expect(byYear.get(2019)).toMatchObject({ villages: 4310, towns: 1118, referenceDate: '2019-06' });
    expect(byYear.get(2022)).toMatchObject({ villages: 7780, towns: 2429 });
    expect(byYear.has(2011)).toBe(false);
    const csv = await getCsv('/api/v1/taobao-villages/national.csv');
    expect(csv.rows).toHaveLength(body.data.length);
  });
});

describe('village-level list', () => {
  // The seed loads no village-level list (published lists are imported: see tests/faults/imports.test.ts).
  it('is not offered on the villages page when no list is loaded for the year', async () => {
    const html = await (await get('/en/villages?tab=download')).text();
    expect(html).toContain('data-testid="csv-full"');
    expect(html).not.toContain('csv-village-list');
  });

  it('is empty, not an error, when no list is loaded: a CSV header and a page with total 0', async () => {
    const csv = await getCsv('/api/v1/taobao-villages/villages.csv');
    expect(csv.status).toBe(200);
    expect(csv.bom).toBe(true);
    expect(csv.text.replace(/^\uFEFF/, '')).toBe('year,province_adcode,province_en,province_zh,city_adcode,city_en,city_zh,county,town,village,village_code,sales_band,source_id\r\n');
    const page = await getJson('/api/v1/taobao-villages/villages');
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ total: 0, limit: 100, after: 0, nextAfter: null, villages: [] });
  });

  it('names the field of every bad parameter in a 400', async () => {
    const year = await getJson('/api/v1/taobao-villages/villages.csv?year=2019');
    expect(year.status).toBe(400);
    expect(year.body).toEqual({ error: 'invalid query parameter: year', issues: [{ path: ['year'], message: 'no village-level list is loaded for 2019; years with a list: none' }] });
    const several = await getJson('/api/v1/taobao-villages/villages?limit=5000&city=Suzhou&after=x');
    expect(several.status).toBe(400);
    expect(several.body.error).toBe('invalid query parameters: city, limit, after');
    expect(several.body.issues.find((i: any) => i.path[0] === 'city').message).toContain('320500');
    const unknown = await getJson('/api/v1/taobao-villages/villages?page=2');
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0].path).toEqual(['page']);
  });
});

describe('OpenAPI', () => {
  it('documents every v1 route', async () => {
    const { status, body } = await getJson<any>('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/taobao-villages/cities',
        '/api/v1/taobao-villages/cities.csv',
        '/api/v1/taobao-villages/provinces',
        '/api/v1/taobao-villages/national',
        '/api/v1/taobao-villages/dataset.csv',
        '/api/v1/taobao-villages/villages',
        '/api/v1/taobao-villages/villages.csv',
      ]),
    );
    const sort = body.paths['/api/v1/taobao-villages/cities'].get.parameters.find((p: any) => p.name === 'sort');
    expect(sort.schema.enum).toEqual(['villages', 'rank', 'city', 'province']);
  });
});

describe('pages', () => {
  it.each(['/en', '/zh', '/en/villages', '/zh/villages', '/en/sources', '/zh/sources'])('%s answers 200 with server-rendered content', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<main');
  });

  it('the villages table is in the server HTML (no client JavaScript needed)', async () => {
    const html = await (await get('/en/villages?province=330000&tab=table')).text();
    expect(html.match(/data-city="/g)).toHaveLength(7);
    expect(await (await get('/en/villages?province=330000')).text()).toContain('role="img"');
  });
});
