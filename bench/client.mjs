// Client-side figures per page in headless Chromium: JavaScript transferred (gzip, as served by
// `next start`), largest contentful paint and cumulative layout shift.   node bench/client.mjs
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { fmt, ROOT, startApp, stopApp, verdict } from './lib.mjs';

const PAGES = ['/en', '/zh', '/en/villages', '/zh/villages', '/en/users', '/en/transactions', '/en/sources', '/en/models', '/en/clusters/wenzhou', '/en/clusters/yongkang', '/en/clusters/cross-border'];
const app = await startApp({ port: 3301, pgPort: 54360, pgDir: resolve(ROOT, '.data/pg-bench-client') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log(['page', 'status', 'JS KB (gzip)', 'LCP ms', 'CLS', 'goals', 'verdict'].join('\t'));
try {
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    let js = 0;
    page.on('requestfinished', async (req) => {
      if (req.resourceType() === 'script') js += (await req.sizes()).responseBodySize;
    });
    await page.addInitScript(() => {
      window.__lcp = 0;
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
    });
    const res = await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const { lcp, cls } = await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
    const kb = js / 1024;
    const ok = res.status() === 200 && kb <= 150 && lcp <= 1000 && cls <= 0.02;
    console.log([path, res.status(), fmt(kb), fmt(lcp, 0), fmt(cls, 3), 'JS≤150 KB, LCP≤1000, CLS≤0.02', verdict(ok)].join('\t'));
    await context.close();
  }
} finally {
  await browser.close();
  await stopApp(app.child);
}
