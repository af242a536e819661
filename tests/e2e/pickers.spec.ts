import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 14 item 3, "pickers that scale": series in groups with a search box and named presets;
// provinces with a search box, arrow keys and removable chips; all of it a plain GET form without JavaScript.

const ready = (page: Page) => expect(page.locator('form[data-ready="true"]').first()).toBeAttached({ timeout: 30_000 });
const visibleSeries = (page: Page) => page.locator('#series-options [data-filter-item]:visible');
const drawnLines = (page: Page) => page.locator('[data-testid^="series-chart-"] svg[data-chart-surface] g[data-line]');
const activeValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? document.activeElement?.tagName);

test.describe('series picker', () => {
  test('series come in groups, and typing in the search box leaves only the matching ones', async ({ page }) => {
    await page.goto('/en/transactions');
    await ready(page);
    await page.getByTestId('series-picker').locator('summary').click();
    const groups = page.locator('#series-options fieldset[data-filter-group] > legend');
    await expect(groups).toHaveText(['Official statistics', 'Industry and other estimates', 'Cross-border e-commerce', 'Investment']);
    const all = await visibleSeries(page).count();
    expect(all).toBeGreaterThan(40);
    await page.getByTestId('series-search').pressSequentially('customs platforms');
    await expect(visibleSeries(page)).toHaveCount(4);
    for (const text of await visibleSeries(page).allInnerTexts()) expect(text).toMatch(/customs platforms/);
    // Groups left without a match are hidden with their items.
    await expect(page.locator('#series-options fieldset[data-filter-group]:visible > legend')).toHaveText(['Cross-border e-commerce']);
    await page.getByTestId('series-search').fill('no such series');
    await expect(visibleSeries(page)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'No series matches.' })).toBeVisible();
    await page.getByTestId('series-search').fill('');
    await expect(visibleSeries(page)).toHaveCount(all);
  });

  test('a preset link sets the URL, marks itself current and the chart draws its series', async ({ page }) => {
    await page.goto('/en/transactions');
    await ready(page);
    const presets = page.getByRole('navigation', { name: 'Ready-made comparisons' });
    await expect(presets.getByRole('link')).toHaveCount(5);
    await expect(presets.locator('[aria-current]')).toHaveCount(0);
    await presets.getByRole('link', { name: 'Cross-border: customs vs 100EC' }).click();
    await expect(page).toHaveURL(/\/en\/transactions\?series=gacc-cross-border-ecommerce-trade&series=gacc-cross-border-ecommerce-retail-platform&series=100ec-cross-border-transaction-scale$/, { timeout: 30_000 });
    await expect(presets.getByRole('link', { name: 'Cross-border: customs vs 100EC' })).toHaveAttribute('aria-current', 'true');
    await expect(drawnLines(page)).toHaveCount(3, { timeout: 30_000 });
    expect((await drawnLines(page).evaluateAll((gs) => gs.map((g) => g.getAttribute('data-line')))).sort()).toEqual(['100ec-cross-border-transaction-scale', 'gacc-cross-border-ecommerce-retail-platform', 'gacc-cross-border-ecommerce-trade']);
  });

  test('zh: presets are named in Chinese, and the current one is marked', async ({ page }) => {
    await page.goto('/zh/users?series=cnnic-urban-penetration&series=cnnic-internet-penetration&series=cnnic-rural-penetration');
    const current = page.getByRole('navigation', { name: '预设对比' }).locator('[aria-current="true"]');
    await expect(current).toHaveText('互联网普及率：全国、城镇、农村');
  });
});

test.describe('province picker', () => {
  test('typing filters the provinces; arrow keys and Space choose with focus kept; a chip removes a province', async ({ page }) => {
    await page.goto('/en/villages');
    await ready(page);
    await page.getByTestId('province-picker').locator('summary').click();
    const search = page.getByTestId('province-search');
    await search.focus();
    await page.keyboard.type('jiang');
    const visible = page.locator('#province-options [data-filter-item]:visible');
    // The list's order (provinces with data first); the set is what typing leaves.
    await expect(visible).toHaveCount(5);
    expect((await visible.allInnerTexts()).map((t) => t.trim()).sort()).toEqual(['Heilongjiang', 'Jiangsu', 'Jiangxi', 'Xinjiang', 'Zhejiang']);
    const first = (await visible.first().innerText()).trim();
    await page.keyboard.press('ArrowDown');
    await expect(visible.first().getByRole('checkbox')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]province=\d{6}(&|$)/, { timeout: 30_000 });
    const chosen = await activeValue(page);
    expect(chosen).toMatch(/^\d{6}$/);
    await expect(page.getByRole('list', { name: 'Chosen provinces' }).getByRole('button')).toHaveText([`${first} ×`]);
    // Next one with the arrow key, still from the keyboard: focus stayed on the list through the update.
    await page.keyboard.press('ArrowDown');
    await expect(visible.nth(1).getByRole('checkbox')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(new RegExp(`province=${chosen}.*province=\\d{6}|province=\\d{6}.*province=${chosen}`), { timeout: 30_000 });
    await expect(page.getByRole('list', { name: 'Chosen provinces' }).getByRole('button')).toHaveCount(2);
    expect(await activeValue(page)).toMatch(/^\d{6}$/);
    expect(await activeValue(page)).not.toBe(chosen);
    // Escape goes back to the search box.
    await page.keyboard.press('Escape');
    await expect(search).toBeFocused();
    // Removing a chip unchooses its province and puts focus in the search box.
    await page.getByRole('button', { name: `Remove ${first}` }).click();
    await expect(page).not.toHaveURL(new RegExp(`province=${chosen}(&|$)`), { timeout: 30_000 });
    await expect(page.getByRole('list', { name: 'Chosen provinces' }).getByRole('button')).toHaveCount(1);
    await expect(search).toBeFocused();
  });

  test('the open pickers have no serious or critical accessibility violations', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['/en/villages?province=330000', '/zh/transactions']) {
      await page.goto(path);
      await ready(page);
      const picker = page.getByTestId(path.includes('villages') ? 'province-picker' : 'series-picker');
      await picker.locator('summary').click();
      await picker.getByRole('searchbox').fill(path.includes('villages') ? 'an' : '跨境');
      const results = await new AxeBuilder({ page }).include(path.includes('villages') ? '[data-testid="province-picker"]' : 'form').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no search boxes; the full lists, presets as links, and the form still filters', async ({ page }) => {
    await page.goto('/en/users');
    await expect(page.getByTestId('series-search')).toHaveCount(0);
    await page.getByRole('link', { name: 'Rural internet users and their share' }).click();
    await expect(page).toHaveURL(/series=cnnic-rural-internet-users&series=cnnic-rural-share-of-internet-users$/);
    await expect(page.getByRole('link', { name: 'Rural internet users and their share' })).toHaveAttribute('aria-current', 'true');
    await page.goto('/en/villages');
    await expect(page.getByTestId('province-search')).toHaveCount(0);
    await page.getByTestId('province-picker').locator('summary').click();
    await expect(page.locator('#province-options input[type="checkbox"]')).toHaveCount(31);
    await page.getByRole('checkbox', { name: 'Guangdong', exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]province=440000(&|$)/);
    // Chips are buttons that need JavaScript: without it the checked box says what is chosen.
    await expect(page.getByTestId('province-chips')).toHaveCount(0);
  });
});
