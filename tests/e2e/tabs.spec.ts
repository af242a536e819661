import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';

// A client navigation on a busy 2-core machine can take longer than the default 5 s to land.
const expect = baseExpect.configure({ timeout: 15_000 });

// Issue 14 item 1: Chart / Map / Table / Sources / Download tabs sharing the view's URL, numbered
// note markers with their note one press away, and exports that are the view's data. What is
// asserted is what a reader gets: the visible panel, the address, the files' content and size,
// the marker's number, the note's text, where focus goes.

const ARTIFACTS = resolve('test-results/tab-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const tabs = (page: Page) => page.getByRole('navigation', { name: 'What to show' });
const tabLink = (page: Page, name: string) => tabs(page).getByRole('link', { name, exact: true });
const panel = (page: Page) => page.getByTestId('tab-panel');

async function expectTab(page: Page, name: string, tab: string) {
  await expect(tabLink(page, name)).toHaveAttribute('aria-current', 'page');
  await expect(tabs(page).locator('[aria-current="page"]')).toHaveCount(1);
  await expect(panel(page)).toHaveAttribute('data-tab', tab);
  await expect(panel(page)).toBeVisible();
}

/** The note's text as the API gives it: the popover must say the same. */
async function noteText(page: Page, seriesId: string, noteId: string): Promise<string> {
  const body = await (await page.request.get(`/api/v1/series/${seriesId}`)).json();
  return body.meta.notes.find((n: { id: string }) => n.id === noteId).textEn;
}

async function downloadFrom(page: Page, link: Locator, name: string): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = `${ARTIFACTS}/${name}`;
  await d.saveAs(path);
  return readFileSync(path);
}

const pngWidth = (file: Buffer) => {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return file.readUInt32BE(16);
};

const serious = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

for (const p of [
  { path: '/en/users', names: ['Chart', 'Table', 'Sources', 'Download'] },
  { path: '/en/transactions', names: ['Chart', 'Table', 'Sources', 'Download'] },
  { path: '/en/villages', names: ['Chart', 'Map', 'Table', 'Sources', 'Download'] },
]) {
  test(`${p.path}: the tabs are links that switch the panel and the address; Back and Forward step through them`, { tag: '@mobile' }, async ({ page }) => {
    test.setTimeout(180_000); // axe on a busy 2-core machine
    await page.goto(p.path);
    await expect(tabs(page).getByRole('link')).toHaveText(p.names);
    await expectTab(page, 'Chart', 'chart');
    await tabLink(page, 'Table').click();
    await expect(page).toHaveURL(/[?&]tab=table$/);
    await expectTab(page, 'Table', 'table');
    await expect(panel(page).getByRole('table').first()).toBeVisible();
    await tabLink(page, 'Sources').click();
    await expect(page).toHaveURL(/[?&]tab=sources$/);
    await expectTab(page, 'Sources', 'sources');
    await expect(page.getByTestId('source-list')).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/[?&]tab=table$/);
    await expectTab(page, 'Table', 'table');
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    await expectTab(page, 'Chart', 'chart');
    await page.goForward();
    await expectTab(page, 'Table', 'table');
    expect(await serious(page)).toEqual([]);
  });
}

test('the tabs work from the keyboard: Tab reaches them, Enter opens one, the shown one is marked', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/villages');
  await tabLink(page, 'Chart').focus();
  await page.keyboard.press('Tab');
  await expect(tabLink(page, 'Map')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/villages\?tab=map$/);
  await expectTab(page, 'Map', 'map');
  await expect(panel(page).getByTestId('map-main')).toBeVisible();
  expect(await serious(page)).toEqual([]);
});

