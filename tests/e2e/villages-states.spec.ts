import { axe } from './axe.ts';
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

// What a reader gets on the villages page (issue 13, items 5–7): states that say what exists,
// the map as drawn (the <use> fills), keyboard focus and history. Screenshots go to
// test-results/screens for the issue note.

const SCREENS = 'test-results/screens';
const cityRows = (page: Page) => page.locator('[data-testid="ranking-table"] tbody tr[data-city]');
/** The form acts once React has hydrated it (it marks itself data-ready). */
const filtersReady = (page: Page) => expect(page.locator('form[data-ready="true"]').first()).toBeAttached({ timeout: 30_000 });
// The province list is a collapsed <details> under the filters (the chart comes first).
const openProvinces = (page: Page) => page.getByTestId('province-picker').locator('summary').click();
/** Opens a tab of the same view (the tab links keep the view's parameters). */
async function openTab(page: Page, tab: 'chart' | 'map' | 'table' | 'sources' | 'download') {
  await page.locator(`[data-testid="view-tabs"] a[data-tab="${tab}"]`).click();
  await expect(page.getByTestId('tab-panel')).toHaveAttribute('data-tab', tab, { timeout: 15_000 }); // a client navigation on a busy machine
}
/** The drawn fill of a province on the main map (what the <use> paints). */
const fillOf = (page: Page, adcode: number) => page.locator(`[data-testid="map-main"] g[data-adcode="${adcode}"] > use`).first().getAttribute('fill');
const activeValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? document.activeElement?.tagName);

/** A screenshot of an element, or of the page from the top down to the end of the tab shown (the views the issue asks to see). */
async function screenshot(page: Page, name: string, target?: Locator) {
  mkdirSync(SCREENS, { recursive: true });
  const path = `${SCREENS}/${name}.png`;
  if (target) return target.screenshot({ path });
  const bottom = await page.getByTestId('tab-panel').evaluate((t) => t.getBoundingClientRect().bottom + window.scrollY + 16);
  const width = page.viewportSize()!.width;
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(bottom) } });
}

test.describe('years without a city list', () => {
  for (const c of [
    { locale: 'en', coverage: 'no ranked city list', state: 'No ranked city list was published for 2016.', none: 'No city matches', zhejiang: 'Zhejiang', guangdong: 'Guangdong', jiangsu: 'Jiangsu' },
    { locale: 'zh', coverage: '没有城市排名榜单', state: '2016年没有公布城市排名榜单。', none: '没有符合筛选条件的城市', zhejiang: '浙江', guangdong: '广东', jiangsu: '江苏' },
  ] as const) {
    test(`${c.locale}: 2016 says what exists, and summary, map and province table agree on 201 / 262 / 506`, async ({ page }) => {
      await page.goto(`/${c.locale}/villages?year=2016`);
      await expect(page.getByTestId('year-coverage')).toContainText(c.coverage);
      await expect(page.getByTestId('ranking-state')).toContainText(c.state);
      await expect(page.locator('main')).not.toContainText(c.none);
      await expect(page.getByTestId('summary-total')).toHaveText('—');
      await expect(page.getByTestId('summary-cr4')).toHaveText('—');
      // The year selector says what each year holds.
      await expect(page.getByTestId('year-select').locator('option[value="2016"]')).toHaveText(c.locale === 'en' ? '2016 · province counts only' : '2016年 · 仅省级数据');
      await expect(page.getByTestId('year-select').locator('option[value="2019"]')).toHaveText(c.locale === 'en' ? '2019 · city list' : '2019年 · 城市榜单');

      const expected = [
        [330000, c.zhejiang, '506'],
        [440000, c.guangdong, '262'],
        [320000, c.jiangsu, '201'],
      ] as const;
      for (const [adcode, name, value] of expected) {
        await expect(page.locator(`[data-testid="province-totals"] li[data-province="${adcode}"]`)).toContainText(`${name}`);
        await expect(page.locator(`[data-testid="province-totals"] li[data-province="${adcode}"]`)).toContainText(value);
        await expect(page.locator(`[data-testid="map-main"] g[data-adcode="${adcode}"]`)).toHaveAttribute('aria-label', new RegExp(`${name}.*[:：] ?${value}$`));
      }
      await screenshot(page, `villages-2016-${c.locale}-1440`);
      // the Table tab of the same view: the empty ranking says why, the province table agrees
      await openTab(page, 'table');
      await expect(page.getByTestId('ranking-empty')).toContainText(c.state);
      await expect(page.locator('main')).not.toContainText(c.none);
      for (const [, name, value] of expected) {
        const matrixRow = page.getByTestId('province-matrix').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
        const col = await page.getByTestId('province-matrix').locator('thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '2016'));
        await expect(matrixRow.locator('th, td').nth(col)).toHaveText(value);
      }
    });
  }

  test('2016 at 375 px, both languages', { tag: '@narrow' }, async ({ page }) => {
    test.setTimeout(180_000); // two full-page screenshots of a long page on a busy machine
    await page.setViewportSize({ width: 375, height: 800 });
    for (const locale of ['en', 'zh']) {
      await page.goto(`/${locale}/villages?year=2016`);
      await expect(page.getByTestId('ranking-state')).toBeVisible();
      await expect(page.getByTestId('summary-total')).toHaveText('—');
      await screenshot(page, `villages-2016-${locale}-375`);
    }
  });
});

test('in every year, summary, map and province table give the same province totals', async ({ page }) => {
  test.setTimeout(480_000); // three tabs per year on a busy machine
  await page.goto('/en/villages');
  const years = await page.getByTestId('year-select').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(years.length).toBeGreaterThanOrEqual(11);
  for (const year of years) {
    await page.goto(`/en/villages?year=${year}`);
    const summary = await page.locator('[data-testid="province-totals"] li[data-province]').evaluateAll((lis) =>
      Object.fromEntries(lis.map((li) => [li.getAttribute('data-province'), li.querySelector('span.tabular')!.textContent!.trim()])),
    );
    await page.goto(`/en/villages?year=${year}&tab=map`);
    const map = await page.locator('[data-testid="map-main"] g[data-adcode]').evaluateAll((gs) =>
      Object.fromEntries(gs.flatMap((g) => {
        const value = g.getAttribute('aria-label')!.split(': ').at(-1)!;
        return value === 'No published figure' ? [] : [[g.getAttribute('data-adcode'), value]];
      })),
    );
    await page.goto(`/en/villages?year=${year}&tab=table`);
    const matrix = await page.getByTestId('province-matrix').evaluate((table, y) => {
      const col = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent!.trim() === y);
      return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
        const value = tr.querySelectorAll('th, td')[col]?.textContent!.trim();
        return col < 0 || !value || value === '—' ? [] : [[tr.querySelector('th')!.textContent!.trim(), value]];
      });
    }, year);
    const withCounts = Object.fromEntries(Object.entries(summary).filter(([, v]) => v !== '—'));
    expect(map, year).toEqual(withCounts);
    expect(matrix.map(([, v]) => v).sort(), year).toEqual(Object.values(withCounts).sort());
  }
});

