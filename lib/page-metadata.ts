import type { Metadata } from 'next';

type Locale = 'en' | 'zh';

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', zh: 'zh_CN' };

/** The share card of each language (1200×630, `npm run og:build` draws them from the site's own strings). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * A page's metadata: title, description, the canonical address and its other-language twin
 * (hreflang), and Open Graph / Twitter cards. Next.js merges metadata shallowly, so a page that set
 * only `title` would share the layout's Open Graph title; every page builds all of it here instead.
 * Addresses are relative: the layout's `metadataBase` (the public origin) makes them absolute.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  siteName,
  index = true,
}: {
  locale: Locale;
  /** The app path without the locale prefix ('/villages'; '/' for the home page). */
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** False for pages that search engines should not list (the admin pages). */
  index?: boolean;
}): Metadata {
  const at = (l: Locale) => `/${l}${path === '/' ? '' : path}`;
  const image = { url: `/og/${locale}.png`, ...OG_IMAGE_SIZE, alt: siteName };
  return {
    title,
    description,
    alternates: { canonical: at(locale), languages: { en: at('en'), 'zh-CN': at('zh') } },
    openGraph: {
      type: 'website',
      siteName,
      title,
      description,
      url: at(locale),
      locale: OG_LOCALE[locale],
      alternateLocale: OG_LOCALE[locale === 'en' ? 'zh' : 'en'],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
    ...(index ? {} : { robots: { index: false, follow: false } }),
  };
}
