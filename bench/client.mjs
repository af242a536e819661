// Client-side figures per page in headless Chromium: JavaScript transferred (gzip, as served by
// `next start`), the HTML document's size, largest contentful paint, cumulative layout shift and
// when the first chart was drawn.
//   node bench/client.mjs            (BENCH_CLIENT_DEBUG=1 lists every script of every page)
//
// Two JavaScript figures, because they answer different questions:
// - "first-load JS" is the goal's figure ("first-load JavaScript per route"): the scripts named in
//   the initial HTML document — its <script src> tags, script preload links, and the chunk lists
//   of the inline RSC payload (the chunks of the client components rendered on the page, which
//   the browser loads before hydrating). Nothing else counts, whenever it is fetched: a chunk that
//   a component imports with next/dynamic after hydration (the charts) is not first-load JS, and
//   the chart column shows when such a chart was actually drawn.
// - "total JS" is every script fetched until the network is idle: lazily loaded chunks and the
//   chunks Next.js prefetches for the links in view included. It is what a visit costs on a
//   metered connection, but it grows with the number of links on the page.
// "Recharts" says whether the chart library's chunk (recognised by the class name
// `recharts-cartesian-axis`, which only the library's code contains) is in the first-load set,
// loaded later, or not loaded at all.
// HTML is the document as served: its bytes and its gzip size (the app compresses when asked).
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, ROOT, startApp, stopApp, verdict } from './lib.mjs';

//   BENCH_CLIENT_PAGES=/en/models,/zh/models node bench/client.mjs   only these pages
//   BENCH_CLIENT_PORT=3411 BENCH_CLIENT_PG_PORT=54611 node bench/client.mjs   other ports (default 3301 / 54360)
const PAGES = process.env.BENCH_CLIENT_PAGES?.split(',').filter(Boolean) ?? [
  '/en', '/zh', '/en/villages', '/zh/villages', '/en/users', '/en/transactions', '/en/sources', '/en/models', '/en/clusters/wenzhou',
  '/en/clusters/yongkang', '/en/clusters/yongkang?tab=mediation', '/en/clusters/cross-border',
];
const DEBUG = process.env.BENCH_CLIENT_DEBUG === '1';
//   BENCH_CLIENT_URL=http://127.0.0.1:3410 node bench/client.mjs   measures a server already running (e.g. a build of main beside one of a branch)
const app = process.env.BENCH_CLIENT_URL
  ? { url: process.env.BENCH_CLIENT_URL, child: null }
  : await startApp({ port: Number(process.env.BENCH_CLIENT_PORT ?? 3301), pgPort: Number(process.env.BENCH_CLIENT_PG_PORT ?? 54360), pgDir: resolve(ROOT, '.data/pg-bench-client') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const kb = (bytes) => fmt(bytes / 1024);
console.log(['page', 'status', 'first-load JS KB (gzip)', 'total JS KB incl. lazy + prefetch (gzip)', 'Recharts', 'HTML KB', 'HTML KB (gzip)', 'LCP ms', 'LCP element', 'CLS', 'chart drawn ms', 'goals', 'verdict'].join('\t'));

/** Script paths the initial HTML names: <script src>, preload links, and chunk paths in the inline RSC payload. */
function scriptsNamedIn(html) {
  const named = new Map();
  const add = (url, how) => {
    const pathname = new URL(url.replaceAll('&amp;', '&'), 'http://x').pathname;
    if (pathname.endsWith('.js') && !named.has(pathname)) named.set(pathname, how);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1], 'script');
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href && /\brel="(preload|modulepreload)"/.test(m[0])) add(href[1], 'preload');
  }
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const c of m[1].matchAll(/(?:\/_next\/)?static\/[^"'\\\s]+?\.js/g)) add(c[0].startsWith('/') ? c[0] : `/_next/${c[0]}`, 'rsc');
  }
  return named;
}
try {
  for (const path of PAGES) {
    const url = `${app.url}${path}`;
    // The document exactly as the browser gets it, uncompressed; its gzip size is what goes over the wire.
    const html = Buffer.from(await fetch(url, { headers: { 'accept-encoding': 'identity' } }).then((r) => r.arrayBuffer()));
    const htmlText = html.toString('utf8');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push({ req, at: performance.now(), bytes: 0 });
    });
    const done = [];
    page.on('requestfinished', (req) => {
      const s = scripts.find((x) => x.req === req);
      if (s) {
        done.push(req.sizes().then((z) => (s.bytes = z.responseBodySize)));
        done.push(req.response().then((r) => r?.text()).then((body) => (s.recharts = body?.includes('recharts-cartesian-axis') ?? false), () => {}));
      }
    });
    await page.addInitScript(() => {
      window.__lcp = 0;
      window.__lcpNode = '';
      window.__cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          window.__lcp = e.startTime;
          const n = e.element;
          window.__lcpNode = n ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.getAttribute?.('data-testid') ? `[${n.getAttribute('data-testid')}]` : ''}` : '(removed)';
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
      // When the first chart surface appears (ms since navigation start): our own SVG charts mark theirs, Recharts has its class.
      window.__chart = null;
      const seen = new MutationObserver(() => {
        if (document.querySelector('svg[data-chart-surface], svg.recharts-surface')) {
          window.__chart = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    const res = await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await Promise.all(done);
    const { lcp, lcpNode, cls, chart } = await page.evaluate(() => ({ lcp: window.__lcp, lcpNode: window.__lcpNode, cls: window.__cls, chart: window.__chart }));
    const named = scriptsNamedIn(htmlText);

    let firstLoad = 0;
    let total = 0;
    const recharts = new Set();
    for (const s of scripts) {
      const pathname = new URL(s.req.url()).pathname;
      const how = named.get(pathname);
      total += s.bytes;
      if (how) firstLoad += s.bytes;
      if (s.recharts) recharts.add(how ? 'FIRST-LOAD' : 'later');
      if (DEBUG) console.log(`  ${how ? `first (${how})` : 'later'}\t${kb(s.bytes)} KB\t${fmt(s.at - t0, 0)} ms\t${s.recharts ? 'recharts\t' : ''}${pathname}`);
    }
    const ok = res.status() === 200 && firstLoad / 1024 <= 150 && lcp <= 1000 && cls <= 0.02;
    console.log([path, res.status(), kb(firstLoad), kb(total), [...recharts].join('+') || 'none', kb(html.length), kb(gzipSync(html).length), fmt(lcp, 0), lcpNode, fmt(cls, 3), chart === null ? '—' : fmt(chart, 0), 'first-load JS≤150 KB, LCP≤1000, CLS≤0.02', verdict(ok)].join('\t'));
    await context.close();
  }
} finally {
  await browser.close();
  if (app.child) await stopApp(app.child);
}
