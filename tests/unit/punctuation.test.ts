import { describe, expect, it } from 'vitest';
import { formatQuantity } from '@/lib/i18n/format.ts';
import { joinList, labelled, parenthesize, withAside } from '@/lib/i18n/punctuation.ts';
import { asciiPunctuationInChinese, englishWords } from '../e2e/zh-text.ts';

describe('punctuation per language', () => {
  it('Chinese takes full-width marks and 、 between list items', () => {
    expect(labelled('省份', '全部省份', 'zh')).toBe('省份：全部省份');
    expect(withAside('淘宝村', '降序', 'zh')).toBe('淘宝村（降序）');
    expect(joinList(['浙江', '广东'], 'zh')).toBe('浙江、广东');
    expect(withAside('2024年淘宝村', joinList(['浙江', '广东'], 'zh'), 'zh')).toBe('2024年淘宝村（浙江、广东）');
  });

  it('English keeps ASCII marks with their spaces', () => {
    expect(labelled('Provinces', 'All provinces', 'en')).toBe('Provinces: All provinces');
    expect(withAside('Taobao villages', 'descending', 'en')).toBe('Taobao villages (descending)');
    expect(joinList(['Zhejiang', 'Guangdong'], 'en')).toBe('Zhejiang, Guangdong');
  });

  it('brackets follow the script of what they enclose', () => {
    expect(parenthesize('三级指标9个')).toBe('（三级指标9个）');
    expect(parenthesize('3 of 11')).toBe('(3 of 11)');
    expect(parenthesize('%', '网民规模')).toBe('（%）');
    expect(parenthesize('%', 'Internet users')).toBe('(%)');
  });
});

describe('large figures on /zh in 万/亿 as Chinese official sources write them', () => {
  it('persons and yuan', () => {
    expect(formatQuantity(1092000000, 'persons', 'zh')).toBe('10.92亿人');
    expect(formatQuantity(46760000000000, 'yuan', 'zh')).toBe('46.76万亿元');
    expect(formatQuantity(125000000000000, 'yuan', 'zh')).toBe('125万亿元');
    expect(formatQuantity(35000, 'persons', 'zh')).toBe('3.5万人');
  });
});

describe('the /zh text checks of tests/e2e/zh-complete.spec.ts', () => {
  it('find English words and leave acronyms, allowed terms, addresses and ids alone', () => {
    expect(englishWords('Series (3 of 11)')).toEqual(['Series', 'of']);
    expect(englishWords('省份：全部省份')).toEqual([]);
    expect(englishWords('CNNIC网民数据系列，CR4与HHI，B2C，下载 CSV')).toEqual([]);
    expect(englishWords('表1：测量题项、因子载荷与 Cronbach’s α')).toEqual([]);
    expect(englishWords('在 /api/v1/models 后加上 ?capital=1&info=2')).toEqual([]);
    expect(englishWords('数据说明 yk-t14-no-loading')).toEqual([]);
    expect(englishWords('“base installation”')).toEqual(['base', 'installation']);
    expect(englishWords('Figures are facts; text © …')).toEqual(['Figures', 'are', 'facts', 'text']);
  });

  it('find ASCII , : ; ( ) next to Chinese characters', () => {
    expect(asciiPunctuationInChinese('(浙江, 广东)')).toBe(true);
    expect(asciiPunctuationInChinese('省份: 全部省份')).toBe(true);
    expect(asciiPunctuationInChinese('网民规模 (人)')).toBe(true);
    expect(asciiPunctuationInChinese('（浙江、广东）')).toBe(false);
    expect(asciiPunctuationInChinese('省份：全部省份')).toBe(false);
    expect(asciiPunctuationInChinese('Provinces: All (3)')).toBe(false);
  });
});
