import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { pngInk } from './png-ink.ts';

// Assertions on what is drawn (marks and their positions, the tooltip's text) and on the files the
// export buttons produce. Screenshots and sample exports go to test-results/chart-artifacts.
const ARTIFACTS = resolve('test-results/chart-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const surface = (chart: Locator) => chart.locator('svg[data-chart-surface]');

/** The x (in page px) of a year on a chart's axis, from two of its drawn ticks (the year need not have a tick of its own). */
async function xOfYear(chart: Locator, year: number): Promise<number> {
  const box = (await surface(chart).boundingBox())!;
  const ticks = await surface(chart)
    .locator('g[data-year]')
    .evaluateAll((gs) => gs.map((g) => [Number(g.getAttribute('data-year')), Number(g.querySelector('line')!.getAttribute('x1'))] as [number, number]));
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [[y0, x0], [y1, x1]] = [ticks[0], ticks.at(-1)!];
  return box.x + x0 + ((year - y0) / (y1 - y0)) * (x1 - x0);
}

async function hoverYear(page: Page, chart: Locator, year: number, touch: boolean) {
  // the pointer acts only inside the viewport: bring the plot into view first
  await surface(chart).scrollIntoViewIfNeeded();
  const x = await xOfYear(chart, year);
  const layer = (await surface(chart).locator('[data-hover-layer]').boundingBox())!;
  const y = layer.y + layer.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.move(x, y);
  const tooltip = chart.getByTestId('chart-tooltip');
  await expect(tooltip.locator('[data-tooltip-header]')).toHaveText(String(year));
  return tooltip;
}

const rows = (tooltip: Locator) =>
  tooltip.locator('[data-tooltip-series]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-tooltip-series'), li.querySelector('[data-tooltip-value]')!.textContent]));

/** The users chart's tooltip at 2007 and 2019: the year as header, every series with the value of that year (2019 has no December survey: no value, never 2018's). */
async function usersTooltip(page: Page, width: number, touch: boolean) {
  await page.goto('/en/users');
  const chart = page.getByTestId('series-chart-persons-internet-users');
  await expect(surface(chart)).toBeVisible({ timeout: 30_000 });
  const at2007 = await hoverYear(page, chart, 2007, touch);
  expect(await rows(at2007)).toEqual([
    ['Internet users', '210 million'],
    ['Mobile internet users', '50.4 million'],
    ['Online shoppers', 'no value'],
  ]);
  await expect(at2007).toContainText('Source: CNNIC');
  await expect(at2007).toContainText('stated');
  await chart.screenshot({ path: `${ARTIFACTS}/users-tooltip-2007-${width}.png` });
  const at2019 = await hoverYear(page, chart, 2019, touch);
  expect(await rows(at2019)).toEqual([
    ['Internet users', 'no value'],
    ['Mobile internet users', 'no value'],
    ['Online shoppers', 'no value'],
  ]);
  await chart.screenshot({ path: `${ARTIFACTS}/users-tooltip-2019-${width}.png` });
}

test('users: the tooltip is headed by the hovered year and lists every series at that year', async ({ page }) => {
  await usersTooltip(page, 1440, false);
});

test('users at 375 px: a tap shows the year and every series of that year', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await usersTooltip(page, 375, true);
});

test('users: points sit at their year on the one year axis and at their value on the value axis; ticks are round', async ({ page }) => {
  await page.goto('/en/users?from=2015&to=2020');
  const chart = page.getByTestId('series-chart-persons-internet-users');
  await expect(surface(chart)).toBeVisible({ timeout: 30_000 });
  const svg = surface(chart);
  const tickX = async (year: number) => Number(await svg.locator(`g[data-year="${year}"] line`).getAttribute('x1'));
  // 2018 of every series is drawn at the x of the 2018 tick, whatever else is drawn
  for (const id of ['cnnic-internet-users', 'cnnic-mobile-internet-users', 'cnnic-online-shoppers']) {
    expect(Number(await svg.locator(`[data-series="${id}"][data-period="2018"]`).getAttribute('cx'))).toBeCloseTo(await tickX(2018), 0);
  }
  // the March 2020 reading that stands in for December 2019 sits a quarter of the way from 2019 to 2020
  const sub = svg.locator('[data-series="cnnic-internet-users"][data-period="2020-03"]');
  await expect(sub).toHaveAttribute('data-kind', 'substitute');
  const d = (await sub.getAttribute('d'))!;
  const subX = Number(/^M([\d.]+),/.exec(d)![1]);
  expect(subX).toBeCloseTo((await tickX(2019)) + ((await tickX(2020)) - (await tickX(2019))) / 4, 0);
  // the value axis: round ticks labelled with separators, the magnitude and unit in the title
  const ticks = await svg.locator('g[data-axis="y"] g[data-tick]').evaluateAll((gs) => gs.map((g) => [Number(g.getAttribute('data-tick')), g.querySelector('text')!.textContent!, Number(g.querySelector('line')!.getAttribute('y1'))] as const));
  // 2015–2020: the largest value is 989 million (2020), so the axis ends at 1,000 million
  expect(ticks.map(([, label]) => label)).toEqual(['0', '200', '400', '600', '800', '1,000']);
  await expect(svg.locator('[data-axis-title="y"]')).toHaveText('million persons');
  // 829 million (2018) is drawn at 829/1,000 of the axis height
  const [zero, top] = [ticks[0], ticks.at(-1)!];
  expect(top[0]).toBe(1e9);
  const cy = Number(await svg.locator('[data-series="cnnic-internet-users"][data-period="2018"]').getAttribute('cy'));
  expect(cy).toBeCloseTo(zero[2] + ((top[2] - zero[2]) * 829e6) / 1e9, 0);
  // direct labels at the line ends
  await expect(svg.locator('[data-direct-label]')).toHaveCount(3);
});

