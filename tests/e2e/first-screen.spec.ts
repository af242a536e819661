import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

// Issue 14 item 1, "chart first": every page with a main figure opens with its title and that
// figure inside the first screen, at 1440×900 and (tagged @narrow, run by the mobile project) at
// 375×812, in both languages. What is asserted is what a reader sees, unscrolled: the h1, the
// figure's own title, and the drawn SVG (the plot once its chunk has loaded, the server-rendered
// map or path diagram) with its top inside the screen: whole at 1440×900 where the page is marked
// `whole`, and at least MIN_VISIBLE px of it otherwise (a tall bar chart, a phone). How much of the
// figure was seen is recorded as the test's `visible` annotation.
//
// Each test also writes a screenshot of the first screen it checked, to
//   test-results/first-screen/<locale>-<page>-<width>x<height>.png
// (test-results/ is Playwright's output folder: git-ignored, emptied when a Playwright run starts
// and left in place afterwards, so `npm test` and .ci/run leave the shots of their run there).

const seriesChart = (page: Page) => page.locator('[data-testid^="series-chart-"] svg[data-chart-surface]').first();
// On the series pages the h1 is the chart's title ("Internet users in China, 2004–2025").
const seriesTitle = (page: Page) => page.getByRole('heading', { level: 1 });

type FirstScreen = {
  /** The file name's page part. */
  name: string;
  path: string;
  what: string;
  figure: (page: Page) => Locator;
  /** The figure's own title (what it shows), where the page gives it one. */
  title: ((page: Page) => Locator) | null;
  /** The Chart / Table / Sources / Download tabs, on the pages that have them, sit above the figure. */
  tabs: boolean;
  /** The whole figure lies inside the 1440×900 first screen. */
  whole: boolean;
};

const pages: FirstScreen[] = [
  { name: 'users', path: '/users', what: 'the internet-user chart', figure: seriesChart, title: seriesTitle, tabs: true, whole: false },
  { name: 'transactions', path: '/transactions', what: 'the transaction-scale chart', figure: seriesChart, title: seriesTitle, tabs: true, whole: false },
  { name: 'villages', path: '/villages', what: 'the city ranking chart', figure: (p) => p.locator('[data-testid="city-chart"] svg.recharts-surface').first(), title: (p) => p.locator('#city-chart-title'), tabs: true, whole: false },
  // 2016 has province counts only: the map is the page's figure.
  { name: 'villages-map', path: '/villages?year=2016', what: 'the province map', figure: (p) => p.getByTestId('map-main'), title: null, tabs: true, whole: false },
  { name: 'models', path: '/models', what: 'the requirements chart', figure: (p) => p.locator('[data-testid="matrix-chart"] svg.recharts-surface').first(), title: (p) => p.locator('#matrix-chart-title'), tabs: false, whole: true },
  { name: 'yongkang', path: '/clusters/yongkang', what: 'the path diagram', figure: (p) => p.locator('[data-testid="path-diagram"], [data-testid="path-diagram-phone"]').filter({ visible: true }), title: (p) => p.locator('#yk-diagram-caption'), tabs: false, whole: true },
  { name: 'wenzhou', path: '/clusters/wenzhou', what: "the paper's Figure 1 chart", figure: (p) => p.locator('[data-testid="figure1-chart"] svg.recharts-surface').first(), title: (p) => p.locator('#figure1-chart-title'), tabs: false, whole: true },
  { name: 'cross-border', path: '/clusters/cross-border', what: 'the cross-border scale chart', figure: seriesChart, title: (p) => p.locator('#scale-chart-heading'), tabs: false, whole: true },
];

const sizes = [
  { viewport: { width: 1440, height: 900 }, tag: [] as string[] },
  { viewport: { width: 375, height: 812 }, tag: ['@narrow'] },
];

/** How much of the figure a reader must see unscrolled where it need not be whole: all of a short one, 100 px of a tall one. */
const MIN_VISIBLE = 100;

for (const size of sizes) {
  const { width, height } = size.viewport;
  test.describe(`first screen at ${width}×${height}`, { tag: size.tag }, () => {
    test.use({ viewport: size.viewport });
    for (const locale of ['en', 'zh'] as const) {
      for (const p of pages) {
        test(`/${locale}${p.path}: the title and ${p.what} are in the first screen`, async ({ page }, testInfo) => {
          await page.goto(`/${locale}${p.path}`);
          const h1 = page.getByRole('heading', { level: 1 });
          await expect(h1).toBeVisible();
          await expect(h1).toBeInViewport();
          const figure = p.figure(page);
          await expect(figure).toBeVisible({ timeout: 30_000 });
          await page.screenshot({ path: join(testInfo.project.outputDir, 'first-screen', `${locale}-${p.name}-${width}x${height}.png`) });
          expect(await page.evaluate(() => [window.scrollX, window.scrollY])).toEqual([0, 0]);
          const box = (await figure.boundingBox())!;
          expect(box.height).toBeGreaterThan(100);
          expect(box.y, `${p.what} starts at ${box.y} px`).toBeGreaterThanOrEqual(0);
          expect(box.y, `${p.what} starts at ${box.y} px`).toBeLessThan(height);
          const visible = Math.round(Math.min(box.y + box.height, height) - box.y);
          testInfo.annotations.push({ type: 'visible', description: `${visible} of ${Math.round(box.height)} px from y = ${Math.round(box.y)}` });
          if (p.whole && width >= 1024) expect(box.y + box.height, `${p.what} ends at ${box.y + box.height} px`).toBeLessThanOrEqual(height);
          else expect(visible, `${p.what}: ${visible} of ${box.height} px in the first screen`).toBeGreaterThanOrEqual(Math.min(MIN_VISIBLE, box.height));
          if (p.title) {
            const title = p.title(page);
            await expect(title).toBeInViewport();
            expect((await title.boundingBox())!.y, 'the title stands above the figure').toBeLessThan(box.y);
          }
          if (p.tabs) {
            const tabs = page.getByRole('navigation', { name: locale === 'en' ? 'What to show' : '显示内容' });
            await expect(tabs).toBeInViewport();
            expect((await tabs.boundingBox())!.y).toBeLessThan(box.y);
          }
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
