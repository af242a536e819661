import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { LocaleLink } from '@/components/layout/locale-link.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { pageMetadata } from '@/lib/page-metadata.ts';
import { formatCount, formatQuantity, placeName } from '@/lib/i18n/format.ts';
import { getHomeFigures } from '@/lib/views/home.ts';
import { getHomeTrends } from '@/lib/views/home-trends.ts';
import { Sparkline } from '@/components/home/sparkline.tsx';
import { SourceMarker } from '@/components/sources/source-marker.tsx';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const home = await getTranslations({ locale, namespace: 'home' });
  const siteName = meta('siteName');
  // The home page's title is the site's name alone, not "Cluster Atlas · Cluster Atlas".
  return { ...pageMetadata({ locale, path: '/', title: siteName, description: home('lead'), siteName }), title: { absolute: siteName } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const f = await getHomeFigures();
  const headline = [f.latestVillages, f.latestTowns, f.topCity, f.internetUsers, f.onlineRetail];
  const trends = await getHomeTrends(headline.flatMap((x) => (x ? [x.sourceId] : [])));
  // A figure's source in words (the publisher), opening its entry on the Sources page.
  const source = (id: string) => {
    const s = trends.sources.get(id);
    return s ? <SourceMarker source={s} locale={locale} label={t('source')} /> : null;
  };
  const span = (points: { year: number }[]) => ({ from: points[0]?.year ?? '', to: points[points.length - 1]?.year ?? '' });
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-muted">{t('lead')}</p>
      </header>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="home-villages" className="space-y-3 rounded-lg border border-line p-5">
          <h2 id="home-villages" className="text-xl font-semibold">{t('villagesCard')}</h2>
          <dl className="grid grid-cols-2 gap-4">
            {f.latestVillages ? (
              <div>
                <dt className="text-sm text-muted">{t('villagesLatest', { year: f.latestVillages.year })}</dt>
                <dd className="tabular text-3xl font-semibold" data-testid="home-villages">{formatCount(f.latestVillages.villages, locale, f.latestVillages.villagesQualifier)}</dd>
                <dd>{source(f.latestVillages.sourceId)}</dd>
              </div>
            ) : null}
            {f.latestTowns ? (
              <div>
                <dt className="text-sm text-muted">{t('townsLatest', { year: f.latestTowns.year })}</dt>
                <dd className="tabular text-3xl font-semibold">{formatCount(f.latestTowns.towns, locale, f.latestTowns.townsQualifier)}</dd>
                <dd>{source(f.latestTowns.sourceId)}</dd>
              </div>
            ) : null}
          </dl>
          <Sparkline points={trends.villages} label={t('sparkVillages', span(trends.villages))} />
          {f.topCity ? (
            <p className="text-sm">
              {t('topCity', { year: f.cityYear, city: placeName(f.topCity.city, locale), count: formatCount(f.topCity.villages, locale) })}{' '}
              {source(f.topCity.sourceId)}
            </p>
          ) : null}
          <LocaleLink href="/villages" className="inline-block rounded bg-accent px-4 py-2 text-sm font-medium text-white">
            {t('explore')}
          </LocaleLink>
        </section>
        <section aria-labelledby="home-users" className="space-y-3 rounded-lg border border-line p-5">
          <h2 id="home-users" className="text-xl font-semibold">{t('usersCard')}</h2>
          {f.internetUsers ? (
            <p>
              {t('usersLatest', { year: f.internetUsers.year })}{' '}
              <span className="tabular text-2xl font-semibold" data-testid="home-users">{formatQuantity(f.internetUsers.value, 'persons', locale, f.internetUsers.qualifier)}</span>{' '}
              {source(f.internetUsers.sourceId)}
            </p>
          ) : null}
          <Sparkline points={trends.internetUsers} label={t('sparkUsers', span(trends.internetUsers))} />
          <LocaleLink href="/users" className="text-accent underline">{t('usersLink')}</LocaleLink>
        </section>
        <section aria-labelledby="home-transactions" className="space-y-3 rounded-lg border border-line p-5">
          <h2 id="home-transactions" className="text-xl font-semibold">{t('transactionsCard')}</h2>
          {f.onlineRetail ? (
            <p>
              {t('retailLatest', { year: f.onlineRetail.year })}{' '}
              <span className="tabular text-2xl font-semibold">{formatQuantity(f.onlineRetail.value, 'yuan', locale, f.onlineRetail.qualifier)}</span>{' '}
              {source(f.onlineRetail.sourceId)}
            </p>
          ) : null}
          <Sparkline points={trends.onlineRetail} label={t('sparkRetail', span(trends.onlineRetail))} />
          <LocaleLink href="/transactions" className="text-accent underline">{t('transactionsLink')}</LocaleLink>
        </section>
        <section aria-labelledby="home-clusters" className="space-y-3 rounded-lg border border-line p-5">
          <h2 id="home-clusters" className="text-xl font-semibold">{t('clustersCard')}</h2>
          <p className="text-sm">{t('clustersText')}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><LocaleLink href="/models" className="text-accent underline">{t('modelsLink')}</LocaleLink></li>
            <li><LocaleLink href="/clusters/wenzhou" className="text-accent underline">{t('wenzhouLink')}</LocaleLink></li>
            <li><LocaleLink href="/clusters/yongkang" className="text-accent underline">{t('yongkangLink')}</LocaleLink></li>
            <li><LocaleLink href="/clusters/cross-border" className="text-accent underline">{t('crossBorderLink')}</LocaleLink></li>
          </ul>
        </section>
        <section aria-labelledby="home-sources" className="space-y-3 rounded-lg border border-line p-5">
          <h2 id="home-sources" className="text-xl font-semibold">{t('sourcesCard')}</h2>
          <p>{t('sourcesText', { sources: f.sourceCount, notes: f.noteCount })}</p>
          <LocaleLink href="/sources" className="text-accent underline">{t('sourcesLink')}</LocaleLink>
        </section>
      </div>
    </div>
  );
}
