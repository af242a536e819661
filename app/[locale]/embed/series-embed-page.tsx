import { setRequestLocale } from 'next-intl/server';
import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { SeriesEmbed } from '@/components/embed/series-embed.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { SERIES_SECTIONS, type SeriesSection } from '@/lib/sections.ts';
import { getSeriesView } from '@/lib/views/series-view.ts';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /[locale]/embed/users and /transactions: the section's chart alone, read from the same URL state (and schema) as the page. */
export function seriesEmbedPage(name: SeriesSection) {
  const section = SERIES_SECTIONS[name];
  // Canonical is the full page; search engines list that, not the embed.
  const generateMetadata = sectionMetadata(`sections.${name}`, `/${name}`, { index: false });

  async function Page({ params, searchParams }: Props) {
    const { locale } = await params;
    setRequestLocale(locale);
    const view = await getSeriesView(section.groups, [...section.defaults], await searchParams, section.pinnedNotes);
    return <SeriesEmbed name={name} view={view} locale={locale} defaults={{ series: [...section.defaults] }} />;
  }

  return { generateMetadata, Page };
}