test('users: a series keeps its colour when another series is added', async ({ page }) => {
  const colour = async (url: string) => {
    await page.goto(url);
    const line = page.locator('svg[data-chart-surface] [data-line="cnnic-online-shoppers"] path').first();
    await expect(line).toBeVisible({ timeout: 30_000 });
    return line.getAttribute('stroke');
  };
  const alone = await colour('/en/users?series=cnnic-online-shoppers');
  expect(await colour('/en/users?series=cnnic-internet-users&series=cnnic-rural-internet-users&series=cnnic-online-shoppers')).toBe(alone);
});

test('transactions: the YoY axis has % on every tick and round steps', async ({ page }) => {
  await page.goto('/en/transactions?mode=yoy');
  const svg = surface(page.locator('[data-testid^="series-chart-yoy-"]').first());
  await expect(svg).toBeVisible({ timeout: 30_000 });
  const labels = await svg.locator('g[data-axis="y"] g[data-tick] text').allTextContents();
  expect(labels.every((l) => /^[+-]?\d+%$/.test(l)), labels.join(' ')).toBe(true);
  const values = await svg.locator('g[data-axis="y"] g[data-tick]').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-tick'))));
  const step = values[1] - values[0];
  expect([1, 2, 2.5, 5, 10, 20, 25, 50]).toContain(step);
});