test.describe('2020 with Zhejiang and Guangdong', () => {
  const url = (locale: string) => `/${locale}/villages?year=2020&province=330000&province=440000`;
  for (const locale of ['en', 'zh'] as const) {
    test(`${locale}: unknown counts are "—", never 0; no sentence with holes; no CR4 for two cities`, async ({ page }) => {
      await page.goto(url(locale));
      await expect(page.getByTestId('summary-total')).toHaveText('—');
      await expect(page.getByTestId('summary-share')).toHaveText('—');
      await expect(page.getByTestId('summary-cr4')).toHaveText('—');
      await expect(page.getByTestId('summary-hhi')).toHaveText('—');
      await expect(page.getByTestId('summary-cr4-hint')).toContainText(locale === 'en' ? 'at least 5 cities' : '至少需要5个');
      await expect(page.getByTestId('ranking-state')).toContainText(locale === 'en' ? '2 cities are shown, ranked by the source without village counts' : '显示2个城市');
      await expect(page.locator('main')).not.toContainText(locale === 'en' ? 'No city matches' : '没有符合筛选条件的城市');
      await expect(page.locator('main')).not.toContainText(locale === 'en' ? 'leads with villages' : '以个淘宝村居首');
      await expect(page.locator('[data-testid="province-totals"] li[data-province="330000"]')).toContainText('1,757');
      await expect(page.locator('[data-testid="province-totals"] li[data-province="440000"]')).toContainText('1,025');
      await screenshot(page, `villages-2020-zhejiang-guangdong-${locale}-1440`);
      await screenshot(page, `map-2020-zhejiang-guangdong-${locale}-1440`, page.getByTestId('villages-map'));
      await openTab(page, 'table');
      await expect(cityRows(page)).toHaveCount(2);
      // the count without its note markers
      const counts = await cityRows(page).locator('td:nth-of-type(4)').evaluateAll((tds) => tds.map((td) => [...td.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()));
      for (const cell of counts) expect(cell).toBe('—');
    });
  }

  test('at 375 px, both languages, with the map', { tag: '@narrow' }, async ({ page }) => {
    test.setTimeout(180_000); // four screenshots, two of them full-page, on a busy machine
    await page.setViewportSize({ width: 375, height: 800 });
    for (const locale of ['en', 'zh']) {
      await page.goto(url(locale));
      await expect(page.getByTestId('summary-total')).toHaveText('—');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `villages-2020-zhejiang-guangdong-${locale}-375`);
      await screenshot(page, `map-2020-zhejiang-guangdong-${locale}-375`, page.getByTestId('villages-map'));
    }
  });
});

