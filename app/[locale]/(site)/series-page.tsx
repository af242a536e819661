import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TimeSeriesSection } from '@/components/series/time-series-section.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getSeriesView } from '@/lib/views/series-view.ts';
import { SERIES_SECTIONS, type SeriesSection } from '@/lib/sections.ts';
import { EmbedSnippet } from '@/components/embed/embed-snippet.tsx';
import { nonDefaultSeriesParams } from '@/lib/schemas/series-url.ts';
import { withQuery } from '@/lib/schemas/villages-url.ts';
import { settings } from '@/lib/settings.mjs';
import { SERIES_PRESETS } from '@/lib/pickers/series-presets.ts';
import { withoutTab } from '@/lib/schemas/view-tabs.ts';

export type SeriesPageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Metadata and page of a time-series section (/users, /transactions): one definition for both. */
export function seriesPage(name: SeriesSection) {
  const section = SERIES_SECTIONS[name];

  const generateMetadata = sectionMetadata(`sections.${name}`, `/${name}`);

  async function Page({ params, searchParams }: SeriesPageProps) {
    const { locale } = await params;
    setRequestLocale(locale);
    const t = await getTranslations(`sections.${name}`);
    const view = await getSeriesView(section.groups, [...section.defaults], await searchParams, section.pinnedNotes);
    const te = await getTranslations('embeds');
    // The page's one title says what its chart shows over which years (the section's name is the
    // document title); the chart panels below carry only their series and unit.
    const { from, to } = view.range;
    const heading = from === to ? t('chartHeadingYear', { year: from }) : t('chartHeading', { from, to });
    const embedSrc = `${settings().ATLAS_PUBLIC_ORIGIN}${withQuery(`/${locale}/embed/${name}`, withoutTab(nonDefaultSeriesParams(view.query, { series: [...section.defaults] })))}`;
    return (
      <div className="space-y-3 sm:space-y-4">
        {/* The page opens with what it shows: title, one line, then the chart (the longer lead sits below it). */}
        <header className="max-w-3xl space-y-1">
          <h1 className="text-2xl font-bold sm:text-3xl">{heading}</h1>
          <p className="text-sm text-muted sm:text-base">{t('subtitle')}</p>
        </header>
        <TimeSeriesSection
          view={view}
          locale={locale}
          path={`/${locale}/${name}`}
          csvGroup={name}
          defaults={{ series: [...section.defaults] }}
          title={t('chartTitle')}
          about={t('lead')}
          presets={SERIES_PRESETS[name]}
        />
        {/* Embedding is a way of taking the chart away: offered with the downloads. */}
        {view.query.tab === 'download' ? <EmbedSnippet src={embedSrc} labels={{ summary: te('summary'), hint: te('hint'), copy: te('copy'), copied: te('copied'), frameTitle: te('frameTitle', { title: t('chartTitle') }) }} /> : null}
      </div>
    );
  }

  return { generateMetadata, Page };
}
