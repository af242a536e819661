import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Issue 14, "provenance in the reader's language": no page, chart export or citation shows a reader
// our internal vocabulary — a source id, a seed number or file, a data or research file, a
// repository path, a field name. Ids stay machine keys (URLs, API, CSV, element ids), which this
// test does not read: it reads what a reader sees (rendered text with every disclosure opened, SVG
// text, title and aria-label attributes). One load per path and locale, at 1440 px.

const SOURCE_IDS: string[] = (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { id: string }[]).map((s) => s.id);

const PATHS = [
  '', // home
  '/users',
  '/transactions',
  '/villages',
  '/clusters/yongkang',
  '/clusters/wenzhou',
  '/clusters/wenzhou?tab=index',
  '/clusters/cross-border',
  '/models',
  '/sources',
  '/admin/import',
  '/no-such-page',
  '/embed/users',
  '/embed/transactions',
  '/embed/villages',
  // The other tabs of the data pages (Chart is the default above): tables, notes, downloads.
  '/users?tab=table',
  '/users?tab=sources',
  '/transactions?tab=table',
  '/transactions?tab=sources',
  '/transactions?tab=download',
  '/villages?tab=map',
  '/villages?tab=table',
  '/villages?tab=sources',
  '/villages?tab=download',
  '/sources?page=2',
  // The Yongkang page's tables, each on a tab of its own.
  ...['sample', 'items', 'reliability', 'validity', 'fit', 'paths', 'mediation'].map((tab) => `/clusters/yongkang?tab=${tab}`),
  // The models page's reference material, each on a tab of its own (the chart and guide are '/models').
  ...['models', 'platforms', 'sources'].map((tab) => `/models?tab=${tab}`),
];

const PATTERNS: [string, RegExp][] = [
  ['a seed number or file', /\bseed\s*(?:paper\s*)?\d{3}\b|\bseed (?:text|file)s?\b|种子(?:文献|论文|文件|文本)/i],
  ['a seed file', /\d{3}_[0-9a-f]{16}(?:\.txt)?/],
  // An API address (/api/v1/models.csv) is a machine key a reader may use, and "<file.csv>" the
  // admin page's command-line placeholder; a bare file name is ours.
  ['a data, research or text file name', /(?<![</\w-])[\w-]+\.(?:json|csv|txt|md)\b/],
  ['a repository path', /\bshared\/|\bdata\/(?:clusters|models|series|notes|sources)/],
  ['the research collection', /public-series/],
  ['a field name', /\balsoQuotes\b|\bquote\s*\/\s*alsoQuotes|\*Zh\b|\b[a-z]+(?:[A-Z][a-z]+)*Zh\b|\b(?:whereRead|asReportedBy|seedFile|sourceId|textEn|noteIds)\b/],
  ['a research-note section mark', /§\s*\d/],
];

/** Every internal identifier in a text, with what it is. */
function internalIdentifiers(text: string): string[] {
  const found: string[] = [];
  for (const [what, pattern] of PATTERNS) {
    const m = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const hit of text.matchAll(m)) found.push(`${what}: “${context(text, hit.index!, hit[0].length)}”`);
  }
  for (const id of SOURCE_IDS) {
    // As a whole token: ids are kebab-case, so a hyphen or letter next to it means a longer word.
    const m = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const hit of text.matchAll(m)) found.push(`a source id: “${context(text, hit.index!, hit[0].length)}”`);
  }
  return found;
}
const context = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 40), at + length + 40).replace(/\s+/g, ' ');

/** What a reader can see on the page: its text with every disclosure opened, SVG text, tooltips and accessible names. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const parts = [document.title, document.body.innerText];
    for (const t of document.querySelectorAll('svg text')) parts.push(t.textContent ?? '');
    for (const el of document.querySelectorAll('[title], [aria-label]')) parts.push(el.getAttribute('title') ?? '', el.getAttribute('aria-label') ?? '');
    return parts.join('\n');
  });
}

for (const locale of ['en', 'zh'] as const) {
  for (const path of PATHS) {
    test(`${locale}${path || ' home'}: no internal identifier in what a reader sees`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200);
      expect(internalIdentifiers(await visibleText(page))).toEqual([]);
    });
  }
}

test('the self-test: each kind of identifier is caught', () => {
  for (const text of ['seed 003', '003_be2a22baed7387ac.txt', 'platform-types.json', 'shared/data', 'public-series.md §4a', 'quote / alsoQuotes', 'every *Zh field', 'nameZh', `[${SOURCE_IDS[0]}]`, '种子文献001', 'the cited seed text', '种子文本']) {
    expect(internalIdentifiers(text), text).not.toEqual([]);
  }
  expect(internalIdentifiers('Source: CNNIC, Statistical Report on Internet Development in China (Table 4); quote from the paper')).toEqual([]);
});

test('a chart export and the citation name their sources in words', async ({ page }) => {
  // The image exports are on the Download tab, the citation on the Sources tab.
  await page.goto('/en/users?tab=download');
  const figure = page.locator('[data-testid="export-frame"]:has(figure[aria-labelledby="chart-persons-internet-users-title"])');
  const button = figure.getByRole('button', { name: /SVG/ });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toContain('Source: CNNIC');
  expect(internalIdentifiers(svg.replace(/<[^>]+>/g, ' '))).toEqual([]);

  await page.goto('/en/users?tab=sources');
  const cite = page.locator('details', { has: page.getByTestId('cite-apa') });
  await cite.locator('summary').click();
  for (const format of ['apa', 'bibtex', 'gbt']) {
    const text = await page.getByTestId(`cite-${format}`).innerText();
    expect(text).toContain('Cluster Atlas');
    expect(text).toMatch(/China Internet Network Information Center|CNNIC/);
    expect(internalIdentifiers(text), format).toEqual([]);
  }
  expect(await page.getByTestId('cite-gbt').innerText()).toMatch(/\[DS\/OL\]\. \(\d{4}\)\[\d{4}-\d{2}-\d{2}\]/);
});
