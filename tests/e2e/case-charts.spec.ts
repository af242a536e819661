import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';

// The lead figures of the Wenzhou and cross-border case-study pages (issue 14, "chart first"):
// what is drawn equals the data behind it (the JSON API, the CSV the page links to), the one bar or
// point a reader hovers says its value and flag, and the figure keeps its title, subtitle and source.

const SLOW = { timeout: 30_000 };

type CityRow = { city: { adcode: number; nameEn: string; nameZh: string }; villages: number | null; publishedRank: number | null; rankedList: string | null };

/** The paper's Figure 1 as the cities API gives it: the rows of its ranked list, in rank order. */
async function figure1FromApi(page: Page): Promise<CityRow[]> {
  const res = await page.request.get('/api/v1/taobao-villages/cities?year=2019&scope=all&sort=rank&dir=asc');
  expect(res.status()).toBe(200);
  const rows = ((await res.json()) as { data: CityRow[] }).data.filter((r) => r.rankedList === 'seed001-fig1-2019');
  expect(rows.length).toBeGreaterThan(10);
  return rows;
}

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: Wenzhou opens with the paper's Figure 1, one bar per listed city, Wenzhou marked`, async ({ page }) => {
    const expected = await figure1FromApi(page);
    await page.goto(`/${locale}/clusters/wenzhou`);
    const box = page.getByTestId('figure1-chart');
    const bars = box.locator('.recharts-bar-rectangle');
    await expect(bars.first()).toBeVisible(SLOW);
    // the bars: as many as the list has cities, in its order, with its counts
    await expect(bars).toHaveCount(expected.length);
    expect(await box.getAttribute('data-points')).toBe(expected.map((r) => `${r.city.adcode}:${r.villages ?? ''}`).join(','));
    const names = expected.map((r) => (locale === 'zh' ? r.city.nameZh : r.city.nameEn));
    // (Recharts 3 draws tick labels and bar labels in layers of their own, outside the axis and bar groups)
    expect(await box.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).toEqual(names);
    const labels = (await box.locator('.recharts-label').allTextContents()).filter((text) => /^\d/.test(text));
    expect(labels).toEqual(expected.map((r) => String(r.villages)));
    // one bar in the highlight colour, and it is Wenzhou's
    const fills = await bars.evaluateAll((els) => els.map((el) => (el.querySelector('path') ?? el).getAttribute('fill')));
    const wenzhou = expected.findIndex((r) => r.city.adcode === 330300);
    expect(wenzhou).toBeGreaterThanOrEqual(0);
    expect(fills.filter((f) => f === fills[wenzhou])).toHaveLength(1);
    expect(new Set(fills.filter((_, i) => i !== wenzhou)).size).toBe(1);
    // the tooltip of Wenzhou's bar: its count and that the paper states it
    await bars.nth(wenzhou).hover();
    const tooltip = box.locator('.recharts-tooltip-wrapper');
    await expect(tooltip).toContainText(locale === 'zh' ? `${expected[wenzhou]!.villages}（来源给出）` : `${expected[wenzhou]!.villages} (stated)`);
    // title, subtitle and the source in words
    await expect(page.locator('#figure1-chart-title')).toHaveText(locale === 'zh' ? '淘宝村数量最多的城市（2019年）' : 'Cities with the most Taobao villages, 2019');
    await expect(page.locator('#figure1-chart-summary')).toContainText(locale === 'zh' ? `${expected.length}个城市` : `the ${expected.length} cities`);
    await expect(page.getByTestId('lead-figure-source')).toContainText(locale === 'zh' ? 'Xia的温州论文图1' : "Xia's Wenzhou paper, Figure 1");
    await expect(page.getByTestId('figure1-villages-link')).toHaveAttribute('href', `/${locale}/villages?year=2019`);
  });
}

type ChartLines = { id: string; points: [string, number | null][] }[];
const linesOf = async (chart: Locator) => JSON.parse((await chart.getAttribute('data-lines'))!) as ChartLines;
const SERIES = ['100ec-cross-border-transaction-scale', 'gacc-cross-border-ecommerce-trade'];

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: cross-border opens with the two national series, one panel each; the points and the linked CSV are the same figures`, async ({ page }) => {
    await page.goto(`/${locale}/clusters/cross-border`);
    const panels = page.locator('[data-testid="lead-figure"] [data-testid^="series-chart-"]');
    await expect(panels).toHaveCount(2);
    await expect(panels.first().locator('svg[data-chart-surface]')).toBeVisible(SLOW);
    await expect(panels.nth(1).locator('svg[data-chart-surface]')).toBeVisible(SLOW);
    const drawn = [...(await linesOf(panels.first())), ...(await linesOf(panels.nth(1)))];
    expect(drawn.map((l) => l.id)).toEqual(SERIES);

    // the CSV the figure links to holds exactly the drawn figures; its empty values are the chart's gaps
    const href = (await page.getByTestId('lead-figure-csv').getAttribute('href'))!;
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    const csv = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    for (const line of drawn) {
      const rows = csv.filter((r) => r.series_id === line.id).map((r) => [r.period, r.value === '' ? null : Number(r.value)] as [string, number | null]);
      expect(rows.length, line.id).toBeGreaterThan(3);
      const points = new Map(line.points);
      for (const [period, value] of rows) expect(points.get(period), `${line.id} ${period}`).toBe(value);
      expect(line.points.filter(([, v]) => v !== null), `${line.id}: every drawn value is in the CSV`).toEqual(rows.filter(([, v]) => v !== null));
      // each drawn value is a mark on the chart, each gap none
      const panel = panels.nth(SERIES.indexOf(line.id));
      await expect(panel.locator(`svg[data-chart-surface] [data-series="${line.id}"][data-period]`)).toHaveCount(line.points.filter(([, v]) => v !== null).length);
    }
    // the 100EC line has gaps (2016–2018): drawn as gaps, not bridged
    const estimate = drawn.find((l) => l.id === SERIES[0])!;
    expect(estimate.points.filter(([p, v]) => ['2016', '2017', '2018'].includes(p) && v === null)).toHaveLength(3);

    await expect(page.locator('#scale-chart-heading')).toContainText(locale === 'zh' ? '中国跨境电商' : "China's cross-border e-commerce");
    await expect(page.getByTestId('lead-figure-subtitle')).not.toBeEmpty();
    await expect(page.getByTestId('lead-figure-source')).toContainText(locale === 'zh' ? '网经社' : '100EC');
  });
}

test('cross-border: the tooltip of a point says its value, its flag and its publisher', async ({ page }) => {
  await page.goto('/en/clusters/cross-border');
  const chart = page.locator('[data-testid="lead-figure"] [data-testid^="series-chart-"]').first();
  const svg = chart.locator('svg[data-chart-surface]');
  await expect(svg).toBeVisible(SLOW);
  for (const [period, flag] of [['2020', 'stated'], ['2019', 'estimate']] as const) {
    const point = svg.locator(`[data-series="100ec-cross-border-transaction-scale"][data-period="${period}"]`);
    const at = (await point.boundingBox())!;
    const layer = (await svg.locator('[data-hover-layer]').boundingBox())!;
    await page.mouse.move(at.x + at.width / 2, layer.y + layer.height / 2);
    const tooltip = chart.getByTestId('chart-tooltip');
    await expect(tooltip.locator('[data-tooltip-header]')).toHaveText(period);
    await expect(tooltip).toContainText(flag);
    await expect(tooltip).toContainText('100EC');
  }
  await expect(chart.getByTestId('chart-tooltip')).toContainText('10.5');
});
