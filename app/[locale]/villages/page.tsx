import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CityBarChart } from '@/components/charts/city-bar-chart.tsx';
import { NationalChart } from '@/components/charts/national-chart.tsx';
import { cityChartExportMeta, nationalChartExportMeta } from '@/components/charts/villages-export-meta.ts';
import { ProvinceChoropleth } from '@/components/map/province-choropleth.tsx';
import { SourcesPanel } from '@/components/sources/sources-panel.tsx';
import { NationalTable } from '@/components/villages/national-table.tsx';
import { ProvinceMatrix } from '@/components/villages/province-matrix.tsx';
import { RankingTable } from '@/components/villages/ranking-table.tsx';
import { SummaryPanel } from '@/components/villages/summary-panel.tsx';
import { VillageFilters, type VillageFilterLabels } from '@/components/villages/village-filters.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { buildCitation } from '@/lib/citation.ts';
import { formatCount, formatShare, placeName } from '@/lib/i18n/format.ts';
import { findCityByAdcode } from '@/lib/registry/index.ts';
import { getVillagesPageData } from '@/lib/queries/villages-page.ts';
import { nonDefaultCityParams, withQuery } from '@/lib/schemas/villages-url.ts';
import { settings } from '@/lib/settings.mjs';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTSIDE_REGISTRY = [
  { adcode: 710000, nameEn: 'Taiwan', nameZh: '台湾' },
  { adcode: 810000, nameEn: 'Hong Kong', nameZh: '香港' },
  { adcode: 820000, nameEn: 'Macau', nameZh: '澳门' },
];

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'villages' });
  return { title: t('title'), description: t('lead') };
}

