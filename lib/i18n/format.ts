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
