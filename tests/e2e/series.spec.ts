import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

async function tableValues(page: Page, series: string) {
  return page.locator(`[data-testid="series-table"] tbody tr[data-series="${series}"]`).evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-period'), r.querySelector('td[data-value]')!.getAttribute('data-value')]),
  );
}

async function chartLines(page: Page) {
  const attrs = await page.locator('[data-testid^="series-chart-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-lines')!));
  return attrs.flatMap((a) => JSON.parse(a) as { id: string; points: [string, number | null][] }[]);
}

/** A value cell's text followed by the numbers of its note markers, if any ("+7.4%" or "+7.4%1"). */
const valueWithMarkers = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d*$`);

/** Opens a tab of the same view (the Chart / Table / Sources / Download links keep the view's parameters). */
async function openTab(page: Page, tab: 'chart' | 'table' | 'sources' | 'download') {
  await page.locator(`[data-testid="view-tabs"] a[data-tab="${tab}"]`).click();
  await expect(page.getByTestId('tab-panel')).toHaveAttribute('data-tab', tab, { timeout: 15_000 }); // a client navigation on a busy machine
}

/** The controls act once React has hydrated; the chart's SVG is drawn only then (measured in the browser). */
const hydrated = (page: Page) => expect(page.locator('[data-testid^="series-chart-"] svg[data-chart-surface]').first()).toBeVisible({ timeout: 30_000 });

test('users: changing range and mode updates the URL, chart, table and CSV alike', async ({ page }) => {
  await page.goto('/en/users');
  await hydrated(page);
  await page.getByLabel('From (year)').fill('2015');
  await page.getByLabel('To (year)').fill('2020');
  await expect(page).toHaveURL(/from=2015&to=2020/);
  await page.getByRole('radio', { name: 'Change on previous year (% or pp)' }).check();
  await expect(page).toHaveURL(/mode=yoy/);
  const line = (await chartLines(page)).find((l) => l.id === 'cnnic-internet-users')!;
  await openTab(page, 'table');
  await expect(page).toHaveURL(/from=2015&to=2020&mode=yoy&tab=table/);
  await expect(page.locator('[data-testid="series-table"] th').filter({ hasText: 'Change on previous year' })).toBeVisible();
  const table = await tableValues(page, 'cnnic-internet-users');
  expect(table.map(([p, v]) => [p, v === '' ? null : Number(v)])).toEqual(line.points);
  // 2018: 8.29 / 7.72 − 1 = 7.3834 %
  expect(line.points.find(([p]) => p === '2018')![1]).toBeCloseTo(7.3834, 3);
  // 2019 has no December survey, so neither 2019 nor 2020 has a YoY value
  expect(line.points.find(([p]) => p === '2019')?.[1] ?? null).toBeNull();

  await openTab(page, 'download');
  const href = await page.getByTestId('csv-displayed').getAttribute('href');
  const res = await page.request.get(href!);
  const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.filter((r) => r.series_id === 'cnnic-internet-users').map((r) => [r.period, r.value === '' ? null : Number(r.value)])).toEqual(
    line.points.map(([p, v]) => [p, v === null ? null : Number(v.toPrecision(12))]),
  );
});

test('users: the summary gives start, end, change and CAGR for the range', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&from=2008&to=2018&tab=table');
  // 8.29 / 2.98 − 1 = 178.2 %; CAGR (8.29/2.98)^(1/10) − 1 = 10.77 %
  await expect(page.getByTestId('relative-cnnic-internet-users')).toHaveText('+178.2%');
  await expect(page.getByTestId('cagr-cnnic-internet-users')).toHaveText('+10.77%');
  await expect(page.getByTestId('cagr-cnnic-internet-users')).toHaveAttribute('data-flag', 'computed');
});

test('users: mid-year readings are shown only when asked for, distinctly', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&from=2019&to=2020&tab=table');
  expect((await tableValues(page, 'cnnic-internet-users')).map(([p]) => p)).not.toContain('2019-06');
  await openTab(page, 'chart');
  await hydrated(page);
  await page.getByLabel('Show mid-year readings').check();
  await expect(page).toHaveURL(/midyear=1/);
  await openTab(page, 'table');
  await expect(page.locator('tr[data-period="2019-06"]')).toContainText('mid-year');
  await expect(page.locator('tr[data-period="2020-03"]')).toContainText('stands in for a missing year-end survey');
});

test('transactions: the claims and the not-public note are on the page; cross-border definitions get separate charts', async ({ page }) => {
  await page.goto('/en/transactions?series=100ec-cross-border-transaction-scale&series=gacc-cross-border-ecommerce-trade');
  await expect(page.locator('[data-testid^="series-chart-"]')).toHaveCount(2);
  await expect(page.getByText(/19\.4%/).locator('visible=true').first()).toBeVisible();
});

test('zh: the users page is translated and formats numbers in 亿', async ({ page }) => {
  await page.goto('/zh/users?series=cnnic-internet-users&from=2018&to=2018&tab=table');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2018年中国网民规模'); // one year: not "2018—2018年"
  // the value, then the number of its note (注1)
  await expect(page.locator('tr[data-period="2018"] td[data-value]')).toHaveText(/^8\.29亿人/);
  await expect(page.locator('tr[data-period="2018"] td[data-value]').getByRole('button', { name: '注1' })).toHaveText('1');
});

for (const path of ['/en/users', '/zh/transactions', '/en/users?mode=index&base=2010&log=1', '/en/users?tab=table', '/zh/transactions?tab=sources', '/en/transactions?tab=download']) {
  test(`${path} has no serious or critical accessibility violations`, { tag: path === '/en/users' ? '@mobile' : [] }, async ({ page }) => {
    test.setTimeout(180_000); // long pages (charts and tables): axe needs more than a minute on a busy 2-core machine
    await page.goto(path);
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('series pages fit 375 px', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/en/users', '/zh/transactions']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('transactions: index mode over a typed range; chart, table and CSV agree; the not-public series is explained', async ({ page }) => {
  await page.goto('/en/transactions');
  await expect(page.getByTestId('claims')).toContainText('Figure 5');
  await hydrated(page);
  await page.getByLabel('From (year)').fill('2016');
  await page.getByLabel('To (year)').fill('2022');
  await expect(page).toHaveURL(/from=2016&to=2022/);
  await page.getByRole('radio', { name: 'Index (base year = 100)' }).check();
  await expect(page).toHaveURL(/mode=index/);
  const line = (await chartLines(page)).find((l) => l.id === 'nbs-online-retail-sales')!;
  expect(line.points.find(([p]) => p === '2017')).toBeTruthy();
  // base 2016 is a derived level (~5.43万亿), so 2017 = 7.18 / 5.43 ≈ 132
  await openTab(page, 'table');
  const table = await tableValues(page, 'nbs-online-retail-sales');
  expect(table.map(([p, v]) => [p, v === '' ? null : Number(v)])).toEqual(line.points);
  await openTab(page, 'download');
  const href = await page.getByTestId('csv-displayed').getAttribute('href');
  const rows = Papa.parse<Record<string, string>>((await (await page.request.get(href!)).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.filter((r) => r.series_id === 'nbs-online-retail-sales').map((r) => [r.period, r.value === '' ? null : Number(r.value)])).toEqual(
    line.points.map(([p, v]) => [p, v === null ? null : Number(v.toPrecision(12))]),
  );
});

test('users: YoY of a percentage is in percentage points, on a chart of its own; no CAGR for it', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&series=cnnic-internet-penetration&from=2017&to=2018&mode=yoy');
  // counts in %, the percentage in pp: two charts, never one axis
  await expect(page.getByTestId('series-chart-yoy-internet-users')).toBeVisible();
  await expect(page.getByTestId('series-chart-pp-internet-users')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'change on the previous year, percentage points' })).toBeVisible();
  const pp = (await chartLines(page)).find((l) => l.id === 'cnnic-internet-penetration')!;
  expect(pp.points.find(([p]) => p === '2018')![1]).toBeCloseTo(3.8, 10); // 59.6 − 55.8
  await openTab(page, 'table');
  const row = page.locator('[data-testid="series-table"] tr[data-series="cnnic-internet-penetration"][data-period="2018"]');
  await expect(row.locator('td[data-value]')).toHaveText(valueWithMarkers('+3.8 pp'));
  await expect(row.locator('td[data-flag]')).toHaveText('computed');
  // 2017 has a 2016 value (53.2 %): +2.6 pp; the users row shows % change
  await expect(page.locator('tr[data-series="cnnic-internet-users"][data-period="2018"] td[data-value]')).toHaveText(valueWithMarkers('+7.4%'));
  await expect(page.getByTestId('cagr-cnnic-internet-penetration')).toHaveText('— *');
  await expect(page.getByTestId('relative-cnnic-internet-penetration')).toHaveText('— *');
  await expect(page.getByTestId('summary-notes')).toContainText('Not computed for percentages');
});

test('transactions: growth from ">¥10 trillion" keeps its bound in the table and the summary', async ({ page }) => {
  await page.goto('/en/transactions?series=nbs-ecommerce-transaction-volume&from=2013&to=2016&mode=yoy&tab=table');
  const row = page.locator('tr[data-series="nbs-ecommerce-transaction-volume"][data-period="2014"]');
  await expect(row.locator('td[data-value]')).toHaveText(valueWithMarkers('< +30.0%'));
  await expect(row.locator('td[data-flag]')).toHaveAttribute('data-flag', 'bound');
  // 2013 has no 2012 value: a gap, with no flag
  await expect(page.locator('tr[data-series="nbs-ecommerce-transaction-volume"][data-period="2013"] td[data-flag]')).toHaveAttribute('data-flag', '');
  await expect(page.getByTestId('start-nbs-ecommerce-transaction-volume')).toHaveText('2013: >¥10 trillion');
  await expect(page.getByTestId('summary-notes')).toContainText('“>” and “<” mark bounds');
  // drawn as a bound: one downward triangle (an upper bound) on the chart, at 2014
  await openTab(page, 'chart');
  await expect(page.locator('[data-testid^="series-chart-"] path[data-qualifier="upper_bound"]')).toHaveCount(1);
  await expect(page.locator('[data-testid^="series-chart-"] path[data-qualifier="lower_bound"]')).toHaveCount(0);
});

test('transactions: index mode draws every default series from a base year they all have; a base without a value is said, per series', async ({ page }) => {
  await page.goto('/en/transactions?mode=index');
  await expect(page.getByTestId('index-base')).toContainText('Base year 2017: the earliest year in the range in which every selected series has a value.');
  await expect(page.getByRole('spinbutton', { name: 'Base year' })).toHaveValue('2017');
  const lines = await chartLines(page);
  expect(lines.map((l) => [l.id, l.points.find(([p]) => p === '2017')![1]])).toEqual([
    ['nbs-ecommerce-transaction-volume', 100],
    ['nbs-online-retail-sales', 100],
    ['nbs-physical-goods-online-retail-sales', 100],
  ]);
  await expect(page.getByTestId('not-drawn')).toHaveCount(0);

  await hydrated(page);
  await page.getByRole('spinbutton', { name: 'Base year' }).fill('2013');
  await expect(page).toHaveURL(/base=2013/);
  const notDrawn = page.getByTestId('not-drawn');
  await expect(notDrawn.locator('li')).toHaveCount(2);
  for (const id of ['nbs-online-retail-sales', 'nbs-physical-goods-online-retail-sales']) {
    await expect(notDrawn.locator(`li[data-series="${id}"]`)).toHaveText(/^.+: no value in 2013, the base year\.$/);
  }
  expect((await chartLines(page)).map((l) => l.id)).toEqual(['nbs-ecommerce-transaction-volume']);
  // the legend lists only what is drawn
  await expect(page.locator('[data-testid^="series-chart-"] [data-legend-item]')).toHaveCount(1);
});

test('zh: bounded growth and percentage points are labelled in Chinese', async ({ page }) => {
  await page.goto('/zh/transactions?series=nbs-ecommerce-transaction-volume&series=nbs-physical-goods-share-of-retail&from=2013&to=2016&mode=yoy');
  await expect(page.getByRole('heading', { name: '比上年变化（百分点）' })).toBeVisible();
  await openTab(page, 'table');
  await expect(page.locator('tr[data-series="nbs-ecommerce-transaction-volume"][data-period="2014"] td[data-flag]')).toHaveText('界限值（含“>”或“<”数值）');
  // 2016: 12.6 % − 10.8 % = +1.8个百分点
  await expect(page.locator('tr[data-series="nbs-physical-goods-share-of-retail"][data-period="2016"] td[data-value]')).toHaveText(valueWithMarkers('+1.8个百分点'));
});

// Chart note buttons (components/series/series-plot.tsx, lib/charts/marker-groups.ts): numbers drawn
// within 24 px of each other share one button, so every note drawn on a chart is one press away.
for (const path of ['/en/users', '/en/transactions', '/en/users?midyear=1', '/zh/users']) {
  test(`${path}: every note number drawn on a chart has a button; a shared button lists its notes and opens each`, async ({ page }) => {
    await page.goto(path);
    await hydrated(page);
    const charts = page.locator('[data-testid^="series-chart-"]');
    await expect(charts.locator('svg[data-chart-surface] text[data-note-mark]').first()).toBeVisible();
    let groups = 0;
    for (const chart of await charts.all()) {
      // a label carries one number or, merged, several ("6,7,8"; lib/charts/note-marks.ts)
      const drawn = new Set((await chart.locator('svg[data-chart-surface] text[data-note-mark]').allTextContents()).flatMap((t) => t.split(',')));
      const buttons = await chart.locator('button[data-note-marker]').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-marker')!));
      const reachable = new Set(buttons.flatMap((b) => b.split(',')));
      expect([...drawn].filter((n) => !reachable.has(n)), 'drawn numbers without a button').toEqual([]);
      for (const b of buttons.filter((x) => x.includes(','))) {
        groups += 1;
        const numbers = b.split(',');
        const button = chart.locator(`button[data-note-marker="${b}"]`).first();
        const name = (n: string) => (path.startsWith('/zh') ? `注${n}` : `Note ${n}`);
        await expect(button).toHaveAccessibleName(numbers.map(name).join(path.startsWith('/zh') ? '、' : ', '));
        await button.click();
        const list = page.locator(`[data-note-group="${b}"]:popover-open`);
        await expect(list).toBeVisible();
        await expect(list.locator('[data-note-group-item]')).toHaveText(numbers.map(name));
        await list.getByRole('button', { name: name(numbers[1]), exact: true }).click();
        await expect(page.locator(`#note-pop-${numbers[1]}`)).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(page.locator(`#note-pop-${numbers[1]}`)).toBeHidden();
        await page.keyboard.press('Escape');
        await expect(list).toBeHidden();
      }
    }
    // The data puts notes close together on each of these pages (e.g. users: 16 and 17 on the 2024
    // points at 1440 px), so the shared button is exercised, not merely allowed.
    expect(groups, 'a shared note button on the page').toBeGreaterThan(0);
  });
}
