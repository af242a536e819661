import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
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
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      {/* The site's frame (header, nav, footer) is app/[locale]/(site)/layout.tsx; embeds
          (app/[locale]/embed) have a frame of their own without it. */}
      <body className="min-h-screen bg-white font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