test('the tab shown survives a change of the view (series mode, villages year and sort)', async ({ page }) => {
  await page.goto('/en/users?tab=table');
  await page.getByRole('radio', { name: /Change on previous year/ }).check();
  await expect(page).toHaveURL(/mode=yoy/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  await expectTab(page, 'Table', 'table');
  await expect(page.getByTestId('series-table').locator('thead')).toContainText('Change on previous year');

  await page.goto('/en/villages?tab=table');
  await page.getByTestId('year-select').selectOption('2020');
  await expect(page).toHaveURL(/year=2020/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  await expectTab(page, 'Table', 'table');
  await page.getByRole('link', { name: /Sort by City/ }).click();
  await expect(page).toHaveURL(/sort=city/);
  await expect(page).toHaveURL(/[?&]tab=table(&|$)/);
  // the other tabs carry the view too
  await expect(tabLink(page, 'Map')).toHaveAttribute('href', /year=2020.*sort=city.*tab=map/);
});

test('Download tab: the CSV of the view is the rows on screen, the whole dataset is every series; the tab is not in the export', async ({ page }) => {
  await page.goto('/en/users?series=cnnic-internet-users&from=2015&to=2020&tab=download');
  const displayed = panel(page).getByTestId('csv-displayed');
  await expect(displayed).toHaveAttribute('href', '/api/v1/views/users.csv?series=cnnic-internet-users&from=2015&to=2020');
  const csv = (await downloadFrom(page, displayed, 'users-view.csv')).toString('utf8').replace(/^\uFEFF/, '');
  const rows = csv.trim().split(/\r?\n/);
  expect(rows[0]).toMatch(/^series_id,/);
  // the table tab of the same view lists the same points
  await tabLink(page, 'Table').click();
  await expect(page.getByTestId('series-table').locator('tbody tr')).toHaveCount(rows.length - 1);
  const periods = await page.getByTestId('series-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-period')));
  expect(rows.slice(1).map((r) => r.split(',')[4])).toEqual(periods);

  await tabLink(page, 'Download').click();
  const full = (await downloadFrom(page, panel(page).getByTestId('csv-full'), 'users-full.csv')).toString('utf8');
  expect(full.length).toBeGreaterThan(csv.length);
  for (const id of ['cnnic-internet-users', 'cnnic-mobile-internet-users', 'cnnic-online-shoppers']) expect(full).toContain(`\n${id},`);
});

test('the API and the CSV take the tab and ignore it; a tab the page does not have is a 400 naming it', async ({ request }) => {
  const plain = await request.get('/api/v1/taobao-villages/cities.csv?year=2019&province=330000');
  const tabbed = await request.get('/api/v1/taobao-villages/cities.csv?year=2019&province=330000&tab=map');
  expect(tabbed.status()).toBe(200);
  expect(await tabbed.text()).toBe(await plain.text());
  const json = await (await request.get('/api/v1/taobao-villages/cities?tab=table')).json();
  expect(json.meta.query).not.toHaveProperty('tab');
  expect(json.data).toEqual((await (await request.get('/api/v1/taobao-villages/cities')).json()).data);
  const series = await request.get('/api/v1/views/users.csv?tab=sources');
  expect(await series.text()).toBe(await (await request.get('/api/v1/views/users.csv')).text());
  const bad = await request.get('/api/v1/views/users.csv?tab=map');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toEqual([expect.objectContaining({ path: ['tab'], message: 'tab must be one of: chart, table, sources, download' })]);
});

/** The PNG export's width from the Download tab, at the current viewport. */
async function exportedPngWidth(page: Page, name: string) {
  await page.goto('/en/users?tab=download');
  const frame = page.getByTestId('export-frame').first();
  await expect(frame.locator('svg[data-chart-surface]')).toBeVisible({ timeout: 30_000 });
  const button = frame.getByRole('button', { name: /PNG/ });
  await expect(button).toBeEnabled();
  return pngWidth(await downloadFrom(page, button, name));
}

test('Download tab: chart images are drawn at the fixed export width (720 px chart, 1,536 px PNG)', async ({ page }) => {
  expect(await exportedPngWidth(page, 'users-1440.png')).toBe(1536);
  const svgButton = page.getByTestId('export-frame').first().getByRole('button', { name: /SVG/ });
  const svg = (await downloadFrom(page, svgButton, 'users-1440.svg')).toString('utf8');
  expect(svg).toMatch(/<svg [^>]*width="768"/);
  expect(svg).toContain('<title>');
});

test('Download tab at 375 px: the same image as on a wide screen, not the narrow chart scaled up', { tag: '@narrow' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await exportedPngWidth(page, 'users-375.png')).toBe(1536);
});

