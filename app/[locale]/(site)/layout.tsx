import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing.ts';
import { ErrorStringsProvider } from '@/components/layout/error-strings.tsx';
import { SiteFooter } from '@/components/layout/site-footer.tsx';
import { SiteHeader } from '@/components/layout/site-header.tsx';

/** The site's frame around every page except the embeds: skip link, header and nav, footer. */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // Narrows the type; app/[locale]/layout.tsx has already answered an unknown language with a 404.
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations('nav');
  const errors = await getTranslations('errors');
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('skip')}
      </a>
      {/* No NextIntlClientProvider here: client components that translate get their namespace
          from components/i18n/client-messages.tsx, so pages do not carry every message. */}
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6">
        <ErrorStringsProvider value={{ title: errors('title'), unavailable: errors('unavailable'), retry: errors('retry'), home: errors('home'), homeHref: `/${locale}` }}>{children}</ErrorStringsProvider>
      </main>
      <SiteFooter />
    </>
  );
}
