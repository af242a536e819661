import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { pngInk } from './png-ink.ts';

// Issue 14 items 1 and 5 on the series pages and the models chart's export, as a reader gets them:
// where the chart is drawn on a phone, the controls folded there (and working with and without
// JavaScript, by keyboard), one title per page, note numbers clear of the lines' end labels, and
// an export whose height fits what it draws. Downloads go to test-results/phone-series.
const ARTIFACTS = resolve('test-results/phone-series');
mkdirSync(ARTIFACTS, { recursive: true });

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1440, height: 900 };
const chartSurface = (page: Page) => page.locator('[data-testid^="series-chart-"] svg[data-chart-surface]').first();

const TEXT = {
  en: {
    users: { title: /^Internet users in China, 2004–20\d\d$/, summary: /^3 of 11 series, 2004–20\d\d, Values$/ },
    transactions: { title: /^E-commerce in China, 2013–20\d\d$/, summary: /^3 of \d+ series, 2013–20\d\d, Values$/ },
    from: 'From (year)',
    to: 'To (year)',
  },
  zh: {
    users: { title: /^2004—20\d\d年中国网民规模$/, summary: /^已选3个系列（共11个），2004—20\d\d年，数值$/ },
    transactions: { title: /^2013—20\d\d年中国电子商务$/, summary: /^已选3个系列（共\d+个），2013—20\d\d年，数值$/ },
    from: '起始年份',
    to: '结束年份',
  },
} as const;

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const boxesOf = (items: Locator) => items.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? el.getAttribute('aria-label') ?? '' }; }));

for (const locale of ['en', 'zh'] as const) {
  for (const section of ['users', 'transactions'] as const) {
    const path = `/${locale}/${section}`;

    test.describe(`${path} at 375×812`, { tag: '@narrow' }, () => {
      test.use({ viewport: PHONE });

      test(`${path}: the controls fold into one line and the chart starts within the first screen`, async ({ page }) => {
        await page.goto(path);
        const summary = page.getByTestId('series-controls-summary');
        await expect(summary).toBeVisible();
        await expect(summary).toHaveText(TEXT[locale][section].summary);
        // folded: neither the year fields nor the presets take room above the chart
        await expect(page.getByLabel(TEXT[locale].from)).toBeHidden();
        await expect(page.getByTestId('series-presets')).toBeHidden();
        const chart = chartSurface(page);
        await expect(chart).toBeVisible({ timeout: 30_000 });
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const top = (await chart.boundingBox())!.y;
        expect(top, `the chart starts at ${top} px`).toBeLessThan(450);
        expect(await axe(page).analyze().then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id))).toEqual([]);
      });

      test(`${path}: the folded controls open by keyboard and change the view`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('form[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
        const summary = page.getByTestId('series-controls-summary');
        await summary.focus();
        await page.keyboard.press('Enter');
        const to = page.getByLabel(TEXT[locale].to);
        await expect(to).toBeVisible();
        await expect(page.getByTestId('series-presets')).toBeVisible();
        await to.fill('2020');
        await expect(page).toHaveURL(/[?&]to=2020(&|$)/, { timeout: 20_000 });
        // the form stays open across the new view, and the page's title says the new years
        await expect(to).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toContainText('2020');
        await expect(summary).toContainText('2020');
        expect(await axe(page).analyze().then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id))).toEqual([]);
      });
    });

    test(`${path} at 1440×900: the controls are open without the summary line`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(path);
      await expect(page.getByTestId('series-controls-summary')).toBeHidden();
      await expect(page.getByLabel(TEXT[locale].from)).toBeVisible();
      await expect(page.getByTestId('series-presets')).toBeVisible();
    });

    test(`${path}: one title says what the chart shows; the figure keeps its own name`, async ({ page }) => {
      await page.goto(path);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(TEXT[locale][section].title);
      // no second heading between it and the chart repeats it (there was "Internet users in China,
      // 2004–2025" under "Internet users"): the figure's own title names its series and unit
      const figure = page.getByRole('figure').first();
      await expect(figure).toBeVisible();
      const figureTop = (await figure.boundingBox())!.y;
      const above = await page.getByRole('heading').evaluateAll((hs, top) => hs.filter((h) => h.getBoundingClientRect().top < top).map((h) => h.tagName), figureTop);
      expect(above).toEqual(['H1']);
      // the figure is still named by its series and unit
      const name = await figure.evaluate((f) => document.getElementById(f.getAttribute('aria-labelledby')!)?.textContent ?? '');
      expect(name.length).toBeGreaterThan(5);
      await expect(figure).toHaveAccessibleName(name);
    });

    for (const size of [{ name: '1440', viewport: DESKTOP, tag: [] as string[] }, { name: '375', viewport: PHONE, tag: ['@narrow'] }]) {
      test(`${path} at ${size.name} px: note numbers and their buttons do not cover the lines' end labels`, { tag: size.tag }, async ({ page }) => {
        await page.setViewportSize(size.viewport);
        await page.goto(path);
        const chart = page.locator('[data-testid^="series-chart-"]').first();
        const svg = chart.locator('svg[data-chart-surface]');
        await expect(svg).toBeVisible({ timeout: 30_000 });
        const frame = (await svg.boundingBox())!;
        const labels = await boxesOf(svg.locator('text[data-direct-label]'));
        const numbers = await boxesOf(svg.locator('text[data-note-mark]'));
        const buttons = await boxesOf(chart.locator('button[data-note-marker]'));
        expect(numbers.length).toBeGreaterThan(0);
        if (size.name === '1440') {
          // a wide chart labels its lines at their ends and puts a button over the note numbers
          expect(labels.length).toBeGreaterThan(0);
          expect(buttons.length).toBeGreaterThan(0);
        }
        for (const l of labels)
          for (const m of [...numbers, ...buttons]) expect(intersects(l, m), `note "${m.text}" at ${JSON.stringify(m)} covers the label "${l.text}" at ${JSON.stringify(l)}`).toBe(false);
        // and every number is drawn inside the chart, not cut at its edge
        for (const m of numbers) expect(m.x + m.width, `note "${m.text}"`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      });
    }
  }
}

