/*
 * The data's convention for English inside Chinese text: an English original the reader needs (a
 * quoted phrase, a brand, an English title) stands on its own inside “…”, （…） or 《…》, e.g.
 * 原文“Line power”, （Alibaba）, 《China has 210 million internet users》. components/i18n/mixed-text.tsx
 * marks those spans lang="en"; the unit test tests/unit/zh-data-text.test.ts holds the data to it.
 * Text for CSV, attributes and chart exports needs nothing stripped: the marks are ordinary
 * Chinese punctuation.
 */
const QUOTED = /(“)([^“”]*)(”)|(（)([^（）“”]*)(）)|(《)([^《》]*)(》)/g;
const hasChinese = (s: string) => /[\u3400-\u9fff]/.test(s);
const latinOnly = (s: string) => /[A-Za-z]{2,}/.test(s) && !hasChinese(s);

export type TextPart = { text: string; english?: true };

/** The text cut into runs, the English originals (by the convention above) flagged; one run when there are none. */
export function englishSpans(text: string): TextPart[] {
  if (!hasChinese(text)) return [{ text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    const [open, inner, close] = m[1] ? [m[1], m[2], m[3]] : m[4] ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
    if (!latinOnly(inner)) continue;
    parts.push({ text: text.slice(last, m.index) + open }, { text: inner, english: true }, { text: close });
    last = m.index + m[0].length;
  }
  if (!parts.length) return [{ text }];
  parts.push({ text: text.slice(last) });
  return parts.filter((p) => p.text);
}
