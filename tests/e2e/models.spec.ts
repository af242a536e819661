import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

// Each change of the guide re-renders the page on the server; allow for a slow (dev) server.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };

/** The chart's SVG exists only once React has hydrated (it is measured in the browser). */
const hydrated = (page: Page) => expect(page.locator('[data-testid="matrix-chart"] svg').first()).toBeVisible(SLOW);

const C2C_LOW = 'For industries with insufficient funds, low level of enterprise informatization and low management level, C2C e-commerce model can be selected.';
const B2C_COMPARED = 'Compared with the C2C and O2O models, the selection of the B2C e-commerce model requires';

const cases = [
  { locale: 'en', title: 'E-commerce business models for industrial clusters', capital: 'Capital / financial support', info: 'Informatisation level', mgmt: 'Management level', apply: 'Order the models', within: 'within reach', silent: 'the paper does not say' },
  { locale: 'zh', title: '产业集群的电子商务商业模式', capital: '资金/资金支持', info: '信息化水平', mgmt: '管理水平', apply: '排序', within: '可及', silent: '论文未述及' },
] as const;

const guideOrder = (page: Page) => page.locator('[data-testid="guide-entry"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')));

async function matrixCells(page: Page) {
  return page.locator('[data-testid="matrix-cell"]').evaluateAll((cells) =>
    cells.map((c) => ({
      model: c.getAttribute('data-model')!,
      dimension: c.getAttribute('data-dimension')!,
      level: c.getAttribute('data-level')!,
      label: c.querySelector('[data-testid="level-label"]')!.textContent!.trim(),
      quote: (c.querySelector('[data-testid="cell-quote"]')?.textContent ?? '').trim().replace(/^“|”$/g, ''),
    })),
  );
}

const byKey = <T extends { model: string; dimension: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.model}/${a.dimension}`.localeCompare(`${b.model}/${b.dimension}`));

for (const c of cases) {
  test(`${c.locale}: the guide reorders when the levels change and shows its evidence`, { tag: c.locale === 'en' ? '@mobile' : [] }, async ({ page }) => {
    await page.goto(`/${c.locale}/models`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page.getByTestId('guide-prompt')).toBeVisible();
    await hydrated(page);
    await expect(page.getByTestId('guide-disclaimer')).toContainText(c.locale === 'en' ? 'not a fitted' : '不是经过拟合');

    for (const [name, value] of [[c.capital, '1'], [c.info, '1'], [c.mgmt, '1']] as const) {
      await page.getByRole('combobox', { name, exact: true }).selectOption(value);
    }
    await expect(page).toHaveURL(/[?&]capital=1&info=1&mgmt=1/, SLOW);
    await expect.poll(() => guideOrder(page), SLOW).toEqual(['C2C', 'B2C', 'O2O', 'B2B']);
    const first = page.locator('[data-testid="guide-entry"]').first();
    await expect(first.getByTestId('guide-status')).toHaveText(c.within);
    await expect(first.getByTestId('guide-sentences')).toContainText(C2C_LOW);
    await expect(page.locator('[data-testid="guide-entry"]').last().getByTestId('guide-status')).toHaveText(c.silent);

    for (const [name, value] of [[c.capital, '3'], [c.info, '3'], [c.mgmt, '3']] as const) {
      await page.getByRole('combobox', { name, exact: true }).selectOption(value);
    }
    await expect(page).toHaveURL(/[?&]capital=3&info=3&mgmt=3/, SLOW);
    await expect.poll(() => guideOrder(page), SLOW).toEqual(['B2C', 'O2O', 'C2C', 'B2B']);
    await expect(page.locator('[data-testid="guide-entry"]').first().getByTestId('guide-sentences')).toContainText(B2C_COMPARED);

    await page.getByRole('combobox', { name: c.info, exact: true }).selectOption('2');
    await expect(page).toHaveURL(/[?&]capital=3&info=2&mgmt=3/, SLOW);
    await expect.poll(() => guideOrder(page), SLOW).toEqual(['O2O', 'C2C', 'B2C', 'B2B']);
    const o2oChecks = page.locator('[data-testid="guide-entry"][data-model="O2O"] [data-testid="guide-checks"] tbody tr');
    await expect(o2oChecks).toHaveCount(4);
    await expect(o2oChecks.first()).toHaveAttribute('data-outcome', 'paper-silent');

    // Each choice was a history entry: Back undoes the last one, in the address, the select and the order.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]capital=3&info=3&mgmt=3/, SLOW);
    await expect(page.getByRole('combobox', { name: c.info, exact: true })).toHaveValue('3', SLOW);
    await expect.poll(() => guideOrder(page), SLOW).toEqual(['B2C', 'O2O', 'C2C', 'B2B']);
  });

  test(`${c.locale}: the CSV equals the matrix table`, async ({ page }) => {
    await page.goto(`/${c.locale}/models`);
    const cells = await matrixCells(page);
    expect(cells).toHaveLength(20);
    const href = await page.getByTestId('csv-matrix').getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(byKey(rows.map((r) => ({ model: r.model!, dimension: r.dimension!, level: r.level!, label: r.level_label!, quote: r.quote! })))).toEqual(byKey(cells));
  });

  test(`${c.locale}: the chart draws null cells as gaps, not zeros`, async ({ page }) => {
    await page.goto(`/${c.locale}/models`);
    await hydrated(page);
    const points = (await page.getByTestId('matrix-chart').getAttribute('data-points'))!.split(',');
    expect(points).toContain('B2B:capital:');
    expect(points).toContain('O2O:informationSecurity:');
    expect(points).toContain('B2C:capital:3');
    // 4 B2B cells + O2O capital and information security: six "no level" marks.
    await expect(page.locator('[data-testid="matrix-chart"] svg text', { hasText: c.locale === 'en' ? 'no level' : '无级别' })).toHaveCount(6);
    await expect(page.getByTestId('matrix-chart-summary')).not.toBeEmpty();
  });

  test(`${c.locale}: no serious or critical accessibility violations`, { tag: c.locale === 'en' ? '@mobile' : [] }, async ({ page }) => {
    await page.goto(`/${c.locale}/models?capital=1&info=3&mgmt=3`);
    await hydrated(page);
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // The reference material's tabs too.
    for (const tab of ['models', 'platforms', 'sources']) {
      await page.goto(`/${c.locale}/models?tab=${tab}&capital=1&info=3&mgmt=3`);
      const onTab = (await axe(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(onTab.map((v) => `${tab} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the page fits a 375 px screen without horizontal scrolling', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ['/en/models', '/zh/models', '/en/models?capital=1&info=2&mgmt=3', '/zh/models?capital=3&info=3&mgmt=3']) {
    await page.goto(path);
    await hydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('invalid levels in the URL are reported and no ordering is shown', async ({ page }) => {
  await page.goto('/en/models?capital=9&info=2&mgmt=2');
  await expect(page.getByTestId('invalid-params')).toContainText('capital');
  await expect(page.getByTestId('guide-entry')).toHaveCount(0);
  await expect(page.getByTestId('guide-prompt')).toBeVisible();
});

