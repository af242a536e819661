import { sectionMetadata } from '@/components/layout/section-metadata.ts';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CityBarChart } from '@/components/charts/city-bar-chart.tsx';
import { NationalChart } from '@/components/charts/national-chart.tsx';
import { nationalChartExportMeta, villagesCityChartExport } from '@/components/charts/villages-export-meta.ts';
import { ProvinceChoropleth } from '@/components/map/province-choropleth.tsx';
import { SourcesPanel } from '@/components/sources/sources-panel.tsx';
import { NationalTable } from '@/components/villages/national-table.tsx';
import { ProvinceMatrix } from '@/components/villages/province-matrix.tsx';
import { RankingTable } from '@/components/villages/ranking-table.tsx';
import { SummaryPanel } from '@/components/villages/summary-panel.tsx';
import { VillageFilters, type VillageFilterLabels } from '@/components/villages/village-filters.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { buildCitation } from '@/lib/citation.ts';
import { formatCount, placeName } from '@/lib/i18n/format.ts';
import { findCityByAdcode } from '@/lib/registry/index.ts';
import { villagesCityChart } from '@/lib/views/villages-city-chart.ts';
import { getVillagesPageData } from '@/lib/views/villages-page.ts';
import { nonDefaultCityParams, withQuery } from '@/lib/schemas/villages-url.ts';
import { settings } from '@/lib/settings.mjs';
import { EmbedSnippet } from '@/components/embed/embed-snippet.tsx';
import { EMBED_CITY_PARAMS } from '@/lib/schemas/embed.ts';
import { CountiesView } from '@/components/counties/counties-view.tsx';
import { getCountiesView } from '@/lib/views/counties-page.ts';
import { labelled } from '@/lib/i18n/punctuation.ts';

type PageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTSIDE_REGISTRY = [
  { adcode: 710000, nameEn: 'Taiwan', nameZh: '台湾' },
  { adcode: 810000, nameEn: 'Hong Kong', nameZh: '香港' },
  { adcode: 820000, nameEn: 'Macau', nameZh: '澳门' },
];

export const generateMetadata = sectionMetadata('villages', '/villages');

