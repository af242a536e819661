// Client-side figures per page in headless Chromium: JavaScript transferred (gzip, as served by
// `next start`), the HTML document's size, largest contentful paint and cumulative layout shift.
//   node bench/client.mjs            (BENCH_CLIENT_DEBUG=1 lists every script of every page)
//
// Two JavaScript figures, because they answer different questions:
// - "first-load JS" is the goal's figure ("first-load JavaScript per route"): the scripts the page
//   itself needs — every script whose URL appears in the initial HTML document (its <script> tags,
//   preload links and the chunk lists of the inline RSC payload, which is where chunks of client
//   components rendered on the page, including lazily loaded ones, are named), plus any other
//   script fetched before the load event. Once the page is idle, Next.js prefetches the routes
//   of the links in view and loads their chunks; those are fetched later and are not named in the
//   document, so they are not first-load JS.
// - "total JS" is every script fetched until the network is idle, prefetched chunks included: what
//   a visit costs on a metered connection, but it grows with the number of links on the page.
// HTML is the document as served: its bytes and its gzip size (the app compresses when asked).
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, ROOT, startApp, stopApp, verdict } from './lib.mjs';

const PAGES = ['/en', '/zh', '/en/villages', '/zh/villages', '/en/users', '/en/transactions', '/en/sources', '/en/models', '/en/clusters/wenzhou', '/en/clusters/yongkang', '/en/clusters/cross-border'];
const DEBUG = process.env.BENCH_CLIENT_DEBUG === '1';
const app = await startApp({ port: 3301, pgPort: 54360, pgDir: resolve(ROOT, '.data/pg-bench-client') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const kb = (bytes) => fmt(bytes / 1024);
console.log(['page', 'status', 'first-load JS KB (gzip)', 'total JS KB incl. prefetch (gzip)', 'HTML KB', 'HTML KB (gzip)', 'LCP ms', 'LCP element', 'CLS', 'goals', 'verdict'].join('\t'));
try {
  for (const path of PAGES) {
    const url = `${app.url}${path}`;
    // The document exactly as the browser gets it, uncompressed; its gzip size is what goes over the wire.
    const html = Buffer.from(await fetch(url, { headers: { 'accept-encoding': 'identity' } }).then((r) => r.arrayBuffer()));
    const htmlText = html.toString('utf8');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const scripts = [];
    let loadedAt = Infinity;
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push({ req, at: performance.now(), bytes: 0 });
    });
    page.on('load', () => (loadedAt = performance.now()));
    const done = [];
    page.on('requestfinished', (req) => {
      const s = scripts.find((x) => x.req === req);
      if (s) done.push(req.sizes().then((z) => (s.bytes = z.responseBodySize)));
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
    });
    const res = await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await Promise.all(done);
    const { lcp, lcpNode, cls } = await page.evaluate(() => ({ lcp: window.__lcp, lcpNode: window.__lcpNode, cls: window.__cls }));

    let firstLoad = 0;
    let total = 0;
    for (const s of scripts) {
      const pathname = new URL(s.req.url()).pathname;
      const first = htmlText.includes(pathname) || s.at <= loadedAt;
      total += s.bytes;
      if (first) firstLoad += s.bytes;
      if (DEBUG) console.log(`  ${first ? 'first' : 'later'}\t${kb(s.bytes)} KB\t${pathname}`);
    }
    const ok = res.status() === 200 && firstLoad / 1024 <= 150 && lcp <= 1000 && cls <= 0.02;
    console.log([path, res.status(), kb(firstLoad), kb(total), kb(html.length), kb(gzipSync(html).length), fmt(lcp, 0), lcpNode, fmt(cls, 3), 'first-load JS≤150 KB, LCP≤1000, CLS≤0.02', verdict(ok)].join('\t'));
    await context.close();
  }
} finally {
  await browser.close();
  await stopApp(app.child);
}