export default async function VillagesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('villages');
  const tc = await getTranslations('charts');
  const data = await getVillagesPageData(await searchParams, locale);
  const { query, ranking } = data;
  const path = `/${locale}/villages`;
  const viewParams = nonDefaultCityParams(query);
  const csvParams = new URLSearchParams(viewParams);
  if (locale !== 'en') csvParams.set('lang', locale);
  // When the year is ranked from a loaded village-level list, the list itself can be downloaded too.
  const listParams = new URLSearchParams([['year', String(ranking.year)], ...query.province.map((p) => ['province', String(p)])]);
  const hasVillageList = ranking.rows.some((r) => r.rankedList === `village-list-${ranking.year}`);

  const top = ranking.rows.find((r) => r.villages !== null);
  const chartSummary = t('chartSummary', {
    count: ranking.rows.length,
    top: top ? placeName(top.city, locale) : '',
    topCount: top ? formatCount(top.villages, locale, top.villagesQualifier) : '',
    share: top ? formatShare(top.shareOfView, locale) : '',
  });
  const selectedNames = query.province.map((code) => data.provinceOptions.find((p) => p.adcode === code)).filter((p) => p !== undefined).map((p) => placeName(p, locale));
  const viewTitle = `${t('chartTitle', { year: ranking.year })}${selectedNames.length ? ` (${selectedNames.join(', ')})` : ''}`;

  const chosenCount = new Set(query.province).size;
  const filterLabels: VillageFilterLabels = {
    filters: t('filters'),
    year: t('year'),
    scope: t('scope'),
    scopeRanked: t('scopeRanked'),
    scopeAll: t('scopeAll'),
    search: t('search'),
    searchPlaceholder: t('searchPlaceholder'),
    apply: t('apply'),
    reset: t('reset'),
    provinces: t('provinces'),
    provincesChosen: chosenCount ? t('provincesSelected', { count: chosenCount }) : t('provincesAll'),
  };

  // The public origin (a setting), never the Host a client sent: the page is cached for everyone.
  const origin = settings().ATLAS_PUBLIC_ORIGIN;
  const citation = buildCitation({
    title: viewTitle,
    url: `${origin}${withQuery(path, viewParams)}`,
    accessed: new Date().toISOString().slice(0, 10),
    sources: data.sources.filter((s) => ranking.sourceIds.includes(s.id)),
  });

  const mapValues = [
    ...data.provinceOptions.map((p) => {
      const total = data.provinceTotalsThisYear.find((x) => x.province.adcode === p.adcode);
      const value = total?.villages ?? null;
      return { adcode: p.adcode, value, label: `${placeName(p, locale)}: ${value === null ? t('noData') : formatCount(value, locale, total!.villagesQualifier)}` };
    }),
    ...OUTSIDE_REGISTRY.map((p) => ({ adcode: p.adcode, value: null, label: `${placeName(p, locale)}: ${t('noData')}` })),
  ];
  const mapPoints = ranking.rows.flatMap((r) => {
    const city = findCityByAdcode(r.city.adcode);
    return city && r.villages !== null
      ? [{ adcode: r.city.adcode, lon: city.centre[0], lat: city.centre[1], value: r.villages, label: `${placeName(r.city, locale)}: ${formatCount(r.villages, locale, r.villagesQualifier)}` }]
      : [];
  });

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('lead')}</p>
      </header>

      {data.invalid.length ? (
        <p role="alert" data-testid="invalid-params" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {t('invalidParams', { details: data.invalid.join('; ') })}
        </p>
      ) : null}

      <VillageFilters
        key={`${query.year}|${query.scope}|${query.province.join(',')}`}
        path={path}
        labels={filterLabels}
        state={query}
        years={data.years}
        provinces={data.provinceOptions
          .map((p) => ({ adcode: p.adcode, label: placeName(p, locale), hasData: p.hasData }))
          .sort((a, b) => Number(b.hasData) - Number(a.hasData) || a.adcode - b.adcode)}
      />

      <SummaryPanel ranking={ranking} locale={locale} />

      <section aria-labelledby="ranking-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ranking-heading" className="text-lg font-semibold">
            {t('tableTitle', { year: ranking.year })}
          </h2>
          <nav aria-label={t('downloads')} className="flex flex-wrap gap-3 text-sm">
            <a className="text-accent underline" href={withQuery('/api/v1/taobao-villages/cities.csv', csvParams)} data-testid="csv-displayed" download>
              {t('csvDisplayed')}
            </a>
            <a className="text-accent underline" href="/api/v1/taobao-villages/dataset.csv" data-testid="csv-full" download>
              {t('csvFull')}
            </a>
            {hasVillageList ? (
              <a className="text-accent underline" href={withQuery('/api/v1/taobao-villages/villages.csv', listParams)} data-testid="csv-village-list" download>
                {t('csvVillageList', { year: ranking.year })}
              </a>
            ) : null}
          </nav>
        </div>
        <div className="grid gap-6 xl:grid-cols-2">
          <CityBarChart
            data={ranking.rows.map((r) => ({ key: String(r.city.adcode), label: placeName(r.city, locale), value: r.villages, display: formatCount(r.villages, locale, r.villagesQualifier) }))}
            title={viewTitle}
            summary={chartSummary}
            exportMeta={cityChartExportMeta({
              title: viewTitle,
              year: ranking.year,
              provinces: query.province.flatMap((code) => data.provinceOptions.filter((p) => p.adcode === code)).map((p) => ({ nameEn: p.nameEn, name: placeName(p, locale) })),
              scope: query.scope,
              search: query.q,
              rows: ranking.rows,
              sourceIds: ranking.sourceIds,
              sources: data.sources,
              url: `${origin}${withQuery(path, viewParams)}`,
              locale,
              approxNote: tc('notes.approx'),
              t: tc,
            })}
            exportLabels={{ png: t('png'), svg: t('svg') }}
            valueLabel={t('colVillages')}
            locale={locale}
            loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
          />
          <ProvinceChoropleth
            values={mapValues}
            points={mapPoints}
            title={t('mapTitle', { year: ranking.year })}
            description={t('mapDescription', { year: ranking.year })}
            legendTitle={t('mapLegend')}
            noDataLabel={t('noData')}
            locale={locale === 'zh' ? 'zh-CN' : 'en-GB'}
            id="villages-map"
          />
        </div>
        <RankingTable rows={ranking.rows} state={query} path={path} locale={locale} year={ranking.year} />
      </section>

      <section aria-labelledby="national-heading" className="space-y-3">
        <h2 id="national-heading" className="sr-only">
          {t('nationalTitle')}
        </h2>
        <NationalChart
          data={data.national.map((n) => ({ year: n.year, villages: n.villages, towns: n.towns }))}
          title={t('nationalTitle')}
          summary={t('nationalSummary', {
            first: data.national[0]?.year ?? '',
            firstCount: formatCount(data.national[0]?.villages ?? null, locale),
            last: data.national.at(-1)?.year ?? '',
            lastCount: formatCount(data.national.at(-1)?.villages ?? null, locale),
          })}
          villagesLabel={t('seriesVillages')}
          townsLabel={t('seriesTowns')}
          noValue={tc('tooltip.noValue')}
          locale={locale}
          exportMeta={nationalChartExportMeta({
            title: t('nationalTitle'),
            rows: data.national,
            sources: data.sources,
            villagesLabel: t('seriesVillages'),
            townsLabel: t('seriesTowns'),
            url: `${origin}${withQuery(path, viewParams)}`,
            locale,
            approxNote: tc('notes.approx'),
            t: tc,
          })}
          exportLabels={{ png: t('png'), svg: t('svg') }}
          loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
        />
        <NationalTable rows={data.national} locale={locale} />
      </section>

      <ProvinceMatrix rows={data.provinceTotalsAllYears} locale={locale} />

      <SourcesPanel sources={data.sources} notes={data.notes} locale={locale} citation={citation} mapNote />
    </div>
  );
}
