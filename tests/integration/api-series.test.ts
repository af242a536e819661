import { describe, expect, it } from 'vitest';
import { get, getCsv, getJson } from './http.ts';

describe('GET /api/v1/series', () => {
  it('lists the catalogue with names, units, publisher and sources', async () => {
    const { status, body } = await getJson<any>('/api/v1/series');
    expect(status).toBe(200);
    const users = body.data.find((s: any) => s.id === 'cnnic-internet-users');
    expect(users).toMatchObject({ nameEn: 'Internet users', unit: 'persons', official: true, group: 'internet-users' });
    expect(users.sourceIds.length).toBeGreaterThan(5);
    expect(body.meta.sources.length).toBeGreaterThan(10);
    const group = await getJson<any>('/api/v1/series?group=cross-border');
    expect(group.body.data.every((s: any) => s.group === 'cross-border')).toBe(true);
  });

  it('rejects an unknown group', async () => {
    const { status, body } = await getJson<any>('/api/v1/series?group=weather');
    expect(status).toBe(400);
    expect(body.issues[0].path).toEqual(['group']);
  });
});

describe('GET /api/v1/series/{id}', () => {
  it('returns year-end values in base units with their sources; no December-2019 figure, the March-2020 reading labelled', async () => {
    const { status, body } = await getJson<any>('/api/v1/series/cnnic-internet-users?from=2017&to=2020');
    expect(status).toBe(200);
    const byPeriod = new Map<string, any>(body.data.map((r: any) => [r.period, r]));
    expect(byPeriod.get('2018')).toMatchObject({ value: 829000000, unit: 'persons', periodKind: 'year', flag: 'S' });
    expect(byPeriod.get('2019')?.value ?? null).toBeNull();
    expect(byPeriod.get('2020-03')).toMatchObject({ value: 904000000, periodKind: 'substitute' });
    expect(body.data.some((r: any) => r.periodKind === 'mid_year')).toBe(false);
    expect(body.meta.notes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['ser-cnnic-2020-03-substitute']));
    expect(body.meta.sources.length).toBeGreaterThan(0);
  });

  it('period=mid-year returns only mid-year readings', async () => {
    const { body } = await getJson<any>('/api/v1/series/cnnic-internet-users?period=mid-year&from=2019&to=2019');
    expect(body.data.map((r: any) => [r.period, r.value])).toEqual([['2019-06', 854000000]]);
  });

  it('official and industry estimates stay separate series', async () => {
    const nbs = await getJson<any>('/api/v1/series/nbs-ecommerce-transaction-volume?from=2020&to=2020');
    expect(nbs.body.data[0]).toMatchObject({ value: 37210000000000, unit: 'yuan' });
    const gacc = await getJson<any>('/api/v1/series/gacc-cross-border-ecommerce-trade?from=2020&to=2020');
    expect(gacc.body.data[0].value).toBe(1690000000000);
    const ec = await getJson<any>('/api/v1/series/100ec-cross-border-transaction-scale?from=2020&to=2020');
    expect(ec.body.data[0].value).toBe(12500000000000);
  });

  it('has a CSV twin with the same rows', async () => {
    const [json, csv] = await Promise.all([getJson<any>('/api/v1/series/nbs-online-retail-sales?from=2014'), getCsv('/api/v1/series/nbs-online-retail-sales.csv?from=2014')]);
    expect(csv.status).toBe(200);
    expect(csv.bom).toBe(true);
    expect(csv.headers.get('content-disposition')).toContain('nbs-online-retail-sales-year-end-2014-');
    expect(csv.rows.map((r) => [r.period, r.value === '' ? null : Number(r.value)])).toEqual(json.body.data.map((r: any) => [r.period, r.value]));
  });

  it.each([
    ['/api/v1/series/no-such-series', 'id'],
    ['/api/v1/series/no-such-series.csv', 'id'],
    ['/api/v1/series/cnnic-internet-users?from=2020&to=2010', 'to'],
    ['/api/v1/series/cnnic-internet-users?from=20x0', 'from'],
    ['/api/v1/series/cnnic-internet-users?period=quarterly', 'period'],
    ['/api/v1/series/cnnic-internet-users?colour=red', ''],
  ])('%s → 400 naming %s', async (path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.issues.length).toBeGreaterThan(0);
    if (field) expect(body.issues[0].path[0]).toBe(field);
  });
});

describe('time-series page CSV', () => {
  it('displayed CSV follows the mode: YoY across the 2007 definition break is flagged', async () => {
    const csv = await getCsv('/api/v1/views/users.csv?series=cnnic-internet-users&from=2006&to=2008&mode=yoy');
    expect(csv.status).toBe(200);
    const y2007 = csv.rows.find((r) => r.period === '2007')!;
    // 2.10 / 1.37 − 1 = 53.28 %
    expect(Number(y2007.value)).toBeCloseTo(53.2846715, 5);
    expect(y2007.across_break).toBe('yes');
    expect(y2007.mode).toBe('yoy');
    expect(csv.rows.find((r) => r.period === '2008')!.across_break).toBe('');
  });

  it('full CSV has every stored value of the section', async () => {
    const csv = await getCsv('/api/v1/views/transactions.csv?full=1');
    expect(new Set(csv.rows.map((r) => r.series_id)).size).toBeGreaterThan(20);
    expect(csv.rows.some((r) => r.series_id === 'gacc-cross-border-ecommerce-trade')).toBe(true);
  });

  it('an unknown section is a 400', async () => {
    expect((await get('/api/v1/views/weather.csv')).status).toBe(400);
  });
});

describe('pages', () => {
  it.each(['/en/users', '/zh/users', '/en/transactions', '/zh/transactions'])('%s renders on the server', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-testid="series-table"');
  });
});