test('chart markers: the number is drawn on the point; pressing it shows the note; Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/en/users');
  const chart = page.getByTestId('series-chart-persons-internet-users');
  const drawn = chart.locator('svg[data-chart-surface] text[data-note-mark="1"]');
  await expect(drawn).toBeVisible({ timeout: 30_000 });
  await expect(drawn).toHaveText('1');
  const marker = chart.getByRole('button', { name: 'Note 1', exact: true });
  // the button sits on the drawn number
  const [m, d] = [(await marker.boundingBox())!, (await drawn.boundingBox())!];
  expect(Math.abs(m.x + m.width / 2 - (d.x + d.width / 2))).toBeLessThan(4);
  await marker.click();
  const popover = page.locator('#note-pop-1');
  await expect(popover).toBeVisible();
  await expect(popover.locator('[data-note-text]')).toHaveText(await noteText(page, 'cnnic-internet-users', 'ser-cnnic-2005-secondary'));
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();
  // the image export carries the number too (it is drawn in the SVG)
});

test('table markers: a numbered cell opens its note by keyboard; the note leads to the Sources tab and back to the cell', async ({ page }) => {
  await page.goto('/en/users?tab=table');
  const cell = page.locator('[data-testid="series-table"] tr[data-series="cnnic-internet-users"][data-period="2005"] td').nth(1);
  const marker = cell.getByRole('button', { name: 'Note 1', exact: true });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText('1');
  await marker.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('#note-pop-1');
  await expect(popover).toBeVisible();
  const text = await noteText(page, 'cnnic-internet-users', 'ser-cnnic-2005-secondary');
  await expect(popover).toContainText(text);
  await popover.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();

  await marker.click();
  await popover.getByRole('link', { name: 'All notes and sources' }).click();
  await expect(page).toHaveURL(/\?tab=sources#data-note-1$/);
  await expectTab(page, 'Sources', 'sources');
  const note = page.locator('#data-note-1');
  await expect(note).toBeInViewport();
  await expect(note).toContainText(text);
  await note.getByRole('link', { name: /Back to the table/ }).click();
  await expect(page).toHaveURL(/\?tab=table#note-ref-1$/);
  await expect(page.locator('#note-ref-1')).toBeInViewport();
  await expect(page.locator('#note-ref-1')).toHaveText('1');
});

test('villages: a note every row shares is marked once on the column, a city note on its count', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/en/villages?tab=table');
  const table = page.getByTestId('ranking-table');
  const header = table.locator('thead th').filter({ has: page.locator('[data-sort="villages"]') });
  await expect(header.locator('[data-note-marker]').first()).toBeVisible();
  const shared = await header.locator('[data-note-marker]').allTextContents();
  expect(shared.length).toBeGreaterThan(0);
  const wenzhou = table.locator('tr[data-city="330300"]');
  const own = wenzhou.locator('[data-note-marker]');
  await expect(own.first()).toBeVisible();
  for (const n of await own.allTextContents()) expect(shared).not.toContain(n);
  await own.last().click();
  const popover = page.locator(`#note-pop-${(await own.last().textContent())!.trim()}`);
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('324');
  expect(await serious(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the tabs are links the server answers, the table is there and the filters keep the tab', async ({ page }) => {
    await page.goto('/en/villages');
    await tabLink(page, 'Table').click();
    await expect(page).toHaveURL(/\/en\/villages\?tab=table$/);
    await expectTab(page, 'Table', 'table');
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]').first()).toBeVisible();
    const picker = page.getByTestId('province-picker');
    await picker.locator('summary').click();
    await page.getByRole('checkbox', { name: 'Zhejiang', exact: true }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/province=330000/);
    await expect(page).toHaveURL(/tab=table/);
    await expect(page.locator('[data-testid="ranking-table"] tbody tr[data-city]')).toHaveCount(7);
  });

  test('a table marker opens its note (the popover needs no script)', async ({ page }) => {
    await page.goto('/en/users?tab=table');
    const marker = page.locator('[data-testid="series-table"]').getByRole('button', { name: 'Note 1', exact: true });
    await marker.click();
    await expect(page.locator('#note-pop-1')).toBeVisible();
    await expect(page.locator('#note-pop-1')).toContainText('2005');
  });

  test('the sources and download tabs are whole pages of their own', async ({ page }) => {
    await page.goto('/en/transactions?tab=sources');
    await expectTab(page, 'Sources', 'sources');
    await expect(page.getByTestId('source-list')).toBeVisible();
    await tabLink(page, 'Download').click();
    await expectTab(page, 'Download', 'download');
    await expect(panel(page).getByTestId('csv-displayed')).toHaveAttribute('href', /^\/api\/v1\/views\/transactions\.csv\?/);
    await expect(panel(page).getByTestId('csv-displayed')).not.toHaveAttribute('href', /tab=/);
  });
});
