import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishSpans } from '@/lib/i18n/english-spans.ts';
import { englishWords, latinRangeInChinese } from '../e2e/zh-text.ts';

// Issue 14 item 6 at the data's source: every Chinese text in data/ is Chinese. English stays only
// as an original the reader needs, written by the convention MixedText renders lang="en"
// (lib/i18n/english-spans.ts: on its own inside “…”, （…） or 《…》); anything else in Latin letters
// must be one of the terms the /zh page check allows (tests/e2e/zh-text.ts). The page check
// (tests/e2e/zh-complete.spec.ts) walks the pages; this walks every string, shown on a walked page or not.

const FILES = [
  'data/notes.json',
  'data/sources.json',
  'data/series/catalogue.json',
  'data/clusters/notes.json',
  'data/clusters/wenzhou.json',
  'data/clusters/yongkang.json',
  'data/clusters/cross-border.json',
  'data/models/notes.json',
  'data/models/business-models.json',
  'data/models/model-guide.json',
  'data/models/platform-types.json',
];

/** Strings under a Chinese key (textZh, nameZh, reader.title.zh, …) that hold Chinese. */
function chineseTexts(value: unknown, path: string, out: { path: string; text: string }[] = []) {
  if (typeof value === 'string') {
    if (/(?:Zh|\.zh)(?:\[\d+\])*$/.test(path) && /[\u3400-\u9fff]/.test(value)) out.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => chineseTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) chineseTexts(v, `${path}.${k}`, out);
  return out;
}

describe('the English-original convention (lib/i18n/english-spans.ts)', () => {
  it('flags English standing alone in “…”, （…） and 《…》, and nothing else', () => {
    const english = (text: string) => englishSpans(text).filter((p) => p.english).map((p) => p.text);
    const whole = (text: string) => englishSpans(text).map((p) => p.text).join('');
    expect(english('原文“Line power”，含义不明')).toEqual(['Line power']);
    expect(whole('原文“Line power”，含义不明')).toBe('原文“Line power”，含义不明');
    expect(english('阿里巴巴（Alibaba）')).toEqual(['Alibaba']);
    expect(english('报道《China has 210 million internet users》称')).toEqual(['China has 210 million internet users']);
    expect(englishSpans('一份GitHub文本')).toEqual([{ text: '一份GitHub文本' }]);
    expect(englishSpans('“截至2017年底”')).toEqual([{ text: '“截至2017年底”' }]);
    expect(englishSpans('Series')).toEqual([{ text: 'Series' }]);
  });
});

describe('Chinese text in data/ is Chinese', () => {
  for (const file of FILES) {
    it(file, () => {
      const texts = chineseTexts(JSON.parse(readFileSync(file, 'utf8')), '');
      expect(texts.length).toBeGreaterThan(0);
      const english = texts
        .map(({ path, text }) => ({ path, words: englishWords(englishSpans(text).filter((p) => !p.english).map((p) => p.text).join(' ')) }))
        .filter((t) => t.words.length);
      expect(english).toEqual([]);
    });
  }
});

describe('the /zh check reads addresses as code and still catches English words', () => {
  it('a lowercase host name of any top-level domain is an address', () => {
    expect(englishWords('2014年淘宝镇数量（19个）取自 burb.tv，而非 en.planning.org.cn')).toEqual([]);
    expect(englishWords('finanz.dk、kt.kz、itfacts.biz、ithome.com.tw、https://www.thestar.com.my/news')).toEqual([]);
  });
  it('English words of a sentence are not', () => {
    expect(englishWords('数据系列 Series of data')).toEqual(['Series', 'of', 'data']);
    expect(englishWords('The Paypers转引')).toEqual(['The', 'Paypers']);
    expect(englishWords('一份GitHub文本')).toEqual(['GitHub']);
  });
});

// A year or number range in Chinese text takes the 一字线 ("2012—2022年", GB/T 15834), the form the
// zh headings already use, never a Latin "-" or "–" between the numbers ("2012–2022年").
describe('ranges in Chinese text are written with the 一字线', () => {
  it('the check tells a Latin range from the Chinese one and from an ISO date', () => {
    expect(latinRangeInChinese('2012–2022年')).toBe(true);
    expect(latinRangeInChinese('{from}–{to}年')).toBe(true);
    expect(latinRangeInChinese('范围0.84-0.91')).toBe(true);
    expect(latinRangeInChinese('2012—2022年')).toBe(false);
    expect(latinRangeInChinese('区划截至2023-06-30')).toBe(false);
    expect(latinRangeInChinese('2012–2022')).toBe(false); // no Chinese: not this check's business
  });

  it('in data/', () => {
    const found = FILES.flatMap((file) => chineseTexts(JSON.parse(readFileSync(file, 'utf8')), file)).filter((t) => latinRangeInChinese(t.text));
    expect(found).toEqual([]);
  });

  it('in the zh messages (placeholders included: "{from}—{to}年")', () => {
    const strings = (value: unknown, path: string): { path: string; text: string }[] =>
      typeof value === 'string' ? [{ path, text: value }] : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`)) : [];
    const files = readdirSync('messages/zh').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => strings(JSON.parse(readFileSync(`messages/zh/${f}`, 'utf8')), f)).filter((t) => latinRangeInChinese(t.text));
    expect(found).toEqual([]);
  });
});
