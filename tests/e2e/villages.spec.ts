import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

async function tableRows(page: Page) {
  return page.locator('[data-testid="ranking-table"] tbody tr[data-city]').evaluateAll((rows) =>
    rows.map((row) => ({
      adcode: Number(row.getAttribute('data-city')),
      city: row.querySelector('th')!.textContent!.trim(),
      // the count without its note markers (superscript numbers)
      villages: [...row.querySelectorAll('td')[3]!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
    })),
  );
}

/** Opens a tab of the same view (the tab links keep the view's parameters). */
async function openTab(page: Page, tab: 'chart' | 'map' | 'table' | 'sources' | 'download') {
  await page.locator(`[data-testid="view-tabs"] a[data-tab="${tab}"]`).click();
  await expect(page.getByTestId('tab-panel')).toHaveAttribute('data-tab', tab, { timeout: 15_000 }); // a client navigation on a busy machine
}

async function displayedCsv(page: Page) {
  const href = await page.getByTestId('csv-displayed').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
}

const cases = [
  { locale: 'en', zhejiang: 'Zhejiang', wenzhou: 'Wenzhou', nameColumn: 'city_en', total: '1,484' },
  { locale: 'zh', zhejiang: '浙江', wenzhou: '温州市', nameColumn: 'city_zh', total: '1,484' },
] as const;

for (const c of cases) {
  test(`${c.locale}: filtering by Zhejiang updates URL, table, chart, summary and CSV`, { tag: c.locale === 'en' ? '@mobile' : [] }, async ({ page }) => {
    await page.goto(`/${c.locale}/villages`);
    await expect(page.getByTestId('summary-cities')).toHaveText('22');

    // The province list is a collapsed <details> under the filters (the chart comes first).
    await page.getByTestId('province-picker').locator('summary').click();
    await page.getByRole('checkbox', { name: c.zhejiang, exact: true }).check();
    await expect(page).toHaveURL(/[?&]province=330000(&|$)/);
    await expect(page.getByTestId('summary-cities')).toHaveText('7');
    await expect(page.getByTestId('summary-total')).toHaveText(c.total);
    const points = await page.getByTestId('city-chart').getAttribute('data-points');

    await openTab(page, 'table');
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
    const rows = await tableRows(page);
    expect(rows[0]).toMatchObject({ adcode: 330700, villages: '334' });
    expect(rows.map((r) => r.city)).toContain(c.wenzhou);

    expect(points!.split(',')).toEqual(rows.map((r) => `${r.adcode}:${r.villages.replace(/,/g, '')}`));

    await openTab(page, 'download');
    const csv = await displayedCsv(page);
    expect(csv.map((r) => ({ adcode: Number(r.city_adcode), city: r[c.nameColumn], villages: r.villages }))).toEqual(
      rows.map((r) => ({ adcode: r.adcode, city: r.city, villages: r.villages.replace(/,/g, '') })),
    );
  });

  test(`${c.locale}: the page has no serious or critical accessibility violations`, { tag: c.locale === 'en' ? '@mobile' : [] }, async ({ page }) => {
    await page.goto(`/${c.locale}/villages?province=330000${c.locale === 'en' ? '&tab=table' : ''}`);
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('sorting by a column header writes sort and dir to the URL and reorders the table', async ({ page }) => {
  await page.goto('/en/villages?province=330000&tab=table');
  await page.getByRole('link', { name: 'Sort by City' }).click();
  await expect(page).toHaveURL(/sort=city&dir=asc&tab=table/, { timeout: 15_000 }); // a client navigation on a busy machine
  const names = (await tableRows(page)).map((r) => r.city);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  await expect(page.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('the URL carries only non-default values and a shared link restores the view', async ({ page }) => {
  await page.goto('/en/villages?province=Guangdong&scope=all&tab=table');
  await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
  await page.getByRole('combobox', { name: 'Cities shown' }).selectOption('ranked');
  await expect(page).toHaveURL(/\/en\/villages\?province=440000&tab=table$/);
});

test('an invalid filter in the URL is reported and the page still renders', async ({ page }) => {
  await page.goto('/en/villages?province=Atlantis&sort=bogus&tab=table');
  await expect(page.getByTestId('invalid-params')).toContainText('province');
  await expect(page.getByTestId('invalid-params')).toContainText('sort');
  await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(22);
});

test('the sources panel lists the paper and the data notes, and offers citations', async ({ page }) => {
  await page.goto('/en/villages?tab=sources');
  await expect(page.getByTestId('source-list')).toContainText('Zhijie Xia');
  // notes on single figures are numbered (their markers are in the table), the others listed after the sources
  const notes = page.locator('[data-testid="figure-notes"], [data-testid="note-list"]');
  await expect(notes.filter({ hasText: /Jieyang/ })).not.toHaveCount(0);
  await expect(page.getByTestId('figure-notes')).toContainText(/dense/i);
  await page.getByText('Cite this view').click();
  await expect(page.getByTestId('cite-apa')).toContainText('[Data set]');
  await expect(page.getByTestId('cite-bibtex')).toContainText('@misc{');
});

test('the chart downloads as SVG and PNG', async ({ page }) => {
  await page.goto('/en/villages?province=330000&tab=download');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as SVG' }).first().click()]);
  expect(svg.suggestedFilename()).toBe('taobao-villages-cities-2019-zhejiang.svg');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as PNG' }).first().click()]);
  expect(png.suggestedFilename()).toBe('taobao-villages-cities-2019-zhejiang.png');
});

test('the page fits a 375 px screen without horizontal scrolling', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/en/villages', '/zh/villages', '/en', '/zh/sources']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table, map and filters work as a plain form', async ({ page }) => {
    await page.goto('/en/villages?province=330000&tab=map');
    // Provinces are <use> references to the cached outline file (app/map/provinces.svg), drawn without JavaScript.
    await expect(page.locator('[data-testid="map-main"] use[href$="#p330000"]').first()).toBeVisible();
    await page.locator('[data-testid="view-tabs"] a[data-tab="table"]').click();
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
    await page.getByTestId('province-picker').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Guangdong', exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/tab=table/);
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(14);
  });
});

test('home page shows headline figures and links to the villages section in both languages', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByTestId('home-villages')).toHaveText('7,780');
  await page.getByRole('link', { name: 'Explore the rankings' }).click();
  await expect(page).toHaveURL(/\/en\/villages$/);
  await page.getByRole('link', { name: /Language/ }).click();
  await expect(page).toHaveURL(/\/zh\/villages$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('淘宝村');
});

for (const path of ['/en', '/zh', '/en/sources', '/zh/villages?year=2018&scope=all']) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    // The sources page is one long document (every source and note): axe needs more than the
    // default minute for it on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.goto(path);
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
