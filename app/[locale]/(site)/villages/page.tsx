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
import { ListView } from '@/components/list/list-view.tsx';
import { getListView } from '@/lib/views/list-page.ts';
import { labelled } from '@/lib/i18n/punctuation.ts';
import { ExportFrame } from '@/components/charts/export-frame.tsx';
import { EXPORT_CHART_WIDTH } from '@/components/charts/export-width.ts';
import { FigureNotes, figureNoteId } from '@/components/notes/figure-notes.tsx';
import { NotePopovers } from '@/components/notes/note-markers.tsx';
import { ViewTabs } from '@/components/view-tabs/view-tabs.tsx';
import { VILLAGE_TABS, withoutTab, withTab, type ViewTab } from '@/lib/schemas/view-tabs.ts';
import { commonIds, numberedNotes, numberNotes } from '@/lib/views/note-numbers.ts';

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
  const data = await getVillagesPageData(rawParams, locale);
  const { query, ranking } = data;
  const tt = await getTranslations('viewTabs');
  const path = `/${locale}/villages`;
  const tab = query.tab;
  // Only the Chart tab shows the Counties view: the other tabs do not read it.
  const counties = tab === 'chart' ? await getCountiesView(rawParams) : null;
  // The loaded village-level list (its county ranking, derived towns, villages) is on the Table tab.
  const list = tab === 'table' ? await getListView(rawParams) : null;
  // The view's parameters without the tab: exports, the citation and the embed carry the view, not the tab.
  const viewParams = withoutTab(nonDefaultCityParams(query));
  const hrefOf = (to: ViewTab) => withQuery(path, withTab(viewParams, to));
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

  // Notes on the table's figures become numbered markers: those every row carries first (marked
  // on the column), then each city's own, in the table's order.
  const noteText = new Map(data.notes.map((n) => [n.id, locale === 'zh' ? n.textZh : n.textEn]));
  const sharedNotes = commonIds(ranking.rows.map((r) => r.noteIds));
  const noteNumbers = numberNotes([sharedNotes, ...ranking.rows.map((r) => r.noteIds.filter((id) => !sharedNotes.includes(id)))].map((ids) => ids.filter((id) => noteText.has(id))));
  const figureNotes = numberedNotes(data.notes, noteNumbers).map((n) => ({ number: n.number, text: noteText.get(n.id)! }));
  const popovers = (
    <NotePopovers
      notes={figureNotes}
      labels={{ title: tt.raw('noteTitle') as string, close: tt('close'), allNotes: tt('allNotes') }}
      allNotesHref={(n) => `${hrefOf('sources')}#${figureNoteId(n)}`}
    />
  );
  const viewUrl = `${origin}${withQuery(path, viewParams)}`;

  const cityExportMeta = villagesCityChartExport(data, chart, viewUrl, locale, tc);
  const nationalExportMeta = nationalChartExportMeta({
    title: t('nationalTitle'),
    rows: data.national,
    sources: data.sources,
    villagesLabel: t('seriesVillages'),
    townsLabel: t('seriesTowns'),
    url: viewUrl,
    locale,
    approxNote: tc('notes.approx'),
    t: tc,
  });
  const exportLabels = { png: t('png'), svg: t('svg') };
  const cityChart = () => (
    <CityBarChart
      data={chart.bars}
      title={viewTitle}
      summary={chart.summary}
      exportMeta={cityExportMeta}
      exportLabels={exportLabels}
      valueLabel={t('colVillages')}
      locale={locale}
      loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
      downloads={false}
    />
  );
  const nationalChart = () => (
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
      exportMeta={nationalExportMeta}
      exportLabels={exportLabels}
      loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
      downloads={false}
    />
  );
  const map = (
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
  );
  const coverageLine = (
    <p id="year-coverage" className="text-sm" data-testid="year-coverage">
      <span className="font-medium">{ts('coverageTitle', { year: ranking.year })}</span> {coverageParts.join(' · ')}
    </p>
  );

  return (
    <div className="space-y-4">
      {/* Figure first: title, one line, the filters in a compact bar, then the tabs: the chart (or,
          for a year without a city list, the map), the map, the tables, the sources, the downloads. */}
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
        yearHelpId={tab === 'chart' || tab === 'map' ? 'year-coverage' : undefined}
        years={data.yearOptions.map((y) => ({ year: y.year, label: ts('yearOption', { year: y.year, kind: ts(`yearKinds.${y.kind}`) }) }))}
        provinces={data.provinceOptions
          .map((p) => ({ adcode: p.adcode, label: placeName(p, locale), hasData: p.hasData }))
          .sort((a, b) => Number(b.hasData) - Number(a.hasData) || a.adcode - b.adcode)}
      />

      <ViewTabs path={path} params={viewParams} tabs={VILLAGE_TABS} current={tab} />
      <section aria-label={tt(`tabs.${tab}`)} className="space-y-6 pt-2" data-testid="tab-panel" data-tab={tab}>
        {tab === 'chart' ? (
          <>
            <div className="grid gap-6 xl:grid-cols-2" data-testid="villages-figure">
              {data.state.kind !== 'rows' ? (
                <>
                  <div className="space-y-4">
                    <p className="self-start rounded-lg border border-line p-4 text-sm" data-testid="ranking-state">
                      {stateSentence}
                    </p>
                    {map}
                  </div>
                  {nationalChart()}
                </>
              ) : (
                <>
                  {cityChart()}
                  {nationalChart()}
                </>
              )}
            </div>
            <p className="text-sm">
              <a href={hrefOf('download')} className="text-accent underline">
                {tt('toDownloads')}
              </a>
            </p>
            {coverageLine}
            <SummaryPanel ranking={ranking} locale={locale} chosenProvinces={query.province.flatMap((code) => data.provinceOptions.filter((p) => p.adcode === code))} />
            <section aria-labelledby="about-heading" className="max-w-3xl space-y-1">
              <h2 id="about-heading" className="text-lg font-semibold">
                {t('aboutTitle')}
              </h2>
              <p className="text-muted">{t('lead')}</p>
            </section>
            {/* The counties below the cities: their own year and filters (cyear, cprovince, ccity). */}
            {counties ? <CountiesView view={counties} locale={locale} path={path} keep={[...viewParams]} /> : null}
          </>
        ) : null}

        {tab === 'map' ? (
          <>
            <div className="max-w-4xl" data-testid="villages-figure">{map}</div>
            {coverageLine}
          </>
        ) : null}

        {tab === 'table' ? (
          <>
            <section aria-labelledby="ranking-heading" className="space-y-4">
              <h2 id="ranking-heading" className="text-lg font-semibold">
                {t('tableTitle', { year: ranking.year })}
              </h2>
              <RankingTable
                rows={ranking.rows}
                state={query}
                path={path}
                locale={locale}
                year={ranking.year}
                emptyMessage={stateSentence ?? ts('stateNoMatch', { year: ranking.year })}
                notes={{ numbers: noteNumbers, label: tt.raw('noteMarker') as string }}
              />
            </section>
            {popovers}
            <section aria-labelledby="national-heading" className="space-y-3">
              <h2 id="national-heading" className="text-lg font-semibold">
                {t('nationalTitle')}
              </h2>
              <NationalTable rows={data.national} locale={locale} sources={data.sources} />
            </section>
            <ProvinceMatrix rows={data.provinceTotalsAllYears} locale={locale} />
            {list ? <ListView view={list} locale={locale} path={path} keep={[...withTab(viewParams, 'table')]} /> : null}
          </>
        ) : null}

        {tab === 'sources' ? (
          <>
            <FigureNotes notes={figureNotes} backHrefs={{ chart: hrefOf('chart'), table: hrefOf('table') }} />
            <SourcesPanel sources={data.sources} notes={data.notes.filter((n) => !noteNumbers.has(n.id))} locale={locale} citation={citation} mapNote />
          </>
        ) : null}

        {tab === 'download' ? (
          <>
            <section aria-labelledby="data-downloads-heading" className="space-y-2">
              <h2 id="data-downloads-heading" className="text-lg font-semibold">
                {tt('dataTitle')}
              </h2>
              <ul className="space-y-1 text-sm">
                <li>
                  <a className="text-accent underline" href={withQuery('/api/v1/taobao-villages/cities.csv', csvParams)} data-testid="csv-displayed" download>
                    {t('csvDisplayed')}
                  </a>
                </li>
                <li>
                  <a className="text-accent underline" href="/api/v1/taobao-villages/dataset.csv" data-testid="csv-full" download>
                    {t('csvFull')}
                  </a>
                </li>
                {hasVillageList ? (
                  <li>
                    <a className="text-accent underline" href={withQuery('/api/v1/taobao-villages/villages.csv', listParams)} data-testid="csv-village-list" download>
                      {t('csvVillageList', { year: ranking.year })}
                    </a>
                  </li>
                ) : null}
              </ul>
            </section>
            <section aria-labelledby="image-downloads-heading" className="space-y-3">
              <h2 id="image-downloads-heading" className="text-lg font-semibold">
                {tt('imagesTitle')}
              </h2>
              <p className="text-sm text-muted">{tt('imagesHint', { width: EXPORT_CHART_WIDTH })}</p>
              {data.state.kind === 'rows' ? <ExportFrame label={viewTitle} meta={cityExportMeta} labels={exportLabels}>{cityChart()}</ExportFrame> : null}
              <ExportFrame label={t('nationalTitle')} meta={nationalExportMeta} labels={exportLabels}>{nationalChart()}</ExportFrame>
            </section>
            {data.state.kind === 'rows' ? (
              <EmbedSnippet
                src={`${origin}${withQuery(`/${locale}/embed/villages`, new URLSearchParams([...viewParams].filter(([key]) => (EMBED_CITY_PARAMS as readonly string[]).includes(key))))}`}
                labels={{ summary: te('summary'), hint: te('hint'), copy: te('copy'), copied: te('copied'), frameTitle: te('frameTitle', { title: viewTitle }) }}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
