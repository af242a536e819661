import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';

// The finish of the site: its 404 pages, share cards, favicon and the phone header.

const seriousViolations = async (page: Page) =>
  (await axe(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);

const SECTIONS = {
  en: ['Taobao villages', 'Internet users', 'Transaction scale', 'Business models', 'Wenzhou', 'Yongkang', 'Cross-border', 'Sources'],
  zh: ['淘宝村', '网民规模', '交易规模', '商业模式', '温州', '永康', '跨境电商', '数据来源'],
};

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: an unknown address gets the site's own 404 in its language, with the way on`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/deeper`);
    expect(response?.status()).toBe(404);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Page not found' : '页面不存在');
    // The site's frame is there (header with the site's name), not Next.js's bare default page.
    await expect(page.getByRole('banner').getByRole('link', { name: locale === 'en' ? 'Cluster Atlas' : '产业集群图谱' })).toBeVisible();
    for (const name of SECTIONS[locale]) await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', new RegExp(`^/${locale}/`));
    await main.getByRole('link', { name: locale === 'en' ? 'Back to the home page' : '返回首页' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    if (locale === 'zh') {
      await page.goto('/zh/no-such-page');
      // No English interface text on the Chinese 404 (the site's name aside, which has a Chinese form).
      expect(await main.innerText()).not.toMatch(/[A-Za-z]{3,}/);
    }
    await page.goto(`/${locale}/no-such-page`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`${locale}: every section page has its own title, description, canonical and language addresses and share card`, async ({ page, request }) => {
    for (const path of ['', '/villages', '/users', '/models', '/clusters/yongkang', '/sources']) {
      await page.goto(`/${locale}${path}`);
      const head = await page.evaluate(() => {
        const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
        const link = (sel: string) => document.head.querySelector(sel)?.getAttribute('href') ?? null;
        return {
          title: document.title,
          h1: document.querySelector('h1')?.textContent ?? '',
          description: meta('description'),
          ogTitle: meta('og:title'),
          ogDescription: meta('og:description'),
          ogImage: meta('og:image'),
          ogUrl: meta('og:url'),
          twitterCard: meta('twitter:card'),
          canonical: link('link[rel="canonical"]'),
          en: link('link[rel="alternate"][hreflang="en"]'),
          zh: link('link[rel="alternate"][hreflang="zh-CN"]'),
          icon: link('link[rel="icon"]'),
        };
      });
      // Absolute addresses on the public origin (ATLAS_PUBLIC_ORIGIN: http://localhost:PORT in the
      // tests, while the browser may use 127.0.0.1), one origin for all of them.
      const origin = new URL(head.canonical!).origin;
      expect(new URL(origin).port).toBe(new URL(page.url()).port);
      expect(head.description, path).toBeTruthy();
      expect(head.ogTitle, path).toBeTruthy();
      // The share card's title is the page's own (not the layout's), and the tab title starts with it.
      if (path) expect(head.title.startsWith(head.ogTitle!), `${head.title} / ${head.ogTitle}`).toBe(true);
      expect(head.ogDescription).toBe(head.description);
      expect(head.twitterCard).toBe('summary_large_image');
      expect(head.canonical).toBe(`${origin}/${locale}${path}`);
      expect(head.ogUrl).toBe(`${origin}/${locale}${path}`);
      expect(head.en).toBe(`${origin}/en${path}`);
      expect(head.zh).toBe(`${origin}/zh${path}`);
      expect(head.ogImage).toBe(`${origin}/og/${locale}.png`);
      expect(head.icon).toMatch(/^\/icon\.svg/);
    }
    // The card itself: a real 1200×630 PNG, and the favicon an SVG.
    const card = await request.get(`/og/${locale}.png`);
    expect(card.status()).toBe(200);
    const png = await card.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const icon = await request.get('/icon.svg');
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    expect(await icon.text()).toContain('<svg');
  });
}

test('an address outside both languages gets a bilingual 404 with links to both', async ({ page }) => {
  const response = await page.goto('/no-such-file.txt');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await expect(page.getByRole('link', { name: 'Cluster Atlas (English)' })).toHaveAttribute('href', '/en');
  await expect(page.getByRole('link', { name: '产业集群图谱（中文）' })).toHaveAttribute('href', '/zh');
  expect(await seriousViolations(page)).toEqual([]);
});

test('wide screens show the sections in the header, without a menu button', async ({ page }) => {
  await page.goto('/en/users');
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
  for (const name of SECTIONS.en) await expect(header.getByRole('link', { name, exact: true })).toBeVisible();
});

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: on a phone the header is one line with a menu button that opens the sections`, { tag: '@narrow' }, async ({ page }) => {
    await page.goto(`/${locale}/villages`);
    const header = page.getByRole('banner');
    const box = await header.boundingBox();
    // One row (name, language, menu), so the page's title is in the first screen.
    expect(box!.height).toBeLessThan(90);
    const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(h1!.y).toBeLessThan(200);
    await expect(header.getByRole('link', { name: SECTIONS[locale][1], exact: true })).toBeHidden();
    const menu = header.locator('summary', { hasText: locale === 'en' ? 'Menu' : '菜单' });
    const target = await menu.boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(24);
    // By keyboard: the menu button takes focus and opens with Enter.
    await menu.focus();
    await page.keyboard.press('Enter');
    for (const name of SECTIONS[locale]) await expect(header.getByRole('link', { name, exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`${locale}: a section chosen from the phone menu opens`, { tag: '@narrow' }, async ({ page }) => {
    await page.goto(`/${locale}/villages`);
    const header = page.getByRole('banner');
    await header.locator('summary').click();
    await header.getByRole('link', { name: SECTIONS[locale][1], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/users$`), { timeout: 20_000 });
    // the page's title says what its chart shows: "Internet users in China, 2004–2025"
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? /^Internet users in China, \d{4}–\d{4}$/ : /^\d{4}—\d{4}年中国网民规模$/);
    // The menu has closed behind the reader: the new page is not covered by it.
    await expect(header.getByRole('link', { name: SECTIONS[locale][0], exact: true })).toBeHidden();
  });
}

for (const locale of ['en', 'zh'] as const) {
  test(`${locale}: the home page names each headline figure's publisher in words and draws its trend`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const main = page.getByRole('main');
    const text = await main.innerText();
    // No source id ("[cnnic-55th-via-…]") in what a reader sees.
    expect(text).not.toMatch(/\[[a-z0-9]+(?:-[a-z0-9]+)+\]/);
    const markers = main.getByRole('link').filter({ has: page.locator('xpath=self::a[contains(@href, "/sources?source=")]') });
    expect(await markers.count()).toBeGreaterThanOrEqual(4);
    const internetUsers = main.getByRole('region', { name: locale === 'en' ? 'Internet users' : '网民规模' });
    await expect(internetUsers.getByRole('link', { name: locale === 'en' ? 'CNNIC' : '中国互联网络信息中心', exact: true })).toHaveAttribute('href', /^\/(en|zh)\/sources\?source=cnnic-[^#]+#source-cnnic-/);
    // Three small charts, each a drawn line with a text alternative naming its years.
    const charts = main.getByRole('img');
    await expect(charts).toHaveCount(3);
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('aria-label')).toMatch(/\d{4}.\d{4}/);
      expect(await chart.locator('polyline').count()).toBeGreaterThanOrEqual(1);
      const points = (await chart.locator('polyline').first().getAttribute('points'))!.trim().split(/\s+/);
      expect(points.length).toBeGreaterThanOrEqual(2);
    }
  });
}