test.describe('the map', () => {
  test('follows the province filter: a province left out is painted differently from a chosen one', async ({ page }) => {
    await page.goto('/en/villages?year=2020&tab=map');
    // Unfiltered, Fujian (441) and Guangdong (1,025) are both in colour.
    const fujianOpen = await fillOf(page, 350000);
    expect(fujianOpen).toMatch(/^#/);
    await page.goto('/en/villages?year=2020&province=330000&province=440000&tab=map');
    const fujian = await fillOf(page, 350000);
    const guangdong = await fillOf(page, 440000);
    expect(fujian).not.toBe(fujianOpen);
    expect(fujian).not.toBe(guangdong);
    expect(guangdong).toMatch(/^#/);
    await expect(page.locator('[data-testid="map-main"] g[data-adcode="350000"]')).toHaveAttribute('data-muted', 'true');
    await expect(page.locator('[data-testid="map-main"] g[data-adcode="440000"]')).not.toHaveAttribute('data-muted', 'true');
    // The muted province still says its figure.
    await expect(page.locator('[data-testid="map-main"] g[data-adcode="350000"]')).toHaveAttribute('aria-label', 'Fujian: 441');
  });

  test('the same value has the same colour in every year (Guangdong 262 in 2016, Jiangsu 262 in 2017)', async ({ page }) => {
    await page.goto('/en/villages?year=2016&tab=map');
    const guangdong2016 = await fillOf(page, 440000);
    const legend2016 = await page.getByTestId('map-legend').textContent();
    await page.goto('/en/villages?year=2017&tab=map');
    const jiangsu2017 = await fillOf(page, 320000);
    expect(jiangsu2017).toBe(guangdong2016);
    // A different value in another class gets another colour (Zhejiang 779 in 2017).
    expect(await fillOf(page, 330000)).not.toBe(jiangsu2017);
    expect(await page.getByTestId('map-legend').textContent()).toBe(legend2016);
  });

  test('a lower bound is drawn as a bound: ">1,500" in the top class, dotted, and the legend says so', async ({ page }) => {
    await page.goto('/en/villages?year=2019&tab=map');
    const zhejiang = page.locator('[data-testid="map-main"] g[data-adcode="330000"]');
    await expect(zhejiang).toHaveAttribute('aria-label', 'Zhejiang: >1,500');
    await expect(zhejiang.locator('use[data-bound="true"]')).toHaveCount(1);
    await expect(page.getByTestId('map-legend-bound')).toContainText('lower bound');
    await expect(page.getByTestId('map-legend')).toContainText('1,500 or more');
    // Zhejiang 2020 (1,757, exact) is in the same class, without the dots.
    const fill2019 = await fillOf(page, 330000);
    await page.goto('/en/villages?year=2020&tab=map');
    expect(await fillOf(page, 330000)).toBe(fill2019);
    await expect(page.locator('[data-testid="map-main"] g[data-adcode="330000"] use[data-bound]')).toHaveCount(0);
  });

  test('has a bubble-size legend and a closer view of eastern China with the same circles', async ({ page }) => {
    await page.goto('/en/villages?tab=map');
    await expect(page.getByTestId('map-bubble-legend')).toContainText('circle area');
    await expect(page.getByRole('img', { name: /^Eastern China, closer \(\d+(\.\d)?× the main map\)$/ })).toBeVisible();
    await expect(page.getByTestId('map-bubble-legend').locator('circle')).toHaveCount(3);
    const mainCircles = await page.locator('[data-testid="map-main"] circle[data-point]').count();
    expect(mainCircles).toBeGreaterThan(20);
    const insetCities = await page.locator('[data-testid="map-inset"] circle[data-point]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-point')));
    expect(insetCities).toContain('330700'); // Jinhua
    // Circles in the closer view are as large on screen as in the main map, so they overlap less.
    const size = (sel: string) => page.locator(sel).first().evaluate((c) => c.getBoundingClientRect().width);
    const main = await size('[data-testid="map-main"] circle[data-point="330700"]');
    const inset = await size('[data-testid="map-inset"] circle[data-point="330700"]');
    expect(Math.abs(main - inset)).toBeLessThan(1.5);
  });

  test('regions are focusable, named with their value, and labelled on focus and hover', async ({ page }) => {
    await page.goto('/en/villages?year=2020&province=330000&province=440000&tab=map');
    await filtersReady(page);
    const guangdong = page.locator('[data-testid="map-main"] g[data-adcode="440000"]');
    await expect(guangdong).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('img', { name: 'Guangdong: 1,025' })).toHaveCount(1);
    await guangdong.focus();
    await expect(page.getByTestId('map-readout')).toHaveText('Guangdong: 1,025');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('map-readout')).toHaveText(/^Guangxi: /);
    await page.locator('[data-testid="map-main"] g[data-adcode="330000"]').hover();
    await expect(page.getByTestId('map-readout')).toHaveText('Zhejiang: 1,757');
  });

  test('with a province filter passes axe (both languages)', async ({ page }) => {
    for (const locale of ['en', 'zh']) {
      await page.goto(`/${locale}/villages?year=2020&province=330000&province=440000&tab=map`);
      const results = await axe(page).include('[data-testid="villages-map"]').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('reads through titles and names', async ({ page }) => {
      await page.goto('/en/villages?year=2020&province=330000&tab=map');
      await expect(page.locator('[data-testid="map-main"] g[data-adcode="330000"] > title')).toHaveText('Zhejiang: 1,757');
      await expect(page.locator('[data-testid="map-main"] g[data-adcode="330000"]')).toHaveAttribute('aria-label', 'Zhejiang: 1,757');
      expect(await fillOf(page, 350000)).not.toBe(await fillOf(page, 330000));
    });
  });
});

