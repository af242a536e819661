import type { Locale } from '@/i18n/routing.ts';
import type { BoundQualifier } from '@/lib/metrics/derived.ts';
import type { Place } from '@/lib/queries/types.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';

type Qualifier = BoundQualifier;

const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');
export const GAP = '—';

export function formatCount(value: number | null, locale: Locale, qualifier: Qualifier = 'exact'): string {
  if (value === null) return GAP;
  return `${qualifierPrefix(qualifier)}${numberFormat(intlLocale(locale)).format(value)}`;
}

/** "~" approximate, ">" lower bound (the true value is above), "<" upper bound (below). */
export function qualifierPrefix(qualifier: Qualifier): string {
  return qualifier === 'approx' ? '~' : qualifier === 'lower_bound' ? '>' : qualifier === 'upper_bound' ? '<' : '';
}

export function formatShare(fraction: number | null, locale: Locale, digits = 1): string {
  if (fraction === null) return GAP;
  return numberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
}

export function formatDecimal(value: number | null, locale: Locale, digits = 0): string {
  if (value === null) return GAP;
  return numberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
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
  const prefix = qualifierPrefix(qualifier);
  const nf = (n: number) => numberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(n);
  if (unit === 'percent') return `${prefix}${nf(value)}%`;
  const scale = SCALES[locale === 'zh' ? 'zh' : 'en'].find((s) => Math.abs(value) >= s.at);
  const number = scale ? `${nf(value / scale.div)}${locale === 'zh' ? '' : ' '}${scale.word}` : nf(value);
  if (unit === 'yuan') return locale === 'zh' ? `${prefix}${number}元` : `${prefix}¥${number}`;
  return `${prefix}${number}${locale === 'zh' && unit === 'persons' ? '人' : ''}`;
}

/**
 * A change with its sign and unit: a relative change in % ("+7.4%") or a change of a percentage
 * in percentage points ("+3.8 pp", "+3.8个百分点"), with the bound it carries ("< +30.0%").
 */
export function formatChange(value: number | null, kind: 'percent' | 'pp', locale: Locale, qualifier: Qualifier = 'exact', digits = 1): string {
  if (value === null) return GAP;
  const n = numberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
  const prefix = qualifierPrefix(qualifier);
  const unit = kind === 'percent' ? '%' : locale === 'zh' ? '个百分点' : ' pp';
  return `${prefix ? `${prefix} ` : ''}${n}${unit}`;
}

/** An index value (base year = 100) with its bound or approximation. */
export function formatIndex(value: number | null, locale: Locale, qualifier: Qualifier = 'exact'): string {
  if (value === null) return GAP;
  return `${qualifierPrefix(qualifier)}${numberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}`;
}

export function unitLabel(unit: Unit | 'index' | 'yoy' | 'pp', locale: Locale): string {
  const labels = {
    en: { persons: 'persons', yuan: 'yuan', percent: '%', index: 'index (base year = 100)', yoy: '% change on the previous year', pp: 'change on the previous year, percentage points' },
    zh: { persons: '人', yuan: '元', percent: '%', index: '指数（基年=100）', yoy: '比上年增长（%）', pp: '比上年变化（百分点）' },
  } as const;
  return labels[locale][unit];
}
