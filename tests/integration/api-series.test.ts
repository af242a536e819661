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
    expect(byPeriod.get('2018')).toMatchObject({ value: 829000000, unit: 'persons', periodKind: 'year', flag: 'stated', qualifier: 'exact' });
    // A gap carries no flag (not "stated")
    expect(byPeriod.get('2019')).toMatchObject({ value: null, flag: null });
    expect(byPeriod.get('2020-03')).toMatchObject({ value: 904000000, periodKind: 'substitute', flag: 'substitute' });
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
    // ">¥10 trillion" (2013) keeps its bound and is flagged bound; "~¥13 trillion" (2014) an estimate
    const bound = await getJson<any>('/api/v1/series/nbs-ecommerce-transaction-volume?from=2013&to=2014');
    expect(bound.body.data.map((r: any) => [r.period, r.qualifier, r.flag])).toEqual([['2013', 'lower_bound', 'bound'], ['2014', 'approx', 'estimate']]);
    const gacc = await getJson<any>('/api/v1/series/gacc-cross-border-ecommerce-trade?from=2020&to=2020');
    // GACC's revised 2020 figure (the first release, 1.69万亿, is kept in a note)
    expect(gacc.body.data[0].value).toBe(1620000000000);
    const ec = await getJson<any>('/api/v1/series/100ec-cross-border-transaction-scale?from=2020&to=2020');
    expect(ec.body.data[0].value).toBe(12500000000000);
  });

  it('has a CSV twin with the same rows', async () => {
    const [json, csv] = await Promise.all([getJson<any>('/api/v1/series/nbs-online-retail-sales?from=2014'), getCsv('/api/v1/series/nbs-online-retail-sales.csv?from=2014')]);
    expect(csv.status).toBe(200);
    expect(csv.bom).toBe(true);
    expect(csv.headers.get('content-disposition')).toContain('nbs-online-retail-sales-year-end-2014-');
    expect(csv.rows.map((r) => [r.period, r.value === '' ? null : Number(r.value)])).toEqual(json.body.data.map((r: any) => [r.period, r.value]));
    expect(csv.rows.map((r) => [r.period, r.flag, r.qualifier])).toEqual(json.body.data.map((r: any) => [r.period, r.flag ?? '', r.qualifier === 'exact' ? '' : r.qualifier.replace('_', '-')]));
    // 2016 "~5.43" was derived when transcribed: an estimate; 2018 ">9": a bound
    expect(csv.rows.find((r) => r.period === '2016')).toMatchObject({ flag: 'estimate', qualifier: 'approx' });
    expect(csv.rows.find((r) => r.period === '2018')).toMatchObject({ flag: 'bound', qualifier: 'lower-bound' });
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
  it('displayed CSV follows the mode: YoY across the 2007 definition break is flagged; YoY rows are computed, gaps unflagged', async () => {
    const csv = await getCsv('/api/v1/views/users.csv?series=cnnic-internet-users&from=2006&to=2008&mode=yoy');
    expect(csv.status).toBe(200);
    const y2007 = csv.rows.find((r) => r.period === '2007')!;
    // 2.10 / 1.37 − 1 = 53.28 %
    expect(Number(y2007.value)).toBeCloseTo(53.2846715, 5);
    expect(y2007).toMatchObject({ across_break: 'yes', mode: 'yoy', unit: 'percent-change', flag: 'computed', qualifier: '' });
    expect(csv.rows.find((r) => r.period === '2008')!.across_break).toBe('');
    const gaps = await getCsv('/api/v1/views/users.csv?series=cnnic-internet-users&from=2018&to=2020&mode=yoy');
    // no December 2019 survey: 2019 and 2020 have no change, and no flag
    expect(gaps.rows.filter((r) => r.period !== '2018').map((r) => [r.period, r.value, r.flag, r.reason])).toEqual([['2019', '', '', ''], ['2020', '', '', '']]);
  });

  it('YoY of a percentage series is in percentage points; its summary has no CAGR', async () => {
    const csv = await getCsv('/api/v1/views/users.csv?series=cnnic-internet-penetration&series=cnnic-internet-users&from=2017&to=2018&mode=yoy');
    const pen = csv.rows.find((r) => r.series_id === 'cnnic-internet-penetration' && r.period === '2018')!;
    // 59.6 − 55.8 = +3.8 pp, not 59.6 / 55.8 − 1 = 6.8 %
    expect(Number(pen.value)).toBeCloseTo(3.8, 10);
    expect(pen).toMatchObject({ unit: 'pp', flag: 'computed' });
    expect(csv.rows.find((r) => r.series_id === 'cnnic-internet-users' && r.period === '2018')!.unit).toBe('percent-change');
    const page = await (await get('/en/users?series=cnnic-internet-penetration&from=2008&to=2018&tab=table')).text();
    expect(page).toMatch(/data-testid="cagr-cnnic-internet-penetration"[^>]*>— \*</);
    expect(page).toContain('+37.00 pp'); // 59.6 − 22.6
  });

  it('growth from the 2013 lower bound ">¥10 trillion" is an upper bound, flagged bound', async () => {
    const csv = await getCsv('/api/v1/views/transactions.csv?series=nbs-ecommerce-transaction-volume&from=2013&to=2016&mode=yoy');
    const rows = new Map(csv.rows.map((r) => [r.period, r]));
    // 2014 "~13" ÷ 2013 ">10" − 1: below +30 %
    expect(Number(rows.get('2014')!.value)).toBeCloseTo(30, 8);
    expect(rows.get('2014')).toMatchObject({ qualifier: 'upper-bound', flag: 'bound' });
    expect(rows.get('2013')).toMatchObject({ value: '', flag: '' }); // no 2012 value: a gap
    const values = await getCsv('/api/v1/views/transactions.csv?series=nbs-ecommerce-transaction-volume&from=2013&to=2014');
    expect(values.rows.find((r) => r.period === '2013')).toMatchObject({ qualifier: 'lower-bound', flag: 'bound', unit: 'yuan' });
    // React separates adjacent text with <!-- --> in server HTML
    const page = (await (await get('/en/transactions?series=nbs-ecommerce-transaction-volume&from=2013&to=2022&tab=table')).text()).replaceAll('<!-- -->', '');
    expect(page).toMatch(/data-testid="start-nbs-ecommerce-transaction-volume"[^>]*>2013: &gt;¥10 trillion</);
    // 43.83 / 10 − 1 = 338.3 %, CAGR (4.383)^(1/9) − 1 = 17.84 %: both upper bounds
    expect(page).toMatch(/data-testid="relative-nbs-ecommerce-transaction-volume" data-flag="bound">&lt; \+338\.3%</);
    expect(page).toMatch(/data-testid="cagr-nbs-ecommerce-transaction-volume" data-flag="bound">&lt; \+17\.84%</);
  });

  it('index mode: the default base year is one every selected series has; a chosen base without a value leaves the series out, with the reason', async () => {
    const auto = await getCsv('/api/v1/views/transactions.csv?mode=index');
    const at2017 = auto.rows.filter((r) => r.period === '2017');
    expect(at2017.map((r) => [r.series_id, r.value])).toEqual([
      ['nbs-ecommerce-transaction-volume', '100'],
      ['nbs-online-retail-sales', '100'],
      ['nbs-physical-goods-online-retail-sales', '100'],
    ]);
    expect(auto.rows.every((r) => r.reason === '')).toBe(true);
    const chosen = await getCsv('/api/v1/views/transactions.csv?mode=index&base=2013');
    const retail = chosen.rows.filter((r) => r.series_id === 'nbs-online-retail-sales');
    expect(retail.length).toBeGreaterThan(5);
    expect(retail.every((r) => r.value === '' && r.reason === 'no-base-value' && r.flag === '')).toBe(true);
    // on the ">¥10 trillion" base, 2014 "~13" is below 130
    const y2014 = chosen.rows.find((r) => r.series_id === 'nbs-ecommerce-transaction-volume' && r.period === '2014')!;
    expect(y2014).toMatchObject({ value: '130', qualifier: 'upper-bound', flag: 'bound', unit: 'index' });
    const page = await (await get('/en/transactions?mode=index&base=2013')).text();
    expect(page).toContain('data-testid="not-drawn"');
    expect(page).toContain('no value in 2013, the base year');
    const shares = await getCsv('/api/v1/views/users.csv?series=cnnic-internet-penetration&series=cnnic-internet-users&mode=index');
    expect(shares.rows.filter((r) => r.series_id === 'cnnic-internet-penetration').every((r) => r.reason === 'share' && r.value === '')).toBe(true);
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

describe('OpenAPI', () => {
  it('documents the series value flags and qualifiers', async () => {
    const { body } = await getJson<any>('/api/v1/openapi.json');
    const value = body.components.schemas.SeriesValue;
    expect(value.properties.flag.enum).toEqual(expect.arrayContaining(['stated', 'computed', 'bound', 'estimate', 'substitute']));
    expect(value.properties.qualifier.enum).toContain('upper_bound');
    expect(body.paths['/api/v1/views/{section}.csv'].get.description).toContain('pp');
  });
});

describe('pages', () => {
  // The values table is the Table tab's (the Chart tab is the default).
  it.each(['/en/users', '/zh/users', '/en/transactions', '/zh/transactions'])('%s renders on the server', async (path) => {
    const res = await get(`${path}?tab=table`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-testid="series-table"');
  });
});
