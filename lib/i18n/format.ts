import type { Locale } from '@/i18n/routing.ts';
import type { Place, Qualifier } from '@/lib/queries/types.ts';

const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');
export const GAP = '—';

export function formatCount(value: number | null, locale: Locale, qualifier: Qualifier = 'exact'): string {
  if (value === null) return GAP;
  const n = new Intl.NumberFormat(intlLocale(locale)).format(value);
  return qualifier === 'approx' ? `~${n}` : qualifier === 'lower_bound' ? `>${n}` : n;
}

export function formatShare(fraction: number | null, locale: Locale, digits = 1): string {
  if (fraction === null) return GAP;
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
}

export function formatDecimal(value: number | null, locale: Locale, digits = 0): string {
  if (value === null) return GAP;
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export const placeName = (p: Pick<Place, 'nameEn' | 'nameZh'>, locale: Locale) => (locale === 'zh' ? p.nameZh : p.nameEn);

export type Unit = 'persons' | 'yuan' | 'percent';

const SCALES = {
  en: [
    { at: 1e12, div: 1e12, word: 'trillion' },
    { at: 1e9, div: 1e9, word: 'billion' },
    { at: 1e6, div: 1e6, word: 'million' },
  ],
  zh: [
    { at: 1e12, div: 1e12, word: '万亿' },
    { at: 1e8, div: 1e8, word: '亿' },
    { at: 1e4, div: 1e4, word: '万' },
  ],
} as const;

/**
 * A quantity in words per locale (8.29亿 / 829 million; 37.21万亿元 / ¥37.21 trillion), keeping
 * up to four decimals of the scaled number so the source's precision survives.
 */
export function formatQuantity(value: number | null, unit: Unit, locale: Locale, qualifier: Qualifier = 'exact', digits = 4): string {
  if (value === null) return GAP;
  const prefix = qualifier === 'approx' ? '~' : qualifier === 'lower_bound' ? '>' : '';
  const nf = (n: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(n);
  if (unit === 'percent') return `${prefix}${nf(value)}%`;
  const scale = SCALES[locale === 'zh' ? 'zh' : 'en'].find((s) => Math.abs(value) >= s.at);
  const number = scale ? `${nf(value / scale.div)}${locale === 'zh' ? '' : ' '}${scale.word}` : nf(value);
  if (unit === 'yuan') return locale === 'zh' ? `${prefix}${number}元` : `${prefix}¥${number}`;
  return `${prefix}${number}${locale === 'zh' && unit === 'persons' ? '人' : ''}`;
}

export function unitLabel(unit: Unit | 'index' | 'yoy', locale: Locale): string {
  const labels = {
    en: { persons: 'persons', yuan: 'yuan', percent: '%', index: 'index (base year = 100)', yoy: '% change on the previous year' },
    zh: { persons: '人', yuan: '元', percent: '%', index: '指数（基年=100）', yoy: '比上年增长（%）' },
  } as const;
  return labels[locale][unit];
}
