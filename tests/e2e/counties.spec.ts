import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

// The Counties view of the villages page: published county counts, a chart, the province/city
// filter (a GET form: it works without JavaScript) and the CSV of the rows on screen.

async function countyRows(page: Page) {
  return page.locator('[data-testid="counties-table"] tbody tr[data-county]').evaluateAll((rows) =>
    rows.map((row) => ({
      adcode: Number(row.getAttribute('data-county')),
      county: row.querySelector('th')!.textContent!.trim(),
      villages: row.querySelectorAll('td')[1]!.textContent!.trim(),
      towns: row.querySelectorAll('td')[2]!.textContent!.trim(),
    })),
  );
}

async function chooseAndApply(page: Page, fields: { year?: string; province?: string; city?: string }) {
  const view = page.getByTestId('counties-view');
  if (fields.year) await view.getByTestId('counties-year').selectOption(fields.year);
  if (fields.province !== undefined) await view.getByTestId('counties-province').selectOption(fields.province);
  if (fields.city !== undefined) await view.getByTestId('counties-city').selectOption(fields.city);
  await view.getByTestId('counties-apply').click();
}

test('en: the latest year with county counts by default; the city filter narrows rows, chart and CSV', { tag: '@mobile' }, async ({ page }) => {
  await page.goto('/en/villages?year=2018');
  const view = page.getByTestId('counties-view');
  await expect(view.getByRole('heading', { name: 'Counties', exact: true })).toBeVisible();
  await expect(view.getByTestId('counties-year')).toHaveValue('2021');
  const rows = await countyRows(page);
  expect(rows[0]).toEqual({ adcode: 330782, county: 'Yiwu 义乌市', villages: '197', towns: '—' });
  expect(rows.map((r) => r.adcode)).toEqual([330782, 371721, 371702, 371725, 371726]);
  await expect(view.getByTestId('county-chart').locator('g[data-county]')).toHaveCount(4);

  await chooseAndApply(page, { city: '371700' });
  await expect(page).toHaveURL(/[?&]ccity=371700(&|#|$)/);
  // The page's own view (year=2018 of the city ranking) is kept.
  await expect(page).toHaveURL(/[?&]year=2018(&|#|$)/);
  await expect.poll(async () => (await countyRows(page)).map((r) => r.county)).toEqual(['Cao 曹县', 'Mudan 牡丹区', 'Yuncheng 郓城县', 'Juancheng 鄄城县']);
  expect((await countyRows(page))[3]).toMatchObject({ villages: '—', towns: '11' });
  // The page a figure was read on: a link named by its site.
  await expect(view.locator('a[href="https://shangwuda.com/wenda/249823.html"]').first()).toHaveText('shangwuda.com');

  const href = await view.getByTestId('counties-csv').getAttribute('href');
  expect(href).toBe('/api/v1/taobao-villages/counties.csv?year=2021&city=371700');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const csv = Papa.parse<Record<string, string>>((await response.text()).slice(1), { header: true, skipEmptyLines: true }).data;
  expect(csv.map((r) => r.county_zh)).toEqual(['曹县', '牡丹区', '郓城县', '鄄城县']);

  const axe = await new AxeBuilder({ page }).include('[data-testid="counties-view"]').analyze();
  expect(axe.violations).toEqual([]);
});

test('zh: a year and a province; lower bounds shown as ">"', async ({ page }) => {
  await page.goto('/zh/villages');
  await chooseAndApply(page, { year: '2019', province: '330000' });
  await expect(page).toHaveURL(/[?&]cyear=2019(&|#|$)/);
  await expect(page).toHaveURL(/[?&]cprovince=330000(&|#|$)/);
  await expect.poll(async () => (await countyRows(page)).length).toBe(13);
  const rows = await countyRows(page);
  expect(rows.filter((r) => r.villages === '>100').map((r) => r.county).sort()).toEqual(['义乌市', '乐清市', '慈溪市', '永康市', '温岭市'].sort());
  expect(rows.find((r) => r.county === '缙云县')).toMatchObject({ villages: '11', towns: '3' });
  await expect(page.getByTestId('counties-view').getByRole('heading', { name: '县域', exact: true })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table, the chart and the filter form work', async ({ page }) => {
    await page.goto('/en/villages?cyear=2020&cprovince=350000');
    await expect(page.getByTestId('counties-table').locator('tbody tr[data-county]')).toHaveCount(18);
    await expect(page.getByTestId('county-chart').locator('g[data-county]')).toHaveCount(9);
    await expect(page.getByTestId('county-chart').locator('g[data-county="350582"] title')).toHaveText('Jinjiang: 69');
    await chooseAndApply(page, { year: '2015', province: '' });
    await expect(page).toHaveURL(/[?&]cyear=2015(&|#|$)/);
    expect((await countyRows(page)).map((r) => [r.county, r.villages, r.towns])).toEqual([
      ['Jinjiang 晋江市', '25', '2'],
      ['Shuyang 沭阳县', '22', '3'],
    ]);
  });

  test('a year without county counts is said, and the latest year is shown', async ({ page }) => {
    await page.goto('/en/villages?cyear=2013');
    await expect(page.getByTestId('counties-invalid')).toContainText('cyear: no published county counts for 2013');
    await expect(page.getByTestId('counties-year')).toHaveValue('2021');
  });
});
