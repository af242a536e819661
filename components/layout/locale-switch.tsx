'use client';

import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing.ts';

/**
 * Switches language on the same page, keeping the view's filters. Like next-intl's locale-changing
 * Link (which this replaces, so that pages need no next-intl client runtime), it writes the locale
 * cookie on click — cached page responses carry no Set-Cookie — and is never prefetched.
 */
export function LocaleSwitch({ locale, label, switchTo }: { locale: Locale; label: string; switchTo: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const other: Locale = locale === 'en' ? 'zh' : 'en';
  const rest = pathname.replace(new RegExp(`^/(?:${routing.locales.join('|')})(?=/|$)`), '');
  const query = search.size ? `?${search}` : '';
  return (
    <NextLink
      href={`/${other}${rest}${query}`}
      prefetch={false}
      hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
      className="rounded border border-line px-2 py-1 text-sm text-accent"
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${other}; path=/; samesite=lax`;
      }}
    >
      {/* Named "Language: 中文" / "语言：English", the other language's name marked as that language. */}
      <span className="sr-only">{label}{locale === 'zh' ? '：' : ': '}</span>
      <span lang={other === 'zh' ? 'zh-CN' : 'en'}>{switchTo}</span>
    </NextLink>
  );
}
