import { describe, expect, it } from 'vitest';
import { get, getJson } from './http.ts';

// The 2025 releases (issue 15, part 3) as the API serves them: value in base units, flag, and the
// source with the page it was read on, in meta.sources.

async function point(series: string, period: string, query = 'from=2025&to=2025') {
  const { status, body } = await getJson<any>(`/api/v1/series/${series}?${query}`);
  expect(status).toBe(200);
  const row = body.data.find((r: any) => r.period === period);
  const source = body.meta.sources.find((s: any) => s.id === row?.sourceId);
  return { row, source, notes: body.meta.notes.map((n: any) => n.id) as string[] };
}

describe('GET /api/v1/series/{id}: the 2025 figures', () => {
  it('CNNIC end-2025 internet users: 1,125,000,000, stated, from the 57th report as reported by ECNS', async () => {
    const { row, source } = await point('cnnic-internet-users', '2025');
    expect(row).toMatchObject({ value: 1125000000, unit: 'persons', periodKind: 'year', flag: 'stated', qualifier: 'exact', sourceId: 'cnnic-57th-via-ecns' });
    expect(source).toMatchObject({ date: '2026-02-05', whereRead: 'http://www.ecns.cn/news/cns-wire/2026-02-05/detail-iheznyiy1140391.shtml' });
    expect(source.title).toContain('57th report');
  });

  it('NBS 2025 online retail 15.97 trillion yuan and its stated +8.6%, cited to Xinhua on People\'s Daily Online', async () => {
    const level = await point('nbs-online-retail-sales', '2025');
    expect(level.row).toMatchObject({ value: 15970000000000, unit: 'yuan', flag: 'stated', sourceId: 'nbs-2025-via-people-xinhua' });
    expect(level.source).toMatchObject({ whereRead: 'http://en.people.cn/n3/2026/0119/c90000-20416194.html', date: '2026-01-19' });
    expect(level.notes).toContain('ser-nbs-2025-xinhua');
    const growth = await point('nbs-online-retail-sales-yoy', '2025');
    expect(growth.row).toMatchObject({ value: 8.6, unit: 'percent', flag: 'stated', sourceId: 'nbs-2025-via-people-xinhua' });
  });

  it('MOFCOM 2025 rural online retail 3 trillion yuan and agricultural products 783,310,000,000 yuan', async () => {
    const rural = await point('mofcom-rural-online-retail-sales', '2025');
    expect(rural.row).toMatchObject({ value: 3000000000000, flag: 'stated', sourceId: 'mofcom-2025-rural-via-china-org-cn-jp' });
    expect(rural.source.whereRead).toBe('http://japanese.china.org.cn/business/txt/2026-02/06/content_118320863.htm');
    const agri = await point('mofcom-agricultural-online-retail-sales', '2025');
    expect(agri.row).toMatchObject({ value: 783310000000, flag: 'stated' });
  });

  it('end-2025 online shoppers are a gap (no flag) with the warning note, not the unverified 9.37亿', async () => {
    const { row, notes } = await point('cnnic-online-shoppers', '2025');
    expect(row).toMatchObject({ value: null, flag: null });
    expect(notes).toContain('ser-2025-secondary-unchecked');
  });

  it('GACC first half of 2025: about 1.32 trillion yuan, a mid-year estimate that never enters the year line', async () => {
    const { row, source, notes } = await point('gacc-cross-border-ecommerce-trade', '2025-06', 'from=2025&to=2025&period=mid-year');
    expect(row).toMatchObject({ value: 1320000000000, periodKind: 'mid_year', qualifier: 'approx', flag: 'estimate', sourceId: 'gacc-2025h1-via-776mm' });
    expect(source.whereRead).toBe('http://m.776mm.com/2025/07/17/25910.html');
    expect(notes).toContain('ser-gacc-2025-h1');
    const yearEnd = await getJson<any>('/api/v1/series/gacc-cross-border-ecommerce-trade?from=2024&to=2025');
    expect(yearEnd.body.data.map((r: any) => [r.period, r.value])).toEqual([['2024', 2630000000000]]);
  });
});

describe('the users and transactions pages show the 2025 values with their sources', () => {
  // The figure, the table and the sources are on the Chart, Table and Sources tabs of one view.
  const page = async (path: string) => {
    const texts = await Promise.all(['chart', 'table', 'sources'].map(async (tab) => {
      const res = await get(`${path}&tab=${tab}`);
      expect(res.status).toBe(200);
      return res.text();
    }));
    return texts.join('\n');
  };

  it('/en/users and /zh/users: end-2025 internet users with the 57th-report source and the online-shopper warning', async () => {
    const en = await page('/en/users?from=2024');
    expect(en).toContain('1.125 billion');
    expect(en).toContain('id="source-cnnic-57th-via-ecns"');
    expect(en).toContain('http://www.ecns.cn/news/cns-wire/2026-02-05/detail-iheznyiy1140391.shtml');
    expect(en).toContain('End-2025 online shoppers and their usage rate are left as gaps');
    const zh = await page('/zh/users?from=2024');
    expect(zh).toContain('11.25亿人');
    expect(zh).toContain('2025年底网络购物用户规模及其使用率留为空缺');
  });

  it('/en/transactions: NBS 2025 cited to People\'s Daily Online; the GACC 2025 first half is shown with mid-year readings', async () => {
    const nbs = await page('/en/transactions?from=2024');
    expect(nbs).toContain('id="source-nbs-2025-via-people-xinhua"');
    expect(nbs).toContain('http://en.people.cn/n3/2026/0119/c90000-20416194.html');
    const gacc = await page('/en/transactions?series=gacc-cross-border-ecommerce-trade&midyear=1&from=2024');
    expect(gacc).toContain('2025-06');
    expect(gacc).toContain('id="source-gacc-2025h1-via-776mm"');
    expect(gacc).toContain('First half of 2025 only');
  });
});