/** The PNG's pixel size from its IHDR chunk. */
function pngSize(file: Buffer) {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

async function download(page: Page, figure: Locator, kind: 'PNG' | 'SVG', name: string): Promise<{ file: Buffer; download: Download }> {
  const button = figure.getByRole('button', { name: new RegExp(kind) });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = `${ARTIFACTS}/${name}`;
  await d.saveAs(path);
  return { file: readFileSync(path), download: d };
}

// Every chart's export, on every page that has charts.
const EXPORTS = [
  // The data pages offer the image exports in their Download tab, each chart in a frame with its buttons.
  { page: '/en/villages?province=330000&province=440000&tab=download', figure: '[data-testid="export-frame"]:has(figure[aria-labelledby="city-chart-title"])', file: /^taobao-villages-cities-2019-zhejiang-guangdong$/, title: 'Taobao villages by city, 2019 (Zhejiang, Guangdong)', source: 'AliResearch', marks: 14 },
  { page: '/en/villages?tab=download', figure: '[data-testid="export-frame"]:has(figure[aria-labelledby="national-chart-title"])', file: /^taobao-villages-national-\d{4}-\d{4}$/, title: 'Taobao villages and towns in China', source: 'AliResearch', marks: 20 },
  { page: '/en/users?tab=download', figure: '[data-testid="export-frame"]:has(figure[aria-labelledby="chart-persons-internet-users-title"])', file: /^users-2004-\d{4}-values-internet-users-mobile-internet-users-online-shoppers$/, title: 'CNNIC internet-user series: Internet users, Mobile internet users, Online shoppers', source: 'Source: CNNIC', marks: 30 },
  { page: '/en/transactions?mode=index&tab=download', figure: '[data-testid="export-frame"]:has(figure[aria-labelledby^="chart-index-"])', file: /^transactions-\d{4}-\d{4}-index-base-2017-e-commerce-transaction-volume/, title: 'Transaction-scale series', source: 'Source: ', marks: 20 },
  { page: '/en/models', figure: 'figure[aria-labelledby="matrix-chart-title"]', file: /^business-models-requirement-levels-b2b-b2c-c2c-o2o$/, title: 'What each business model requires of a cluster, dimension by dimension', source: 'Source: Virtual e-commerce models', marks: 10 },
  { page: '/en/clusters/yongkang', figure: 'figure:has([data-testid="chart-education"])', file: /^yongkang-sample-education$/, title: 'Education, % of respondents', source: 'Source: Lingtong Zhu, Feifei Lu', marks: 3 },
] as const;

for (const e of EXPORTS) {
  test(`export of ${e.page} ${e.figure}: the whole chart with title, source and address`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(e.page);
    const figure = page.locator(e.figure).first();
    const slug = e.page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

    const svg = await download(page, figure, 'SVG', `${slug}.svg`);
    const base = svg.download.suggestedFilename().replace(/\.svg$/, '');
    expect(base).toMatch(e.file);
    const text = svg.file.toString('utf8');
    expect(text).toContain(`<title>${e.title}`);
    expect(text).toContain('Source: ');
    expect(text).toContain(e.source);
    expect(text).toMatch(/http[^<]*\/en\//); // the page's address
    // none of the page's internals: no series or source ids, no data attributes, no class names or file names
    expect(text).not.toMatch(/data-|class=|recharts|cnnic-internet-users|via-|\.csv|\.json|seed00/);
    // the chart itself is in it (its marks), not a legend icon
    expect((text.match(/<(path|rect|circle)\b/g) ?? []).length).toBeGreaterThanOrEqual(e.marks);

    const png = await download(page, figure, 'PNG', `${slug}.png`);
    expect(png.download.suggestedFilename()).toBe(`${base}.png`);
    const size = pngSize(png.file);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(400);
    const ink = (await pngInk(page, png.file)).share;
    expect(ink).toBeGreaterThan(0.01); // not blank
    expect(ink).toBeLessThan(0.6); // not a black box either
  });
}

test('zh: the export is in Chinese (title, units, source line)', async ({ page }) => {
  await page.goto('/zh/users?tab=download');
  const figure = page.locator('[data-testid="export-frame"]:has(figure[aria-labelledby="chart-persons-internet-users-title"])');
  const svg = await download(page, figure, 'SVG', 'zh-users.svg');
  const text = svg.file.toString('utf8');
  expect(svg.download.suggestedFilename()).toMatch(/^users-\d{4}-\d{4}-values-zh-internet-users/);
  expect(text).toContain('xml:lang="zh-CN"');
  expect(text).toContain('网民规模');
  expect(text).toContain('来源：中国互联网络信息中心');
  expect(text).toContain('亿人'); // the axis title
  const png = await download(page, figure, 'PNG', 'zh-users.png');
  expect(pngSize(png.file).width).toBeGreaterThanOrEqual(1200);
});

test('exports at 375 px are still at least 1,200 px wide', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/en/users?tab=download');
  const figure = page.locator('[data-testid="export-frame"]:has(figure[aria-labelledby="chart-persons-internet-users-title"])');
  const png = await download(page, figure, 'PNG', 'users-375.png');
  expect(pngSize(png.file).width).toBeGreaterThanOrEqual(1200);
  expect((await pngInk(page, png.file)).share).toBeGreaterThan(0.01);
  writeFileSync(`${ARTIFACTS}/users-375.name.txt`, png.download.suggestedFilename());
});

test('users: the arrow keys read the chart year by year; mid-year readings are their own slot, named as such', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&from=2018&to=2020&midyear=1');
  const chart = page.getByTestId('series-chart-persons-internet-users');
  await expect(surface(chart)).toBeVisible({ timeout: 30_000 });
  const plot = chart.getByRole('group');
  await plot.focus();
  const header = chart.getByTestId('chart-tooltip').locator('[data-tooltip-header]');
  await page.keyboard.press('Home');
  await expect(header).toHaveText('2018');
  await expect(chart.getByTestId('chart-tooltip')).toContainText('Internet users: 829 million');
  // next slot: the June 2019 reading (x = 2018.5), labelled mid-year
  await page.keyboard.press('ArrowRight');
  await expect(header).toHaveText('2019-06 (mid-year)');
  await page.keyboard.press('ArrowRight');
  await expect(header).toHaveText('2019');
  await expect(chart.getByTestId('chart-tooltip')).toContainText('Internet users: no value');
  await page.keyboard.press('ArrowRight');
  await expect(header).toHaveText('2020-03 (stands in for a missing year-end survey)');
  await page.keyboard.press('Escape');
  await expect(chart.getByTestId('chart-tooltip')).toHaveCount(0);
});