test.describe('keyboard and history', () => {
  test('choosing a province keeps focus on its checkbox; the next Tab goes to the next one', async ({ page }) => {
    await page.goto('/en/villages?tab=table');
    await filtersReady(page);
    await openProvinces(page);
    const zhejiang = page.getByRole('checkbox', { name: 'Zhejiang', exact: true });
    await zhejiang.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]province=330000(&|$)/);
    await expect(cityRows(page)).toHaveCount(7);
    expect(await activeValue(page)).toBe('330000');
    await expect(zhejiang).toBeChecked();
    await page.keyboard.press('Tab');
    // The next checkbox in the list (Fujian follows Zhejiang among the provinces with data).
    expect(await activeValue(page)).toBe('350000');
  });

  test('each filter change is a history entry: Back restores the previous filter', async ({ page }) => {
    await page.goto('/en/villages?tab=table');
    await filtersReady(page);
    await openProvinces(page);
    await page.getByRole('checkbox', { name: 'Zhejiang', exact: true }).check();
    await expect(page).toHaveURL(/\/en\/villages\?province=330000&tab=table$/);
    await expect(cityRows(page)).toHaveCount(7);
    await page.getByRole('checkbox', { name: 'Guangdong', exact: true }).check();
    await expect(page).toHaveURL(/\/en\/villages\?province=330000&province=440000&tab=table$/);
    await expect(cityRows(page)).toHaveCount(14);
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/villages\?province=330000&tab=table$/);
    await expect(cityRows(page)).toHaveCount(7);
    await expect(page.getByRole('checkbox', { name: 'Guangdong', exact: true })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Zhejiang', exact: true })).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/villages\?tab=table$/);
    await expect(cityRows(page)).toHaveCount(22);
    await expect(page.getByRole('checkbox', { name: 'Zhejiang', exact: true })).not.toBeChecked();
  });

  test('sorting keeps the page (no reload), the scroll position and the focus', async ({ page }) => {
    await page.goto('/en/villages?province=330000&tab=table');
    await filtersReady(page);
    const link = page.getByRole('link', { name: 'Sort by City' });
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=city&dir=asc/);
    await expect(page.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Sort by City');
    const names = await cityRows(page).locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  test('a reversed year range is said beside the year fields, typed or in the address', async ({ page }) => {
    await page.goto('/en/users?from=2015&to=2010&tab=table');
    await expect(page.getByTestId('range-error')).toContainText('The first year (2015) is after the last year (2010)');
    await expect(page.getByLabel('From (year)')).toHaveValue('2015');
    await expect(page.getByLabel('To (year)')).toHaveValue('2010');
    await expect(page.getByTestId('series-table')).toBeVisible();

    await page.goto('/en/users?from=2012&to=2018');
    await expect(page.locator('form[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await expect(page.getByTestId('range-error')).toHaveText('');
    await page.getByLabel('From (year)').fill('2020');
    await expect(page.getByTestId('range-error')).toContainText('The first year (2020) is after the last year (2018)');
    await expect(page.getByLabel('From (year)')).toHaveAttribute('aria-invalid', 'true');
    // Not silently changed: the address keeps the last valid view.
    await expect(page).toHaveURL(/from=2012&to=2018/);
    await page.getByLabel('From (year)').fill('2014');
    await expect(page).toHaveURL(/from=2014&to=2018/);
    await expect(page.getByTestId('range-error')).toHaveText('');
  });

  test('the API answers a reversed range with a 400 that names the field', async ({ request }) => {
    const response = await request.get('/api/v1/series/cnnic-internet-users?from=2020&to=2010');
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.issues.map((i: { path: string[] }) => i.path.join('.'))).toContain('to');
  });
});
