import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Issue 14 item 4, "a Sources page a reader can use": search, filters by page, kind and publisher,
// 20 sources per page, what each source backs; a plain GET form; links to one source land on it.

const cards = (page: import('@playwright/test').Page) => page.locator('[data-testid="sources-results"] > li');

test('searching shows the matching cards and says how many there are', async ({ page }) => {
  await page.goto('/en/sources');
  await expect(page.getByTestId('sources-count')).toHaveText(/^1–20 of \d+ sources \(of \d+\)$/);
  await expect(cards(page)).toHaveCount(20);
  await page.getByRole('searchbox', { name: 'Search' }).fill('GACC');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/en\/sources\?q=GACC/);
  const count = await page.getByTestId('sources-count').innerText();
  const matched = Number(/of (\d+) sources/.exec(count)![1]);
  expect(matched).toBeGreaterThan(0);
  await expect(cards(page)).toHaveCount(Math.min(20, matched));
  // A match may be in the card or in its notes (collapsed): the card's whole text holds the word.
  for (const text of await cards(page).allTextContents()) expect(text.toLowerCase()).toContain('gacc');
});

test('each source says what it backs, with links to where the figures are', async ({ page }) => {
  await page.goto('/en/sources?section=users&kind=official');
  const first = cards(page).first();
  await expect(first.getByTestId('source-backs')).toContainText('Figures it backs');
  const link = first.getByTestId('source-backs').getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^\/en\/users\?series=cnnic-/);
  await expect(link).toHaveText(/, (\d{4}|\d{4}–\d{4})$/);
});

test('a deep link to one source lands on its card, on the page that holds it', async ({ page }) => {
  // A source near the end of the list (the ids are sorted by kind, then id): not on the first page.
  const res = await page.request.get('/api/v1/sources?page=9');
  const last = (await res.json()) as { data: { id: string }[]; meta: { page: number } };
  const id = last.data[last.data.length - 1].id;
  await page.goto(`/en/sources?source=${id}#source-${id}`);
  const card = page.locator(`[id="source-${id}"]`);
  await expect(card).toBeInViewport();
  await expect(page.locator(`[data-source="${id}"]`)).toHaveAttribute('data-current', 'true');
  // An older link with only the fragment is sent to the same page.
  await page.goto(`/zh/sources#source-${id}`);
  await expect(page).toHaveURL(new RegExp(`/zh/sources\\?source=${id}#source-${id}$`));
  await expect(page.locator(`[data-source="${id}"]`)).toBeInViewport();
});

test('a source marker on a section page opens that source', async ({ page }) => {
  await page.goto('/en');
  const marker = page.getByRole('main').locator('a[href*="/sources?source="]').first();
  const href = (await marker.getAttribute('href'))!;
  const id = /source=([^#&]+)/.exec(href)![1];
  await marker.click();
  await expect(page).toHaveURL(/\/en\/sources\?source=/, { timeout: 30_000 });
  await expect(page.locator(`[data-source="${decodeURIComponent(id)}"]`)).toBeInViewport();
});

test('bad parameters get a clear message, not an error page', async ({ page }) => {
  const res = await page.goto('/en/sources?section=weather&page=0');
  expect(res!.status()).toBe(200);
  await expect(page.getByTestId('sources-message')).toContainText('section must be one of');
  await expect(page.getByTestId('sources-message')).toContainText('page');
  await expect(cards(page)).toHaveCount(20);
  await page.goto('/zh/sources?source=no-such-source');
  await expect(page.getByTestId('sources-message')).toContainText('没有名为“no-such-source”的来源');
});

test('paging: the pager moves through the results and marks the current page', async ({ page }) => {
  await page.goto('/en/sources?kind=official');
  const pager = page.getByRole('navigation', { name: 'Pages of sources' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('1');
  await pager.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\/en\/sources\?kind=official&page=2$/);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('2');
  await expect(page.getByTestId('sources-count')).toHaveText(/^21–40 of/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters work as a plain form', async ({ page }) => {
    await page.goto('/zh/sources');
    await page.getByRole('combobox', { name: '页面' }).selectOption('villages');
    await page.getByRole('combobox', { name: '类型' }).selectOption('paper');
    await page.getByRole('button', { name: '显示' }).click();
    await expect(page).toHaveURL(/\/zh\/sources\?q=&section=villages&kind=paper&publisher=$/);
    const n = await cards(page).count();
    expect(n).toBeGreaterThan(0);
    for (const text of await cards(page).allInnerTexts()) expect(text).toContain('研究论文');
    await expect(page.getByTestId('sources-count')).toContainText(`共${n}条匹配来源`);
    // With a page chosen, the compilers' editorial notes of that page are one click away.
    await expect(page.getByTestId('editorial-hint')).toHaveCount(0);
    await page.locator('#editorial-notes ~ details > summary').click();
    await expect(page.getByTestId('note-list').last()).toBeVisible();
  });
});

for (const path of ['/en/sources', '/zh/sources?q=cnnic']) {
  test(`${path} has no serious or critical accessibility violations @mobile`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
