import { setRequestLocale } from 'next-intl/server';
import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { VillagesEmbed } from '@/components/embed/villages-embed.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { EMBED_CITY_PARAMS } from '@/lib/schemas/embed.ts';
import { getVillagesPageData } from '@/lib/views/villages-page.ts';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Canonical is the full page; search engines list that, not the embed.
export const generateMetadata = sectionMetadata('villages', '/villages', { index: false });

/** /[locale]/embed/villages: the city ranking of a year (and provinces) alone, through the villages page's own view and schema. */
export default async function VillagesEmbedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Only the year and provinces: search, sort and scope belong to the page's table, not to the embed.
  const all = await searchParams;
  const own = Object.fromEntries(Object.entries(all).filter(([key]) => (EMBED_CITY_PARAMS as readonly string[]).includes(key)));
  const data = await getVillagesPageData(own, locale);
  return <VillagesEmbed data={data} locale={locale} />;
}