export default async function VillagesPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('villages');
  const ts = await getTranslations('villageStates');
  const tm = await getTranslations('villageMap');
  const tc = await getTranslations('charts');
  const te = await getTranslations('embeds');
  const rawParams = await searchParams;
  const [data, counties] = await Promise.all([getVillagesPageData(rawParams, locale), getCountiesView(rawParams)]);
  const { query, ranking } = data;
  const path = `/${locale}/villages`;
  const viewParams = nonDefaultCityParams(query);
  const csvParams = new URLSearchParams(viewParams);
  if (locale !== 'en') csvParams.set('lang', locale);
  // When the year is ranked from a loaded village-level list, the list itself can be downloaded too.
  const listParams = new URLSearchParams([['year', String(ranking.year)], ...query.province.map((p) => ['province', String(p)])]);
  const hasVillageList = ranking.rows.some((r) => r.rankedList === `village-list-${ranking.year}`);

  // The chart's title, bars and summary, and for a year without city figures the sentence said
  // instead (the table says it too): the same view the embed draws.
  const chart = villagesCityChart(data, locale, t, ts);
  const stateSentence = chart.state;
  const coverage = data.yearCoverage;
  const coverageParts = coverage
    ? [
        coverage.rankedCities ? ts('coverageCityList', { count: coverage.rankedCities }) : ts('coverageNoCityList'),
        ...(coverage.cityRows > coverage.rankedCities ? [ts('coverageOtherCities', { count: coverage.cityRows - coverage.rankedCities })] : []),
        coverage.provincesWithCounts ? ts('coverageProvinces', { count: coverage.provincesWithCounts }) : ts('coverageNoProvinces'),
        ranking.national?.villages != null ? ts('coverageNational', { value: formatCount(ranking.national.villages, locale, ranking.national.villagesQualifier) }) : ts('coverageNoNational'),
      ]
    : [];
  const viewTitle = chart.title;

  const chosenCount = new Set(query.province).size;
  const tpk = await getTranslations('pickers');
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
    provincesSearch: tpk('provincesSearch'),
    provincesPlaceholder: tpk('provincesPlaceholder'),
    provincesNone: tpk('provincesNone'),
    // The province's name is filled in by the form.
    remove: tpk.raw('remove') as string,
    chosenList: tpk('chosenList'),
  };

  // The public origin (a setting), never the Host a client sent: the page is cached for everyone.
  const origin = settings().ATLAS_PUBLIC_ORIGIN;
  const citation = buildCitation({
    title: viewTitle,
    url: `${origin}${withQuery(path, viewParams)}`,
    accessed: new Date().toISOString().slice(0, 10),
    sources: data.sources.filter((s) => ranking.sourceIds.includes(s.id)),
    locale,
  });

  const mapValues = [
    ...data.provinceOptions.map((p) => {
      const total = data.provinceTotalsThisYear.find((x) => x.province.adcode === p.adcode);
      const value = total?.villages ?? null;
      return {
        adcode: p.adcode,
        value,
        bound: total?.villagesQualifier === 'lower_bound',
        label: labelled(placeName(p, locale), value === null ? t('noData') : formatCount(value, locale, total!.villagesQualifier), locale),
      };
    }),
    ...OUTSIDE_REGISTRY.map((p) => ({ adcode: p.adcode, value: null, label: labelled(placeName(p, locale), t('noData'), locale) })),
  ];
  const mapPoints = ranking.rows.flatMap((r) => {
    const city = findCityByAdcode(r.city.adcode);
    return city && r.villages !== null
      ? [{ adcode: r.city.adcode, lon: city.centre[0], lat: city.centre[1], value: r.villages, label: labelled(placeName(r.city, locale), formatCount(r.villages, locale, r.villagesQualifier), locale) }]
      : [];
  });

  return (
    <div className="space-y-6">
      {/* Figure first: title, one line, the filters in a compact bar, then the chart and map;
          the figures' reference (coverage, key figures, tables, definitions, sources) follows. */}
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('subtitle')}</p>
      </header>

      {data.invalid.length ? (
        <p role="alert" data-testid="invalid-params" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {t('invalidParams', { details: data.invalid.join('; ') })}
        </p>
      ) : null}

      <VillageFilters
        path={path}
        labels={filterLabels}
        state={query}
        yearHelpId="year-coverage"
        years={data.yearOptions.map((y) => ({ year: y.year, label: ts('yearOption', { year: y.year, kind: ts(`yearKinds.${y.kind}`) }) }))}
        provinces={data.provinceOptions
          .map((p) => ({ adcode: p.adcode, label: placeName(p, locale), hasData: p.hasData }))
          .sort((a, b) => Number(b.hasData) - Number(a.hasData) || a.adcode - b.adcode)}
      />

      <section aria-label={viewTitle} className="grid gap-6 xl:grid-cols-2" data-testid="villages-figure">
        {data.state.kind !== 'rows' ? (
          <p className="self-start rounded-lg border border-line p-4 text-sm" data-testid="ranking-state">
            {stateSentence}
          </p>
        ) : (
        <CityBarChart
          data={chart.bars}
          title={viewTitle}
          summary={chart.summary}
          exportMeta={villagesCityChartExport(data, chart, `${origin}${withQuery(path, viewParams)}`, locale, tc)}
          exportLabels={{ png: t('png'), svg: t('svg') }}
          valueLabel={t('colVillages')}
          locale={locale}
          loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
        />
        )}
        <ProvinceChoropleth
          values={mapValues}
          points={mapPoints}
          chosen={query.province}
          title={t('mapTitle', { year: ranking.year })}
          description={t('mapDescription', { year: ranking.year })}
          labels={{
            legendTitle: t('mapLegend'),
            noData: t('noData'),
            classesFixed: tm('classesFixed'),
            bound: tm('bound'),
            bubbles: tm('bubbles'),
            filtered: tm('filtered'),
            hint: tm('hint'),
            insetTitle: (scale) => tm('insetTitle', { scale }),
            classRange: (from, to) => tm('classRange', { from, to }),
            classFrom: (from) => tm('classFrom', { from }),
          }}
          locale={locale === 'zh' ? 'zh-CN' : 'en-GB'}
          id="villages-map"
        />
      </section>
      {data.state.kind === 'rows' ? (
        <EmbedSnippet
          src={`${origin}${withQuery(`/${locale}/embed/villages`, new URLSearchParams([...viewParams].filter(([key]) => (EMBED_CITY_PARAMS as readonly string[]).includes(key))))}`}
          labels={{ summary: te('summary'), hint: te('hint'), copy: te('copy'), copied: te('copied'), frameTitle: te('frameTitle', { title: viewTitle }) }}
        />
      ) : null}

      <p id="year-coverage" className="text-sm" data-testid="year-coverage">
        <span className="font-medium">{ts('coverageTitle', { year: ranking.year })}</span> {coverageParts.join(' · ')}
      </p>

      <SummaryPanel ranking={ranking} locale={locale} chosenProvinces={query.province.flatMap((code) => data.provinceOptions.filter((p) => p.adcode === code))} />

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
        <RankingTable rows={ranking.rows} state={query} path={path} locale={locale} year={ranking.year} emptyMessage={stateSentence ?? ts('stateNoMatch', { year: ranking.year })} />
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
        <NationalTable rows={data.national} locale={locale} sources={data.sources} />
      </section>

      <ProvinceMatrix rows={data.provinceTotalsAllYears} locale={locale} />

      <CountiesView view={counties} locale={locale} path={path} keep={[...viewParams]} />

      <section aria-labelledby="about-heading" className="max-w-3xl space-y-1">
        <h2 id="about-heading" className="text-lg font-semibold">
          {t('aboutTitle')}
        </h2>
        <p className="text-muted">{t('lead')}</p>
      </section>

      <SourcesPanel sources={data.sources} notes={data.notes} locale={locale} citation={citation} mapNote />
    </div>
  );
}
