import { describe, expect, it } from 'vitest';
import { countyCountsResponse } from '@/lib/schemas/responses/counties.ts';
import { getCsv, getJson } from './http.ts';

// Published county counts (data/taobao-villages/counties.csv) through the real server and store.

type Body = ReturnType<typeof countyCountsResponse.parse>;

describe('GET /api/v1/taobao-villages/counties', () => {
  it('answers every year by default, largest first within a year, each row with its source and page', async () => {
    const { status, body } = await getJson<Body>('/api/v1/taobao-villages/counties');
    expect(status).toBe(200);
    expect(countyCountsResponse.safeParse(body).success).toBe(true);
    expect(body.meta.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(body.meta.query).toEqual({ year: null, province: [], city: [] });
    expect(body.data[0]).toMatchObject({
      year: 2021,
      county: { adcode: 330782, nameZh: '义乌市', nameEn: 'Yiwu' },
      city: { adcode: 330700, nameEn: 'Jinhua' },
      province: { adcode: 330000 },
      villages: 197,
      basis: 'published',
      sourceId: 'aliresearch-2021-via-jinhua-gov',
      sourcePage: 'english.jinhua.gov.cn',
    });
    // Every row's source is resolved in meta.sources; a gap stays null, never 0.
    const ids = new Set(body.meta.sources.map((s) => s.id));
    for (const r of body.data) expect(ids.has(r.sourceId)).toBe(true);
    const juancheng = body.data.find((r) => r.county.adcode === 371726)!;
    expect(juancheng).toMatchObject({ year: 2021, villages: null, towns: 11, sourcePage: 'https://shangwuda.com/wenda/249823.html' });
  });

  it('filters by year, province and city (names or adcodes), and keeps two sources for one county apart', async () => {
    const heze = await getJson<Body>(`/api/v1/taobao-villages/counties?year=2021&city=${encodeURIComponent('菏泽')}`);
    expect(heze.status).toBe(200);
    expect(heze.body.data.map((r) => [r.county.nameZh, r.villages, r.towns])).toEqual([
      ['曹县', 168, 18],
      ['牡丹区', 54, 10],
      ['郓城县', 51, null],
      ['鄄城县', null, 11],
    ]);
    const byAdcode = await getJson<Body>('/api/v1/taobao-villages/counties?year=2021&city=371700');
    expect(byAdcode.body.data).toEqual(heze.body.data);

    const fujian2020 = await getJson<Body>('/api/v1/taobao-villages/counties?year=2020&province=Fujian');
    const jinjiang = fujian2020.body.data.filter((r) => r.county.adcode === 350582);
    expect(jinjiang.map((r) => [r.villages, r.towns, r.sourceId])).toEqual([
      [69, null, 'aliresearch-2020-reprint-not-named'],
      [null, 13, 'aliresearch-2020-via-fznews'],
    ]);
    // The collection names no page for the village counts: a gap, not an invented address.
    expect(jinjiang[0].sourcePage).toBeNull();

    const bounds = await getJson<Body>('/api/v1/taobao-villages/counties?year=2019&province=330000&city=331100');
    expect(bounds.body.data.every((r) => r.city?.adcode === 331100)).toBe(true);
    const all2019 = await getJson<Body>('/api/v1/taobao-villages/counties?year=2019');
    expect(all2019.body.data.filter((r) => r.villagesQualifier === 'lower_bound').map((r) => r.county.nameZh).sort()).toEqual(
      ['义乌市', '乐清市', '慈溪市', '曹县', '永康市', '温岭市', '睢宁县'].sort(),
    );
  });

  it('answers 400 in the documented shape for bad parameters, naming them', async () => {
    const cases: [string, (string | number)[], RegExp][] = [
      ['year=2013', ['year'], /no published county counts for 2013; years with county counts: 2015/],
      ['year=abc', ['year'], /four-digit year/],
      ['province=Atlantis', ['province', 0], /unknown province/],
      ['city=Suzhou', ['city', 0], /use the adcode/],
      ['city=jiayang', ['city', 0], /did you mean Jieyang/],
      ['county=1', ['county'], /unrecognized parameter "county"/],
      ['year=2021&year=2020', ['year'], /more than once/],
    ];
    for (const [qs, path, message] of cases) {
      const { status, body } = await getJson(`/api/v1/taobao-villages/counties?${qs}`);
      expect(status, qs).toBe(400);
      expect(typeof body.error).toBe('string');
      expect(body.issues[0].path, qs).toEqual(path);
      expect(body.issues[0].message, qs).toMatch(message);
    }
  });

  it('serves the same rows as CSV (BOM, qualifiers as in the data files, page addresses)', async () => {
    const csv = await getCsv('/api/v1/taobao-villages/counties.csv?year=2019&province=Zhejiang');
    expect(csv.status).toBe(200);
    expect(csv.bom).toBe(true);
    expect(csv.headers.get('content-disposition')).toContain('taobao-villages-counties-2019-p330000.csv');
    const json = await getJson<Body>('/api/v1/taobao-villages/counties?year=2019&province=Zhejiang');
    expect(csv.rows.map((r) => Number(r.county_adcode))).toEqual(json.body.data.map((r) => r.county.adcode));
    const yiwu = csv.rows.find((r) => r.county_zh === '义乌市')!;
    expect(yiwu).toMatchObject({ villages: '100', villages_qualifier: 'lower-bound', towns: '', source_page: 'memurnet.com', basis: 'published' });
    const bad = await getJson('/api/v1/taobao-villages/counties.csv?province=Atlantis');
    expect(bad.status).toBe(400);
  });
});
