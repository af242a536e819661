/*
 * Draws the share cards (Open Graph / Twitter images) of both languages into public/og/{en,zh}.png:
 * the site's name and tagline from messages/, the sections' names, and the province map of the
 * atlas itself (lib/map). No figures are drawn, so the cards never go out of date with the data.
 * Run after changing the name, the tagline or the sections: `npm run og:build` (needs Chromium,
 * like the browser tests: /usr/bin/chromium or CHROMIUM_PATH).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { NAV_LINKS } from '../components/layout/nav-links.ts';
import { buildChinaMap } from '../lib/map/china-map.ts';
import { OG_IMAGE_SIZE } from '../lib/page-metadata.ts';

const root = join(import.meta.dirname, '..');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function card(locale: 'en' | 'zh'): string {
  const messages = JSON.parse(readFileSync(join(root, 'messages', locale, 'core.json'), 'utf8'));
  const map = buildChinaMap({ width: 520, height: 440 });
  const provinces = map.provinces.map((p) => `<path d="${p.d}"/>`).join('');
  const sections = NAV_LINKS.filter((l) => l.key !== 'sources')
    .map((l) => `<li>${escape(messages.nav[l.key])}</li>`)
    .join('');
  return `<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>
    body { margin: 0; width: ${OG_IMAGE_SIZE.width}px; height: ${OG_IMAGE_SIZE.height}px; font-family: system-ui, 'Noto Sans CJK SC', sans-serif;
      background: #ffffff; color: #1f2933; display: flex; overflow: hidden; }
    .text { flex: 1; padding: 64px 0 56px 72px; display: flex; flex-direction: column; }
    .mark { width: 64px; height: 64px; margin-bottom: 28px; }
    h1 { font-size: 68px; line-height: 1.05; margin: 0 0 20px; letter-spacing: -0.01em; }
    p { font-size: 30px; line-height: 1.35; color: #52606d; margin: 0; max-width: 560px; }
    ul { list-style: none; padding: 0; margin: auto 0 0; display: flex; flex-wrap: wrap; gap: 10px; max-width: 600px; }
    li { font-size: 21px; border: 2px solid #d9e2ec; border-radius: 999px; padding: 6px 16px; color: #0b5cad; }
    svg.map { width: 520px; height: 440px; margin: 96px 48px 0 0; }
    path { fill: #e6f0fa; stroke: #0b5cad; stroke-width: 0.8; }
  </style></head><body>
    <div class="text"><img class="mark" alt="" src="data:image/svg+xml;base64,${Buffer.from(readFileSync(join(root, 'app', 'icon.svg'))).toString('base64')}"><h1>${escape(messages.meta.siteName)}</h1><p>${escape(messages.meta.tagline)}</p><ul>${sections}</ul></div>
    <svg class="map" viewBox="${map.viewBox}" aria-hidden="true">${provinces}</svg>
  </body></html>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: OG_IMAGE_SIZE, deviceScaleFactor: 1 });
  mkdirSync(join(root, 'public', 'og'), { recursive: true });
  for (const locale of ['en', 'zh'] as const) {
    await page.setContent(card(locale));
    const file = join(root, 'public', 'og', `${locale}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
