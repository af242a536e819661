import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { pageMetadata } from '@/lib/page-metadata.ts';

type Params = { params: Promise<{ locale: Locale }> };

/**
 * generateMetadata of a page whose title and description are its message namespace's `title` and
 * `lead` (every section page): title, description, canonical and language addresses, share cards.
 */
export function sectionMetadata(namespace: string, path: string, options: { index?: boolean } = {}) {
  return async function generateMetadata({ params }: Params): Promise<Metadata> {
    const { locale } = await params;
    const [t, meta] = await Promise.all([getTranslations({ locale, namespace }), getTranslations({ locale, namespace: 'meta' })]);
    return pageMetadata({
      locale,
      path,
      title: t('title'),
      description: t.has('lead') ? t('lead') : meta('tagline'),
      siteName: meta('siteName'),
      index: options.index,
    });
  };
}
