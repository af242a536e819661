import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

const TABLES = ['sample', 'items', 'reliability', 'validity', 'fit', 'paths', 'mediation'] as const;
const GAP = '—';
const view = (locale: string, tab?: string) => `/${locale}/clusters/yongkang${tab ? `?tab=${tab}` : ''}`;

type DomTable = { columns: string[]; types: string[]; rows: { raw: string; text: string }[][] };

/** The table as rendered: column keys from the header, and per cell the CSV text it carries and the visible text. */
async function domTable(page: Page, id: string): Promise<DomTable> {
  return page.getByTestId(`table-${id}`).evaluate((table) => {
    const columns = [...table.querySelectorAll('thead th[data-column]')].map((th) => th.getAttribute('data-column')!);
    const rows = [...table.querySelectorAll('tbody tr[data-row]')].map((tr) =>
      [...tr.querySelectorAll('[data-col]')].map((c) => ({ raw: c.getAttribute('data-raw') ?? '', text: (c.querySelector('[data-cell]')?.textContent ?? '').trim() })),
    );
    return { columns, types: [], rows };
  });
}

async function tableCsv(page: Page, id: string) {
  const href = await page.getByTestId(`csv-${id}`).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

const cases = [
  { locale: 'en', h1: /Yongkang hardware cluster/, yes: 'Yes', no: 'No', distributed: '285', gfiRegion: /^Table 3.*scrolls sideways/ },
  { locale: 'zh', h1: /永康五金产业集群/, yes: '是', no: '否', distributed: '285', gfiRegion: /^表3.*可横向滚动/ },
] as const;

for (const c of cases) {
  test(`${c.locale}: the path diagram renders as an accessible server SVG with every path of Table 4`, async ({ page }) => {
    await page.goto(`/${c.locale}/clusters/yongkang`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.h1);
    const svg = page.getByTestId('path-diagram');
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('title')).not.toBeEmpty();
    await expect(svg.locator('desc')).toContainText('0.392');
    await expect(svg.locator('[data-node]')).toHaveCount(5);
    const labels = await svg.locator('[data-path]').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-path')} ${g.querySelector('text')!.textContent}`));
    expect(labels.sort()).toEqual(['F1→M 0.157*', 'F1→Y 0.094', 'F2→M 0.374***', 'F2→Y 0.392***', 'F3→M 0.343***', 'F3→Y 0.303***', 'M→Y 0.318***']);
    // The paths table is the diagram's text alternative, on its own tab, linked from the figure.
    await expect(page.getByTestId('diagram-alternative')).toHaveAttribute('href', `${view(c.locale, 'paths')}#section-paths`);
    await page.getByTestId('diagram-alternative').click();
    await expect(page).toHaveURL(new RegExp(`\\?tab=paths#section-paths$`));
    await expect(page.getByTestId('table-paths').locator('tbody tr')).toHaveCount(7);
    await expect(page.locator('[data-testid="yongkang-views"] [aria-current="page"]')).toHaveAttribute('data-tab', 'paths');
  });

  test(`${c.locale}: the overview leads with the figures and lists every table, each on a tab of its own`, async ({ page }) => {
    await page.goto(view(c.locale));
    await expect(page.getByTestId('prose-figures')).toBeVisible();
    await expect(page.getByTestId('path-diagram')).toBeVisible();
    // No table of the paper on the first view: each is one link away.
    await expect(page.locator('table[data-testid^="table-"]')).toHaveCount(0);
    const tabs = page.getByTestId('yongkang-views').locator('a[data-tab]');
    expect(await tabs.evaluateAll((as) => as.map((a) => a.getAttribute('data-tab')))).toEqual(['overview', ...TABLES]);
    await expect(tabs.first()).toHaveAttribute('aria-current', 'page');
    const list = page.getByTestId('tables-list').locator('a');
    expect(await list.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(TABLES.map((id) => view(c.locale, id)));
    await expect(page.getByTestId('sample-table-link')).toHaveAttribute('href', view(c.locale, 'sample'));
  });

  test(`${c.locale}: old links to a table or to one of its notes reach the table's tab`, async ({ page }) => {
    await page.goto(`${view(c.locale)}#fit-note-yk-fit-gfi-called-cfi`);
    await expect(page).toHaveURL(new RegExp(`\\?tab=fit#fit-note-yk-fit-gfi-called-cfi$`));
    await expect(page.locator('#fit-note-yk-fit-gfi-called-cfi')).toBeInViewport();
    await page.goto(`${view(c.locale)}#section-mediation`);
    await expect(page).toHaveURL(new RegExp(`\\?tab=mediation#section-mediation$`));
    await expect(page.getByTestId('table-mediation')).toBeVisible();
    // The sample section and the figures stay on the overview.
    await page.goto(`${view(c.locale)}#section-sample`);
    await expect(page.getByTestId('sample-stats')).toBeInViewport();
    expect(new URL(page.url()).search).toBe('');
  });

  test(`${c.locale}: every table renders and its CSV equals the table on the page`, async ({ page }) => {
    test.setTimeout(180_000);
    const expectedRows = { sample: 16, items: 24, reliability: 5, validity: 5, fit: 6, paths: 7, mediation: 9 };
    for (const id of TABLES) {
      await page.goto(view(c.locale, id));
      await expect(page.locator('table[data-testid^="table-"]'), `only ${id} on its tab`).toHaveCount(1);
      const table = page.getByTestId(`table-${id}`);
      await expect(table, id).toBeVisible();
      const dom = await domTable(page, id);
      expect(dom.rows, id).toHaveLength(expectedRows[id]);
      const csv = await tableCsv(page, id);
      expect(csv[0], `${id} header`).toEqual(dom.columns);
      expect(csv.length - 1, `${id} rows`).toBe(dom.rows.length);
      dom.rows.forEach((cells, i) => {
        const line = csv[i + 1]!;
        expect(cells.map((x) => x.raw), `${id} row ${i}`).toEqual(line);
        cells.forEach((cell, j) => {
          const value = line[j]!;
          const where = `${id} row ${i} ${dom.columns[j]}`;
          if (value === '') expect([GAP, ''], where).toContain(cell.text);
          else if (value === 'true' || value === 'false') expect(cell.text, where).toContain(value === 'true' ? c.yes : c.no);
          else if (/^-?\d+(\.\d+)?$/.test(value)) expect(Number(cell.text.replace(/,/g, '')), where).toBe(Number(value));
          else if (!['effect', 'judgment_printed', 'outcome_printed', 'dimension'].includes(dom.columns[j]!)) expect(cell.text, where).toBe(value);
        });
      });
    }
  });

  test(`${c.locale}: sample, charts and notes next to the values they concern`, async ({ page }) => {
    /** Every marker of the view points at a note that exists on it. */
    const markersResolve = async () => {
      const targets = await page.locator('a[data-note]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      for (const id of new Set(targets)) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    };
    await page.goto(view(c.locale));
    await expect(page.getByTestId('sample-distributed')).toHaveText(c.distributed);
    await expect(page.getByTestId('sample-returned')).toHaveText('254');
    await expect(page.getByTestId('sample-valid')).toHaveText('233');
    for (const d of ['education', 'yearsInCrossBorderEcommerce', 'unitType', 'job']) {
      await expect(page.getByTestId(`chart-${d}`).locator('svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
    }
    await expect(page.getByTestId('chart-education')).toHaveAttribute('data-points', 'education|0:21,education|1:68,education|2:11');
    // Prose figures with their source, and the link to national scale.
    await expect(page.getByTestId('prose-figures').locator('[data-figure]')).toHaveCount(5);
    await expect(page.getByTestId('prose-figures')).toContainText(c.locale === 'zh' ? 'Zhu与Lu的永康论文' : "Zhu and Lu's Yongkang paper");
    await expect(page.getByTestId('transactions-link')).toHaveAttribute('href', `/${c.locale}/transactions`);
    await markersResolve();

    await page.goto(view(c.locale, 'fit'));

    // GFI 0.884 carries a marker linking to the note on the prose calling it "CFI".
    const gfi = page.getByTestId('table-fit').locator('tr[data-row="GFI"] [data-col="value"]');
    await expect(gfi.locator('[data-cell]')).toHaveText('0.884');
    const marker = gfi.locator('a[data-note="yk-fit-gfi-called-cfi"]');
    await marker.click();
    await expect(page.locator('#fit-note-yk-fit-gfi-called-cfi')).toBeVisible();
    await expect(page.locator('#fit-note-yk-fit-gfi-called-cfi')).toContainText('CFI');

    await markersResolve();

    // The OCR-damaged alphas and T14's missing loading keep the printed value with a note.
    await page.goto(view(c.locale, 'items'));
    const items = page.getByTestId('table-items');
    await expect(items.locator('tr[data-row="Y2"] [data-col="alpha_printed"] [data-cell]')).toHaveText('0.042');
    await expect(items.locator('tr[data-row="Y2"] [data-col="alpha_printed"] a[data-note="yk-alpha-y-0042"]')).toBeVisible();
    await expect(items.locator('tr[data-row="T14"] [data-col="loading"] [data-cell]')).toHaveText(GAP);
    await expect(items.locator('tr[data-row="T14"] [data-col="loading"] a[data-note="yk-t14-no-loading"]')).toBeVisible();
    await markersResolve();
    await page.goto(view(c.locale, 'reliability'));
    const reliability = page.getByTestId('table-reliability');
    await expect(reliability.locator('tr[data-row="F3"] [data-col="alpha_printed_1"] [data-cell]')).toHaveText('0.964');
    await expect(reliability.locator('tr[data-row="F3"] [data-col="alpha_printed_2"] [data-cell]')).toHaveText('0.864');

    await markersResolve();

    // Table 5 keeps its shares; the prose's swapped F3 shares sit beside them with the note.
    await page.goto(view(c.locale, 'mediation'));
    const f3Direct = page.getByTestId('table-mediation').locator('tr[data-row="F3→M→Y|direct"]');
    await expect(f3Direct.locator('[data-col="proportion_pct"] [data-cell]')).toHaveText('73.49');
    await expect(f3Direct.locator('[data-col="share_in_prose_pct"] [data-cell]')).toHaveText('26.52');
    await expect(f3Direct.locator('[data-col="share_in_prose_pct"] a[data-note="yk-f3-shares-swapped"]')).toBeVisible();
    await expect(f3Direct.locator('[data-col="point_estimate"] [data-cell]')).toHaveText('0.280');

    await markersResolve();
    // Table 2's M and Y rows repeat Table 4's estimates: flagged in the cells.
    await page.goto(view(c.locale, 'validity'));
    await expect(page.getByTestId('table-validity').locator('tr[data-row="Y"] [data-col="M"] a[data-note="yk-table2-equals-paths"]')).toBeVisible();
    await markersResolve();
    for (const id of ['paths', 'sample']) {
      await page.goto(view(c.locale, id));
      await markersResolve();
    }
  });

  test(`${c.locale}: no serious or critical accessibility violations`, { tag: c.locale === 'en' ? '@mobile' : [] }, async ({ page }) => {
    test.setTimeout(240_000); // the overview and the seven tables: axe needs time on a loaded machine
    await page.goto(view(c.locale));
    await expect(page.getByTestId('chart-job').locator('svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
    for (const id of [undefined, ...TABLES]) {
      if (id) await page.goto(view(c.locale, id));
      const results = await axe(page).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${id ?? 'overview'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test(`${c.locale}: at 375 px the path diagram is stacked to fit, unscrolled, with every path coefficient of the API and ≥ 11-px text`, { tag: '@narrow' }, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(view(c.locale));
    const svg = page.getByTestId('path-diagram-phone');
    await expect(svg).toBeVisible();
    // the wide layout is not displayed (so not read twice) and the phone one is named by its title and description
    await expect(page.getByTestId('path-diagram')).toBeHidden();
    // named like the wide one, by its <title> and <desc> (the paths in words), read through aria-labelledby
    const wideName = await page.getByTestId('path-diagram').evaluate((el) => el.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' '));
    expect(wideName).toContain('0.392');
    await expect(svg).toHaveAccessibleName(wideName);
    // no horizontal overflow: the diagram lies inside its frame, and the frame does not scroll sideways
    const frame = svg.locator('xpath=..');
    expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const [box, outer] = [(await svg.boundingBox())!, (await frame.boundingBox())!];
    expect(box.x).toBeGreaterThanOrEqual(outer.x);
    expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // every drawn text is inside the diagram and at least 11 px tall as rendered
    const texts = await svg.locator('text').evaluateAll((ts) =>
      (ts as SVGTextElement[]).map((t) => {
        const owner = t.ownerSVGElement!;
        const scale = owner.getBoundingClientRect().width / owner.viewBox.baseVal.width;
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale, right: r.right, left: r.left };
      }),
    );
    for (const t of texts) {
      expect(t.px, `"${t.text}" at ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
      expect(t.left, `"${t.text}"`).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(t.right, `"${t.text}"`).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    // the same paths, coefficients and marks as the API's Table 4, each drawn and visible
    const api = await (await page.request.get('/api/v1/clusters/yongkang/sem/paths')).json();
    const expected = (api.data as { estimate: number; sig_printed: string }[]).map((r) => r.estimate).sort();
    const labels = await svg.locator('[data-path] text').evaluateAll((ts) => ts.map((t) => ({ text: t.textContent ?? '', w: t.getBoundingClientRect().width })));
    expect(labels.every((l) => l.w > 0)).toBe(true);
    expect(labels.map((l) => Number(l.text.replace(/[*]+$/, ''))).sort()).toEqual(expected);
    // the marks as on the wide diagram (same source: Table 4)
    const wide = await page.getByTestId('path-diagram').locator('[data-path] text').allTextContents();
    expect(labels.map((l) => l.text).sort()).toEqual(wide.sort());
    await expect(svg.locator('[data-path] path[stroke-dasharray]')).toHaveCount(await page.getByTestId('path-diagram').locator('[data-path] path[stroke-dasharray]').count());
    await expect(svg.locator('[data-node]')).toHaveCount(5);
  });

  test(`${c.locale}: fits a 375 px screen without horizontal page scrolling; wide tables scroll inside a focusable region`, { tag: '@narrow' }, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(view(c.locale));
    await expect(page.getByTestId('chart-job').locator('svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
    for (const id of [undefined, ...TABLES]) {
      if (id) await page.goto(view(c.locale, id));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, id ?? 'overview').toBeLessThanOrEqual(0);
    }
    await page.goto(view(c.locale, 'fit'));
    const region = page.getByRole('region', { name: c.gfiRegion });
    await expect(region).toHaveAttribute('tabindex', '0');
    const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrolls).toBe(true);
  });
}

test('the JSON link of a table returns its rows and notes', async ({ page }) => {
  await page.goto(view('en', 'paths'));
  const href = await page.getByTestId('json-paths').getAttribute('href');
  const response = await page.request.get(href!);
  const body = await response.json();
  expect(body.meta.table).toBe('paths');
  expect(body.data).toHaveLength(7);
  expect(body.meta.notes.map((n: any) => n.id)).toContain('yk-table4-significance-level');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the diagram and the tables are server-rendered, each table reached by its link', async ({ page }) => {
    await page.goto(view('en'));
    await expect(page.getByTestId('path-diagram').locator('[data-path]')).toHaveCount(7);
    for (const id of TABLES) {
      await page.getByTestId('yongkang-views').locator(`a[data-tab="${id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`\\?tab=${id}$`));
      await expect(page.getByTestId(`table-${id}`)).toBeVisible();
    }
    await page.getByTestId('yongkang-views').locator('a[data-tab="overview"]').click();
    await expect(page.getByTestId('path-diagram')).toBeVisible();
  });

  test('an old link to a table lands on its entry in the list of tables', async ({ page }) => {
    await page.goto(`${view('en')}#section-paths`);
    const entry = page.locator('#section-paths');
    await expect(entry).toBeInViewport();
    await expect(entry.locator('a')).toHaveAttribute('href', view('en', 'paths'));
  });

  test('an unknown view shows the overview and says so', async ({ page }) => {
    await page.goto(`${view('en')}?tab=nope`);
    await expect(page.getByTestId('invalid-view')).toContainText('nope');
    await expect(page.getByTestId('view-panel')).toHaveAttribute('data-tab', 'overview');
  });
});
