import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

// The embeds (/[locale]/embed/…): one chart alone for another site's <iframe>, with its title, the
// view in words, the source line and a link back to the same view on the site.

const SERIES_SURFACE = '[data-testid^="series-chart-"] svg[data-chart-surface]';
const BAR_SURFACE = '[data-testid="city-chart"] svg.recharts-surface';

/** The query of an address as sorted pairs, to compare two addresses' view state. */
/**
 * Another site that frames our pages, as a blog would: a server of its own on another origin (a
 * real loopback server: a page Playwright made up would count as public to Chromium's local
 * network access checks, which then block any frame of a loopback address).
 */
async function embedder(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Blog</title><iframe src="${src}" title="Chart" width="800" height="600"></iframe></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/blog`, close: () => new Promise((done) => server.close(() => done())) };
}

const pairs = (href: string) => [...new URL(href, 'http://x').searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));

async function noChrome(page: Page) {
  await expect(page.locator('header nav, nav[aria-label], footer nav')).toHaveCount(0);
  await expect(page.locator('body > a[href="#main"]')).toHaveCount(0);
}

test('/en/embed/users draws the chart with title, subtitle and source, and links back to the same view', async ({ page }) => {
  const query = 'series=cnnic-internet-users&from=2008&to=2018&mode=index&base=2010';
  const response = await page.goto(`/en/embed/users?${query}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator(SERIES_SURFACE).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Internet users');
  await expect(page.getByTestId('embed-subtitle')).toContainText('2008–2018');
  await expect(page.getByTestId('embed-source')).toHaveText(/^Source: CNNIC/);
  const link = page.getByTestId('embed-link');
  await expect(link).toHaveText('Full view on Cluster Atlas');
  const href = (await link.getAttribute('href'))!;
  expect(new URL(href, 'http://x').pathname).toBe('/en/users');
  expect(pairs(href)).toEqual(pairs(`?${query}`));
  await noChrome(page);
  // The link leads to the page with the same chart.
  await page.goto(href);
  await expect(page.locator('[data-testid="series-chart-index"], [data-testid^="series-chart-"]').first()).toBeVisible();
  await expect(page.locator('header nav').first()).toBeAttached();
});

test('/zh/embed/villages: the city ranking of the year and province, all in Chinese', async ({ page }) => {
  await page.goto('/zh/embed/villages?province=330000&year=2019&q=ignored');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(BAR_SURFACE)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('淘宝村');
  await expect(page.getByRole('heading', { level: 3 })).toContainText('浙江');
  await expect(page.getByTestId('embed-subtitle')).toContainText('2019');
  await expect(page.getByTestId('embed-source')).toHaveText(/^来源：/);
  const link = page.getByTestId('embed-link');
  await expect(link).toHaveText('在产业集群图谱查看完整视图');
  const href = (await link.getAttribute('href'))!;
  expect(new URL(href, 'http://x').pathname).toBe('/zh/villages');
  // The embed reads the year and provinces only: the table's search is not part of its view.
  expect(pairs(href)).toEqual([['province', '330000']]);
  // Chinese texts: no Latin-letter words in the title, subtitle and link (the source line names a
  // publisher as the chart's export does, which keeps a person's written name).
  const own = await page.locator('[data-testid="embed"] > header, [data-testid="embed-link"]').allInnerTexts();
  expect(own.join(' ')).not.toMatch(/[A-Za-z]{3,}/);
  await noChrome(page);
});

test('a bad parameter in an embed is said, as on the page, and the default view is drawn', async ({ page }) => {
  // The pages ignore what is not valid and say so (role=alert); an embed does the same, in its frame.
  const series = await page.goto('/en/embed/users?mode=sideways&from=1800');
  expect(series?.status()).toBe(200);
  await expect(page.getByTestId('invalid-params')).toContainText('Some settings in the address were not valid and were ignored');
  await expect(page.getByTestId('invalid-params')).toContainText('mode');
  await expect(page.locator(SERIES_SURFACE).first()).toBeVisible({ timeout: 30_000 });
  const villages = await page.goto('/zh/embed/villages?year=1900&province=999999');
  expect(villages?.status()).toBe(200);
  await expect(page.getByTestId('invalid-params')).toBeVisible();
  await expect(page.getByTestId('invalid-params')).toContainText('province');
  await expect(page.locator(BAR_SURFACE)).toBeVisible({ timeout: 30_000 });
  // A valid address says nothing of the kind.
  await page.goto('/en/embed/villages?year=2019');
  await expect(page.getByTestId('invalid-params')).toHaveCount(0);
});

test('an embed works inside another site\'s <iframe>', async ({ page, baseURL }) => {
  const blog = await embedder(`${baseURL}/en/embed/transactions`);
  await page.goto(blog.url);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator(SERIES_SURFACE).first()).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByTestId('embed-source')).toHaveText(/^Source: /);
  await expect(frame.getByTestId('embed-link')).toHaveAttribute('href', /^\/en\/transactions/);
  await blog.close();
});

test('the same site page refuses to be framed', async ({ page, baseURL }) => {
  const blog = await embedder(`${baseURL}/en/users`);
  const blocked = page.waitForEvent('console', (m) => /frame-ancestors|X-Frame-Options|refused to (display|frame)/i.test(m.text()));
  await page.goto(blog.url);
  await blocked;
  // Chromium shows its own error document in the frame instead of the page.
  await expect.poll(() => page.frames().slice(1).map((f) => f.url())).toEqual(['chrome-error://chromewebdata/']);
  await blog.close();
});

test('headers: embeds may be framed by any site, the pages by none', async ({ request }) => {
  for (const path of ['/en/embed/users', '/zh/embed/villages', '/en/embed/transactions']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers()['x-frame-options']).toBeUndefined();
  }
  for (const path of ['/en/users', '/zh/villages', '/en']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-frame-options']).toBe('DENY');
  }
});

test('the users page offers the embed code of its current view', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&from=2010&tab=download');
  const snippet = page.getByTestId('embed-snippet');
  await snippet.locator('summary').click();
  const code = await snippet.locator('pre').innerText();
  const src = /src="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&');
  expect(new URL(src).pathname).toBe('/en/embed/users');
  expect(pairs(src)).toEqual(pairs('?series=cnnic-internet-users&from=2010'));
  // On the public origin, as the page's share card is.
  const shared = (await page.locator('meta[property="og:url"]').getAttribute('content'))!;
  expect(new URL(src).origin).toBe(new URL(shared).origin);
});

for (const path of ['/en/embed/users', '/zh/embed/users', '/en/embed/villages', '/zh/embed/villages', '/en/embed/transactions']) {
  test(`axe: no serious or critical violation on ${path}`, { tag: '@mobile' }, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`${SERIES_SURFACE}, ${BAR_SURFACE}`).first()).toBeVisible({ timeout: 30_000 });
    expect((await axe(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test('embeds fit a 375 px frame without horizontal scrolling', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ['/en/embed/users', '/zh/embed/villages']) {
    await page.goto(path);
    await expect(page.locator(`${SERIES_SURFACE}, ${BAR_SURFACE}`).first()).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = (await page.locator(`${SERIES_SURFACE}, ${BAR_SURFACE}`).first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
});