test.describe('collapsed controls on a phone without JavaScript', { tag: '@narrow' }, () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test('the summary opens the form, and a series is added by submitting it', async ({ page }) => {
    await page.goto('/en/users');
    await expect(page.getByTestId('series-controls-summary')).toHaveText(/^3 of 11 series/);
    await expect(page.getByRole('button', { name: 'Apply' })).toBeHidden();
    await page.getByTestId('series-controls-summary').click();
    await page.getByTestId('series-picker').locator('summary').click();
    await page.getByRole('checkbox', { name: /Internet penetration/ }).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]series=cnnic-internet-penetration(&|$)/);
    await expect(page.getByTestId('series-controls-summary')).toHaveText(/^4 of 11 series/);
  });
});

for (const locale of ['en', 'zh'] as const) {
  test(`/${locale}/models at 375 px: the chart's export is as tall as what it draws`, { tag: '@narrow' }, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/models`);
    const figure = page.locator('figure[aria-labelledby="matrix-chart-title"]');
    const save = async (kind: 'PNG' | 'SVG') => {
      const button = figure.getByRole('button', { name: new RegExp(kind) });
      await expect(button).toBeEnabled({ timeout: 30_000 });
      const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const file = `${ARTIFACTS}/models-375-${locale}.${kind.toLowerCase()}`;
      await d.saveAs(file);
      return readFileSync(file);
    };

    // The PNG: no band of blank rows taller than the gaps between the title, chart and source
    // lines (before: ~300 px, at 2×, under the axis labels), and the source line near the bottom.
    const png = await save('PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const height = png.readUInt32BE(20);
    const { rows } = await pngInk(page, png);
    expect(rows.length).toBe(height);
    const first = rows.indexOf(true);
    const last = rows.lastIndexOf(true);
    let longest = 0;
    for (let y = first, run = 0; y <= last; y++) {
      run = rows[y] ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    expect(longest, `blank band of ${longest} px inside a ${height}-px image`).toBeLessThan(80);
    expect(height - 1 - last, 'blank under the last line').toBeLessThan(2 * 24 + 20);

    // The SVG, opened as a document: its viewBox is its size, and the chart inside ends under its lowest drawing.
    const svg = (await save('SVG')).toString('utf8');
    const viewBox = svg.match(/<svg[^>]* viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/);
    expect(viewBox).not.toBeNull();
    await page.setContent(svg.replace(/^<\?xml[^>]*>\s*/, ''));
    const fit = await page.evaluate(() => {
      const outer = document.querySelector('svg')!;
      const chart = outer.querySelector(':scope > svg')!;
      const frame = chart.getBoundingClientRect();
      let drawn = 0;
      for (const el of chart.querySelectorAll('*')) {
        if (el.childElementCount > 0 || el.closest('defs, clipPath, title')) continue;
        const r = el.getBoundingClientRect();
        if (r.width || r.height) drawn = Math.max(drawn, r.bottom);
      }
      const texts = [...outer.querySelectorAll(':scope > text')].map((t) => t.getBoundingClientRect());
      const below = texts.filter((t) => t.top >= frame.bottom - 1).map((t) => t.top);
      return { chartBottom: frame.bottom, drawn, nextText: Math.min(...below), outerHeight: outer.getBoundingClientRect().height, lastText: Math.max(...texts.map((t) => t.bottom)) };
    });
    expect(Number(viewBox![2])).toBe(Math.round(fit.outerHeight));
    expect(fit.chartBottom - fit.drawn, `the chart's box ends ${fit.chartBottom - fit.drawn} px under its drawing`).toBeLessThan(20);
    expect(fit.nextText - fit.drawn, 'from the axis labels to the source line').toBeLessThan(50);
    expect(fit.outerHeight - fit.lastText).toBeLessThan(40);
  });
}
