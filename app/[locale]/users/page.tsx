import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TimeSeriesSection } from '@/components/series/time-series-section.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { getSeriesView } from '@/lib/queries/series-view.ts';
import { SERIES_SECTIONS } from '@/lib/sections.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const SECTION = SERIES_SECTIONS.users;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sections.users' });
  return { title: t('title'), description: t('lead') };
}

export default async function Page({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('sections.users');
  const view = await getSeriesView(SECTION.groups, [...SECTION.defaults], await searchParams, SECTION.pinnedNotes);
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
      </header>
      <TimeSeriesSection view={view} locale={locale} path={`/${locale}/users`} csvGroup="users" defaults={{ series: [...SECTION.defaults] }} title={t('chartTitle')} />
    </div>
  );
}
