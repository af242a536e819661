import { expect, test, type Page } from '@playwright/test';

// Issue 14 leftovers, item 1: the note numbers drawn on the series charts (lib/charts/note-marks.ts).
// On a phone the points are a few px apart and their numbers ran into each other (users, 2018–2020).
// As a reader gets them: no two drawn labels overlap, none covers a line's end label, and every
// note of the view is drawn — compared with the markers of the view's Table tab, not with the
// props the chart was drawn from.

const VIEWS = [
  { section: 'users', query: '' },
  // the series that carry most numbered notes (data/series/values.csv)
  { section: 'users', query: '?series=cnnic-online-shopping-rate&series=cnnic-online-shoppers&series=cnnic-rural-penetration' },
  { section: 'transactions', query: '' },
  { section: 'transactions', query: '?series=nbs-online-retail-sales&series=nbs-physical-goods-share-of-retail&series=nbs-physical-goods-online-retail-sales' },
];

const SIZES = [
  { name: '1440', viewport: { width: 1440, height: 900 }, tag: [] as string[] },
  { name: '375', viewport: { width: 375, height: 812 }, tag: ['@narrow'] },
];

type Box = { x: number; y: number; width: number; height: number; text: string };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every drawn label's box (the browser's, of the text as painted) and text, per chart. */
async function drawnLabels(page: Page) {
  const charts = page.locator('[data-testid^="series-chart-"] svg[data-chart-surface]');
  await expect(charts.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('svg[data-chart-surface] text[data-note-mark]').first()).toBeVisible();
  return charts.evaluateAll((svgs) =>
    svgs.map((svg) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.textContent ?? '' };
      };
      return { numbers: [...svg.querySelectorAll('text[data-note-mark]')].map(box), ends: [...svg.querySelectorAll('text[data-direct-label]')].map(box) };
    }),
  );
}

for (const size of SIZES) {
  for (const locale of ['en', 'zh'] as const) {
    for (const v of VIEWS) {
      const path = `/${locale}/${v.section}${v.query}`;
      test(`${path} at ${size.name} px: note numbers never overlap each other or an end label; every note of the view is drawn`, { tag: size.tag }, async ({ page }) => {
        await page.setViewportSize(size.viewport);
        await page.goto(path);
        const charts = await drawnLabels(page);
        for (const { numbers, ends } of charts) {
          for (let i = 0; i < numbers.length; i++) {
            expect(numbers[i].width, `"${numbers[i].text}" is drawn`).toBeGreaterThan(0);
            for (let j = i + 1; j < numbers.length; j++) expect(overlap(numbers[i], numbers[j]), `"${numbers[i].text}" ${JSON.stringify(numbers[i])} overlaps "${numbers[j].text}" ${JSON.stringify(numbers[j])}`).toBe(false);
            for (const e of ends) expect(overlap(numbers[i], e), `"${numbers[i].text}" overlaps the end label "${e.text}"`).toBe(false);
          }
        }
        // A label reads "6" or, for points too close for one each, "6,7,8": each number once per label.
        const drawn = charts.flatMap((c) => c.numbers.flatMap((n) => n.text.split(',')));
        for (const n of drawn) expect(n, 'a drawn label is numbers and commas only').toMatch(/^\d+$/);
        for (const c of charts) for (const n of c.numbers) expect(new Set(n.text.split(',')).size, n.text).toBe(n.text.split(',').length);
        // The view's notes as its Table tab marks them, a gap's ("—") included: that one is drawn
        // above the axis at its year.
        await page.goto(`${path}${v.query ? '&' : '?'}tab=table`);
        const rows = await page.locator('tr[data-series][data-period]:has([data-note-marker])').evaluateAll((trs) =>
          trs.map((tr) => ({ notes: [...tr.querySelectorAll('[data-note-marker]')].map((b) => b.getAttribute('data-note-marker')!) })),
        );
        expect(rows.length, 'the view has numbered notes').toBeGreaterThan(0);
        const expected = [...new Set(rows.flatMap((r) => r.notes))];
        expect([...new Set(drawn)].sort((a, b) => +a - +b)).toEqual(expected.sort((a, b) => +a - +b));
      });
    }
  }
}

test('/en/users at 375 px: points a few px apart share one label instead of overlapping', { tag: '@narrow' }, async ({ page }) => {
  // The most-noted series: on a phone some of their numbers must have been merged ("5,6").
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/en/users${VIEWS[1].query}`);
  const charts = await drawnLabels(page);
  expect(charts.flatMap((c) => c.numbers).filter((n) => n.text.includes(',')).length).toBeGreaterThan(0);
});
