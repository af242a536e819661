import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorStringsProvider } from '@/components/layout/error-strings.tsx';
import { SiteFooter } from '@/components/layout/site-footer.tsx';
import { SiteHeader } from '@/components/layout/site-header.tsx';
import { routing } from '@/i18n/routing.ts';
import { settings } from '@/lib/settings.mjs';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  // The public origin is a run-time setting (one build serves any address), so no page is
  // prerendered with the build machine's origin in its share cards: every page renders per request
  // (the response cache in server/ serves repeats).
  await connection();
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : 'en', namespace: 'meta' });
  return {
    // Share cards and canonical addresses are written relative to the public origin.
    metadataBase: new URL(settings().ATLAS_PUBLIC_ORIGIN),
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('tagline'),
    applicationName: t('siteName'),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('nav');
  const errors = await getTranslations('errors');
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body className="min-h-screen bg-white font-sans text-ink antialiased">
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
      </body>
    </html>
  );
}