const TABS = ['overview', 'models', 'platforms', 'sources'];
const tabLinks = (page: Page) => page.getByTestId('models-views').locator('a[data-tab]');
const current = (page: Page) => page.locator('[data-testid="models-views"] [aria-current="page"]');

for (const c of cases) {
  for (const size of [{ width: 1440, height: 900 }, { width: 375, height: 812 }]) {
    test(`${c.locale} at ${size.width}×${size.height}: the page opens with its chart, titled and subtitled, in the first screen`, { tag: size.width < 400 ? '@narrow' : [] }, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/${c.locale}/models`);
      await hydrated(page);
      const title = page.locator('#matrix-chart-title');
      await expect(title).toHaveText(c.locale === 'en' ? 'What each business model requires of a cluster, dimension by dimension' : '各商业模式在各维度上对集群的要求');
      await expect(page.getByTestId('matrix-chart-subtitle')).not.toBeEmpty();
      // The title, the subtitle and the plot's whole box lie inside the first screen, unscrolled.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const el of [title, page.getByTestId('matrix-chart-subtitle'), page.getByTestId('matrix-chart')]) {
        const box = (await el.boundingBox())!;
        expect(box.y + box.height, await el.evaluate((e) => e.outerHTML.slice(0, 60))).toBeLessThanOrEqual(size.height);
      }
      // The reference material is a tab away, not printed on the first view.
      await expect(page.getByTestId('model-card')).toHaveCount(0);
      await expect(page.getByTestId('platform-type')).toHaveCount(0);
    });
  }

  test(`${c.locale}: the four models, the platform types and the sources are tabs of one address each, keeping the guide's levels`, async ({ page }) => {
    await page.goto(`/${c.locale}/models?capital=1&info=2&mgmt=3`);
    expect(await tabLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('data-tab')))).toEqual(TABS);
    expect(await tabLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `/${c.locale}/models?capital=1&info=2&mgmt=3`,
      ...TABS.slice(1).map((tab) => `/${c.locale}/models?tab=${tab}&capital=1&info=2&mgmt=3`),
    ]);
    await expect(current(page)).toHaveAttribute('data-tab', 'overview');
    await expect(page.getByTestId('guide-entry')).toHaveCount(4);

    await page.getByTestId('models-views').locator('a[data-tab="models"]').click();
    await expect(page).toHaveURL(/\?tab=models&capital=1&info=2&mgmt=3$/, SLOW);
    await expect(current(page)).toHaveAttribute('data-tab', 'models');
    const cards = page.getByTestId('model-card');
    expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual(['B2B', 'B2C', 'C2C', 'O2O']);
    await expect(cards.first().locator('blockquote').first()).not.toBeEmpty();
    await expect(page.getByTestId('models-intro')).not.toBeEmpty();
    await expect(page.getByTestId('matrix-chart')).toHaveCount(0);

    await page.getByTestId('models-views').locator('a[data-tab="platforms"]').click();
    await expect(page).toHaveURL(/\?tab=platforms&capital=1&info=2&mgmt=3$/, SLOW);
    expect(await page.getByTestId('platform-type').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('platform-notes')).toBeVisible();

    await page.getByTestId('models-views').locator('a[data-tab="sources"]').click();
    await expect(page).toHaveURL(/\?tab=sources&capital=1&info=2&mgmt=3$/, SLOW);
    expect(await page.getByTestId('models-source-list').locator('li').count()).toBeGreaterThan(0);
    await expect(page.locator('a[href="/api/v1/models.csv"]')).toBeVisible();

    // Back to the chart and guide: the reader's ordering is still there.
    await page.getByTestId('models-views').locator('a[data-tab="overview"]').click();
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/models\\?capital=1&info=2&mgmt=3$`), SLOW);
    await expect(page.getByTestId('guide-entry')).toHaveCount(4);
  });
}

test('an unknown view shows the chart and guide with a line saying so', async ({ page }) => {
  await page.goto('/en/models?tab=nope');
  await expect(page.getByTestId('invalid-view')).toContainText('“nope”');
  await expect(page.getByTestId('view-panel')).toHaveAttribute('data-tab', 'overview');
  await expect(current(page)).toHaveAttribute('data-tab', 'overview');
  await expect(page.locator('[data-testid="matrix-cell"]')).toHaveCount(20);
});

test('old links into the one-page layout reach the tab that now holds their anchor', async ({ page }) => {
  await page.goto('/en/models?capital=2&info=2&mgmt=2#model-C2C');
  await expect(page).toHaveURL(/\?tab=models&capital=2&info=2&mgmt=2#model-C2C$/, SLOW);
  await expect(page.locator('#model-C2C')).toBeInViewport();
  await page.goto('/en/models#platforms');
  await expect(page).toHaveURL(/\?tab=platforms#platforms$/, SLOW);
  await page.goto('/zh/models#sources');
  await expect(page).toHaveURL(/\/zh\/models\?tab=sources#sources$/, SLOW);
  await expect(page.getByTestId('models-source-list')).toBeVisible();
  // Anchors on the overview stay there.
  await page.goto('/en/models#matrix');
  await hydrated(page);
  await expect(page).toHaveURL(/\/en\/models#matrix$/);
  await expect(page.getByTestId('matrix-table')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the guide works as a plain GET form', async ({ page }) => {
    await page.goto('/en/models');
    await page.getByRole('combobox', { name: 'Capital / financial support', exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: 'Informatisation level', exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: 'Management level', exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Order the models' }).click();
    await expect(page).toHaveURL(/\/en\/models\?capital=2&info=2&mgmt=2#guide$/, SLOW);
    expect(await guideOrder(page)).toEqual(['O2O', 'C2C', 'B2C', 'B2B']);
    await expect(page.locator('[data-testid="matrix-cell"]')).toHaveCount(20);
  });

  test('the tabs are plain links', async ({ page }) => {
    await page.goto('/zh/models?capital=3&info=3&mgmt=3');
    await page.getByTestId('models-views').locator('a[data-tab="platforms"]').click();
    await expect(page).toHaveURL(/\/zh\/models\?tab=platforms&capital=3&info=3&mgmt=3$/, SLOW);
    await expect(page.locator('[data-testid="models-views"] [aria-current="page"]')).toHaveAttribute('data-tab', 'platforms');
    expect(await page.getByTestId('platform-type').count()).toBeGreaterThan(0);
  });
});
