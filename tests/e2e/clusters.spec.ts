import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['/en/clusters/wenzhou', '/zh/clusters/wenzhou', '/en/clusters/wenzhou?tab=index', '/zh/clusters/wenzhou?tab=index', '/en/clusters/cross-border', '/zh/clusters/cross-border'];

// The dev server may re-render a page once after load; wait for the network to settle before interacting.
const visit = (page: Page, path: string) => page.goto(path, { waitUntil: 'networkidle' });

const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

const cases = [
  {
    locale: 'en',
    wenzhouTitle: 'Wenzhou rural e-commerce cluster',
    figures: { 'taobao-villages': '324', 'national-rank': 'No. 2', 'active-agri-online-stores': '2,284', 'agri-enterprises-ecommerce-share': 'about 40%' },
    crossTitle: 'Cross-border e-commerce and industrial clusters',
    yongkang: { 'cb-firms': 'more than 11,300', 'cb-firms-growth-vs-2016': '334.6%', 'trad-foreign-trade-share': '47.5%', 'cb-online-retail-exports-2019': '¥6.56 billion' },
    notStated: 'The paper does not state advantages.',
    node: 'base installation',
  },
  {
    locale: 'zh',
    wenzhouTitle: '温州农村电商产业集群',
    figures: { 'taobao-villages': '324', 'national-rank': '第2位', 'active-agri-online-stores': '2,284', 'agri-enterprises-ecommerce-share': '约40%' },
    crossTitle: '跨境电商与产业集群',
    yongkang: { 'cb-firms': '超过11,300', 'cb-firms-growth-vs-2016': '334.6%', 'trad-foreign-trade-share': '47.5%', 'cb-online-retail-exports-2019': '65.6亿元' },
    notStated: '论文未说明优点。',
    node: '基础设施',
  },
] as const;

for (const c of cases) {
  test(`${c.locale}: the Wenzhou page shows the key figures with sources, the tree counts and the five factors`, async ({ page }) => {
    await visit(page, `/${c.locale}/clusters/wenzhou`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.wenzhouTitle);
    for (const [id, value] of Object.entries(c.figures)) await expect(page.getByTestId(`figure-value-${id}`)).toHaveText(value);
    const cards = page.locator('[data-testid="key-figures"] > li');
    await expect(cards).toHaveCount(4);
    for (const card of await cards.all()) await expect(card.getByTestId('source-file')).toHaveText(c.locale === 'zh' ? 'Xia的温州论文' : "Xia's Wenzhou paper");
    await expect(page.getByTestId('count-level1')).toHaveText('3');
    await expect(page.getByTestId('count-level2')).toHaveText('7');
    await expect(page.getByTestId('count-level3')).toHaveText('28');
    await expect(page.locator('[data-testid="factors-table"] tbody tr')).toHaveCount(5);
    // The overview gives Table 1's counts; the tree and the printed table are one link away (a view of their own).
    await expect(page.getByTestId('index-tree')).toHaveCount(0);
    await page.getByTestId('index-open').click();
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/clusters/wenzhou\\?tab=index#index-heading$`), { timeout: 30_000 });
    await expect(page.getByTestId('count-level3')).toHaveText('28');
    await expect(page.locator('[data-testid="index-tree"] li[data-level="1"]')).toHaveCount(3);
    await expect(page.locator('[data-testid="index-tree"] li[data-level="2"]')).toHaveCount(7);
    await expect(page.locator('[data-testid="index-tree"] li[data-level="3"]')).toHaveCount(28);
    // the note on the empty "Management information platform" is shown inside that node
    await expect(page.locator('li[data-node="the-government-behavior/management-information-platform"] [data-note="wz-t1-mip-no-level3"]')).toHaveCount(1);
    await expect(page.locator('#note-wz-t1-odd-wording')).toBeVisible();
    await expect(page.getByTestId('overview-link')).toHaveAttribute('href', `/${c.locale}/clusters/wenzhou`);
  });

  test(`${c.locale}: the cross-border page shows logistics models, government, talent, scale and Yongkang figures`, async ({ page }) => {
    await visit(page, `/${c.locale}/clusters/cross-border`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.crossTitle);
    await expect(page.locator('[data-testid="logistics-models"] tbody tr')).toHaveCount(5);
    await expect(page.locator('[data-testid="logistics-models"] [data-not-stated]')).toHaveCount(10);
    await expect(page.locator('[data-testid="logistics-models"]')).toContainText(c.notStated);
    await expect(page.locator('[data-testid="government-points"] > li')).not.toHaveCount(0);
    await expect(page.locator('[data-testid="talent-points"] > li')).toHaveCount(2);
    for (const [id, value] of Object.entries(c.yongkang)) await expect(page.getByTestId(`figure-value-${id}`)).toHaveText(value);
    for (const card of await page.locator('[data-testid="yongkang-figures"] > li').all()) {
      await expect(card.getByTestId('source-file')).toHaveText(c.locale === 'zh' ? 'Zhu与Lu的永康论文' : "Zhu and Lu's Yongkang paper");
    }
    await expect(page.getByTestId('transactions-link')).toHaveAttribute(
      'href',
      `/${c.locale}/transactions?series=100ec-cross-border-transaction-scale&series=gacc-cross-border-ecommerce-trade`,
    );
    await expect(page.getByTestId('definitions-sentence')).toBeVisible();
    await expect(page.getByTestId('yongkang-link')).toHaveAttribute('href', `/${c.locale}/clusters/yongkang`);
    const transactions = await page.request.get(`/${c.locale}/transactions?series=100ec-cross-border-transaction-scale&series=gacc-cross-border-ecommerce-trade`);
    expect(transactions.status()).toBe(200);
  });

  test(`${c.locale}: the Zhejiang link leads to the villages page with 7 cities in the table`, async ({ page }) => {
    await visit(page, `/${c.locale}/clusters/wenzhou`);
    await page.getByTestId('villages-link').click();
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/villages\\?province=330000$`), { timeout: 30_000 });
    // The ranking's rows are on the Table tab of the same view.
    await page.getByTestId('view-tabs').locator('a[data-tab="table"]').click();
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/villages\\?province=330000&tab=table$`), { timeout: 30_000 });
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
  });

  test(`${c.locale}: tree nodes keep the printed wording (with the translation in Chinese)`, async ({ page }) => {
    await visit(page, `/${c.locale}/clusters/wenzhou?tab=index`);
    const summary = page.locator('li[data-node="the-government-behavior/base-installation"] > details > summary');
    await expect(summary).toContainText(c.node);
    await expect(summary.locator('[lang="en"], span').filter({ hasText: 'base installation' }).first()).toBeVisible();
  });
}

