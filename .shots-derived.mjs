// Local helper (not committed): screenshots of the charts section and the summary of a few views.
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const { chromium } = require('@playwright/test');
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h, tag] of [[1440, 900, 'desktop'], [375, 812, 'phone']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  for (const [i, path] of paths.entries()) {
    const page = await ctx.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.locator('.recharts-surface').first().waitFor({ timeout: 20000 }).catch(() => {});
    const section = page.locator('section[aria-labelledby="charts-heading"]');
    const box = await section.boundingBox();
    await page.screenshot({ path: `${out}/${tag}-${i}.png`, fullPage: true, clip: { x: 0, y: box.y - 10, width: w, height: Math.min(box.height + 20, tag === 'phone' ? 2600 : 1500) } });
    console.log(`${tag}-${i}.png ${path} errors: ${errors.join(' | ')}`);
    await page.close();
  }
  await ctx.close();
}
await browser.close();
