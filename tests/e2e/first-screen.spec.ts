import { expect, test, type Locator, type Page } from '@playwright/test';

// Issue 14 item 1, "chart first": each data page opens with its title and its main figure inside
// the first screen, at 1440×900 and (tagged @narrow) at 375×812. The figure is the drawn chart
// (the SVG the plot renders once its chunk has loaded), or the map where the year has no city list.

const seriesChart = (page: Page) => page.locator('[data-testid^="series-chart-"] svg[data-chart-surface]').first();
const cityChart = (page: Page) => page.locator('[data-testid="city-chart"] svg.recharts-surface').first();
const villagesMap = (page: Page) => page.getByTestId('map-main');

const pages: { path: string; figure: (page: Page) => Locator; what: string }[] = [
  { path: '/users', figure: seriesChart, what: 'the internet-user chart' },
  { path: '/transactions', figure: seriesChart, what: 'the transaction-scale chart' },
  { path: '/villages', figure: cityChart, what: 'the city ranking chart' },
  // 2016 has province counts only: the map is the page's figure.
  { path: '/villages?year=2016', figure: villagesMap, what: 'the province map' },
];

const widths = [
  { name: '1440×900', viewport: { width: 1440, height: 900 }, tag: [] as string[] },
  { name: '375×812', viewport: { width: 375, height: 812 }, tag: ['@narrow'] },
];

for (const size of widths) {
  test.describe(`first screen at ${size.name}`, { tag: size.tag }, () => {
    test.use({ viewport: size.viewport });
    for (const locale of ['en', 'zh'] as const) {
      for (const p of pages) {
        test(`/${locale}${p.path}: the title and ${p.what} are in the first screen`, async ({ page }) => {
          await page.goto(`/${locale}${p.path}`);
          const h1 = page.getByRole('heading', { level: 1 });
          await expect(h1).toBeVisible();
          await expect(h1).toBeInViewport();
          const figure = p.figure(page);
          await expect(figure).toBeVisible({ timeout: 30_000 });
          expect(await page.evaluate(() => window.scrollY)).toBe(0);
          const box = (await figure.boundingBox())!;
          expect(box.height).toBeGreaterThan(100);
          expect(box.y, `${p.what} starts at ${box.y} px`).toBeLessThan(size.viewport.height);
          // the Chart / Table / Sources / Download tabs sit above the figure, inside the first screen
          const tabs = page.getByRole('navigation', { name: locale === 'en' ? 'What to show' : '显示内容' });
          await expect(tabs).toBeInViewport();
          expect((await tabs.boundingBox())!.y).toBeLessThan(box.y);
        });
      }
    }
  });
}

// The controls collapsed to make room still work as plain GET forms.
test.describe('collapsed controls without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('series: the collapsed picker opens and a series is added by submitting the form', async ({ page }) => {
    await page.goto('/en/users');
    const picker = page.getByTestId('series-picker');
    await expect(picker.locator('summary')).toHaveText('Series (3 of 11)');
    await expect(page.getByRole('checkbox', { name: /Internet penetration/ })).toBeHidden();
    await picker.locator('summary').click();
    await page.getByRole('checkbox', { name: /Internet penetration/ }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]series=cnnic-internet-penetration(&|$)/);
    await expect(page.getByTestId('series-picker').locator('summary')).toHaveText('Series (4 of 11)');
  });

  test('villages: the collapsed province list says what is chosen and filters on submit', async ({ page }) => {
    await page.goto('/en/villages?tab=table');
    const picker = page.getByTestId('province-picker');
    await expect(picker.locator('summary')).toHaveText('Provinces: All provinces');
    await picker.locator('summary').click();
    await page.getByRole('checkbox', { name: 'Zhejiang', exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]province=330000(&|$)/);
    await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
    await expect(page.getByTestId('province-picker').locator('summary')).toHaveText('Provinces: 1 province');
  });
});
