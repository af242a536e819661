'use client';

import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation.ts';
import type { Locale } from '@/i18n/routing.ts';

/** Switches language on the same page, keeping the view's filters. */
export function LocaleSwitch({ locale, label, switchTo }: { locale: Locale; label: string; switchTo: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const other: Locale = locale === 'en' ? 'zh' : 'en';
  const query = search.size ? `?${search}` : '';
  return (
    <Link href={`${pathname}${query}`} locale={other} hrefLang={other === 'zh' ? 'zh-CN' : 'en'} aria-label={`${label}: ${switchTo}`} className="rounded border border-line px-2 py-1 text-sm text-accent">
      {switchTo}
    </Link>
  );
}
