import type { Page } from '@playwright/test';

// What a reader of a /zh page sees or hears, collected in the browser, and the two checks the
// Chinese pages must pass on it (issue 14 item 6): no English interface text and no ASCII
// punctuation inside Chinese text. Shared by tests/e2e/zh-complete.spec.ts and the count in
// docs/performance.md ("English text on /zh").

export type Finding = { kind: 'english' | 'punctuation'; where: string; text: string };

export type ReaderText = { where: string; text: string; context?: string };

/**
 * Every visible text node (collapsed <details> opened first, so their content counts too; visually
 * hidden screen-reader text counts as well), SVG <text>/<title>, and the aria-label, title, alt and
 * placeholder attributes — except inside [lang=en] (legitimately English content: a paper's own
 * title, a quoted passage, the link to the English site) and inside code (<code>, <pre>: the embed
 * snippet, addresses).
 */
export async function readerTexts(page: Page): Promise<ReaderText[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const skipped = (el: Element | null) => !el || !!el.closest(':lang(en), code, pre, script, style, noscript, template');
    const visible = (el: Element) => {
      // An SVG <title> is the graphic's name: it counts when the graphic does.
      const target = el.tagName.toLowerCase() === 'title' && el.closest('svg') ? el.parentElement! : el;
      return target.checkVisibility({ visibilityProperty: true }) || !!target.closest('.sr-only');
    };
    const describe = (el: Element) => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id ? ` in [data-testid=${id}]` : ''}`;
    };
    const out: { where: string; text: string; context?: string }[] = [];
    // Per element: its own text (the English check), and its text with its inline children's
    // (the punctuation check: "来源" + ": " + <span>…</span> are separate nodes in the DOM). English
    // or code children count as one Latin letter there, so "来源：<span lang=en>…" passes.
    for (const el of document.body.querySelectorAll('*')) {
      if (skipped(el) || !visible(el)) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
      const text = own.join('').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const context = [...el.childNodes]
        .map((n) => (n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : n instanceof Element ? (skipped(n) ? 'x' : (n.textContent ?? '')) : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      out.push({ where: describe(el), text, context });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (skipped(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ where: `${describe(el)} @${attr}`, text });
      }
    }
    return out;
  });
}

// What a Chinese text legitimately writes in Latin letters: acronyms in capitals (CNNIC, CR4, HHI,
// CSV, B2C), the citation styles, and the terms Chinese statistical and technical writing keeps in
// Latin letters (Cronbach's α, Bootstrap, the Tab and Enter keys), brand names Chinese text writes
// in Latin letters (eBay), and the papers' authors, whose names the papers give only in Latin
// letters ("Xia的温州论文"). Kept short on purpose: anything
// else in Latin letters is either interface text to translate or English content to mark lang="en".
const TERMS = ['eBay', 'Xia', 'Zhu', 'Lu', 'Zhijie', 'Lingtong', 'Feifei', 'BibTeX', 'GB/T', 'OpenAPI', 'JavaScript', 'WiFi', 'DataV', 'GeoAtlas', 'Cronbach', 'Bartlett', 'Bootstrap', 'Fornell', 'Larcker', 'Sig', 'df', 'Tab', 'Enter', 'npm'];
const ALLOWED = [...TERMS.map((t) => new RegExp(`(?<![A-Za-z])${t.replace('/', '\\/')}(?![A-Za-z])`, 'g')), /\b[A-Z][A-Z0-9&_]*[A-Z0-9]\b/g, /\b[A-Z]\d*\b/g];
// Addresses, paths, file names, query strings and package names are code, not words; machine keys
// (note and source ids such as "yk-t14-no-loading") are the internal-identifier check's business.
const CODE_LIKE = [
  /\b(?:https?:\/\/|www\.)\S+/g,
  // Host names the notes name their sites by ("取自 burb.tv", "itfacts.biz", "finanz.dk"): a lowercase
  // dotted name, whatever its top-level domain. The file-name rule below knew only .cn/.com/.org…, so it read
  // "burb.tv" as English words; an address is no more English than "3news.cn" is. Words of a
  // sentence are never dot-joined lowercase, so real English interface text is still caught. Before
  // the file-name rule, so that "ithome.com.tw" is taken whole before the file-name rule takes "ithome.com" alone.
  /\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b(?:\/\S*)?/g,
  /(?:^|\s|[（(“])[@/?][\w@/.?&=:-]+/g,
  /\b[\w/.-]+\.(?:cn|com|org|net|gov|cc|io|txt|json|csv|md|ts|mjs)\b(?:\/\S*)?/g,
  /\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g,
];

/** English words left once the allowed abbreviations and addresses are taken out ("Series", "of"). */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const re of [...CODE_LIKE, ...ALLOWED]) rest = rest.replace(re, ' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
const ASCII_PUNCT = new RegExp(`${CJK}\\s*[,:;()]|[,:;()]\\s*${CJK}`, 'u');

/** ASCII , : ; ( ) next to a Chinese character ("(浙江, 广东)", "省份: 全部省份"). */
export const asciiPunctuationInChinese = (text: string) => ASCII_PUNCT.test(text);

const ISO_DATE = /\d{4}-\d{1,2}(?:-\d{1,2})?/g;
const LATIN_RANGE = /[\d}]\s*[-\u2013]\s*[\d{]/;
const HAS_CJK = new RegExp(CJK, 'u');

/**
 * A range written with a Latin dash (- or –) between two numbers (or message placeholders) in a
 * text holding Chinese ("2012–2022年"): Chinese writes it with the 一字线 "—" (GB/T 15834), as
 * "2012—2022年". Dates written the ISO way (2023-06-30) are not ranges and stay.
 */
export const latinRangeInChinese = (text: string) => HAS_CJK.test(text) && LATIN_RANGE.test(text.replace(ISO_DATE, ' '));

export function findings(texts: ReaderText[]): Finding[] {
  const out: Finding[] = [];
  for (const t of texts) {
    if (englishWords(t.text).length) out.push({ kind: 'english', where: t.where, text: t.text });
    const context = t.context ?? t.text;
    if (asciiPunctuationInChinese(context) || latinRangeInChinese(context)) out.push({ kind: 'punctuation', where: t.where, text: context });
  }
  return out;
}