test('the index tree expands and collapses by keyboard (Enter and Space on a summary)', async ({ page }) => {
  await visit(page, '/en/clusters/wenzhou?tab=index');
  const node = page.locator('li[data-node="the-government-behavior/base-installation"] > details');
  const summary = node.locator('> summary');
  const leaf = page.locator('li[data-node="the-government-behavior/base-installation/network-bandwidth"]');
  await expect(node).not.toHaveAttribute('open');
  await expect(leaf).toBeHidden();

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(node).toHaveAttribute('open');
  await expect(leaf).toBeVisible();
  await expect(leaf).toHaveText('Network bandwidth');

  await page.keyboard.press('Space');
  await expect(node).not.toHaveAttribute('open');

  // Tab reaches the next summary, and Space opens it
  await page.keyboard.press('Tab');
  const next = page.locator('li[data-node="the-government-behavior/management-information-platform"] > details');
  await expect(next.locator('> summary')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(next).toHaveAttribute('open');
  await expect(next).toContainText('No third-level indicator is printed');

  // a first-level node is open at first and closes with Enter
  const top = page.locator('li[data-node="the-leader"] > details');
  await expect(top).toHaveAttribute('open');
  await top.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(top).not.toHaveAttribute('open');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the tree still expands by keyboard and the links work', async ({ page }) => {
    await visit(page, '/zh/clusters/wenzhou?tab=index');
    const node = page.locator('li[data-node="the-leader/business-model"] > details');
    await node.locator('> summary').focus();
    await page.keyboard.press('Enter');
    await expect(node).toHaveAttribute('open');
    await expect(page.locator('li[data-node="the-leader/business-model/advertising-roi"]')).toBeVisible();
    await page.getByTestId('overview-link').click();
    await expect(page).toHaveURL(/\/zh\/clusters\/wenzhou$/, { timeout: 30_000 });
    await page.getByTestId('villages-link').click();
    await expect(page).toHaveURL(/\/zh\/villages\?province=330000$/, { timeout: 30_000 });
    await page.getByTestId('view-tabs').locator('a[data-tab="table"]').click();
    await expect(page).toHaveURL(/\/zh\/villages\?province=330000&tab=table$/, { timeout: 30_000 });
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
  });
});

for (const path of PAGES) {
  test(`${path}: no serious or critical accessibility violations (all disclosures open)`, { tag: path.startsWith('/en/') ? '@mobile' : [] }, async ({ page }) => {
    await visit(page, path);
    await openAll(page);
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('both pages fit a 375 px screen without horizontal page scrolling', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of PAGES) {
    await visit(page, path);
    await openAll(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the API link on each page returns the case study', async ({ page }) => {
  for (const id of ['wenzhou', 'cross-border']) {
    const response = await page.request.get(`/api/v1/clusters/${id}`);
    expect(response.status()).toBe(200);
    expect((await response.json()).data.id).toBe(id);
  }
});
