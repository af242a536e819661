import { expect, test } from '@playwright/test';

// Every page, in both languages, renders and hydrates under the production Content-Security-Policy
// (server/security-headers.mjs) without a single violation reported by Chromium.
const PAGES = ['', '/villages', '/transactions', '/users', '/models', '/sources', '/clusters/wenzhou', '/clusters/yongkang', '/clusters/cross-border', '/admin/import', '/embed/users', '/embed/transactions', '/embed/villages'];

for (const locale of ['en', 'zh'] as const) {
  for (const path of PAGES) {
    test(`no CSP violation on /${locale}${path}`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const seen = ((window as unknown as { __csp?: string[] }).__csp ??= []);
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      const response = await page.goto(`/${locale}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).not.toContain('unsafe-eval');
      // Hydrated: the client-side router has booted (Next sets window.next once it has).
      await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === 'object')).toBe(true);
      violations.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
      expect(violations).toEqual([]);
    });
  }
}
