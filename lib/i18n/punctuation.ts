import type { Locale } from '@/i18n/routing.ts';

/*
 * Punctuation a page composes around its words: Chinese text takes full-width marks with no space
 * after them (“省份：全部省份”, “（浙江、广东）”), English the ASCII marks with a space. Pure, so the
 * server, the client components and the chart exports share it.
 */

/** "Label: value" / "标签：值". */
export const labelled = (label: string, value: string, locale: Locale) => (locale === 'zh' ? `${label}：${value}` : `${label}: ${value}`);

/** "text (aside)" / "文字（注）". */
export const withAside = (text: string, aside: string, locale: Locale) => (locale === 'zh' ? `${text}（${aside}）` : `${text} (${aside})`);

/** The separator of a short list: ", " / "、". */
export const listSeparator = (locale: Locale) => (locale === 'zh' ? '、' : ', ');

/** "a, b, c" / "甲、乙、丙". */
export const joinList = (items: readonly string[], locale: Locale) => items.join(listSeparator(locale));

/** The separator between clauses: ", " / "，". */
export const clauseSeparator = (locale: Locale) => (locale === 'zh' ? '，' : ', ');

/**
 * Brackets in the script of the text they sit in, where the locale is not at hand: "（三级指标9个）",
 * "(3 of 11)"; `within` is that text when the aside itself has no letters ("网民规模（%）").
 */
export const parenthesize = (text: string, within = text) => (/[\u3400-\u9fff]/.test(`${text}${within}`) ? `（${text}）` : `(${text})`);

const isChinese = (text: string) => /[\u3400-\u9fff]/.test(text);

/** The colon after a label, in the label's script, where the locale is not at hand: "省份：", "Provinces: ". */
export const colonAfter = (label: string) => (isChinese(label) ? '：' : ': ');

/** Two clauses joined in the script of the second: "人，行业估计", "persons, industry estimate". */
export const joinClauses = (first: string, second: string) => `${first}${isChinese(second) ? '，' : ', '}${second}`;
