import { getTranslations } from 'next-intl/server';
import { SeriesChart } from '@/components/series/series-chart.tsx';
import { SeriesControls, type SeriesControlLabels } from '@/components/series/series-controls.tsx';
import { SeriesSummaryTable, SeriesValuesTable } from '@/components/series/series-tables.tsx';
import { NoteList, SourcesPanel } from '@/components/sources/sources-panel.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { buildCitation } from '@/lib/citation.ts';
import { seriesExportMeta } from '@/components/series/series-export-meta.ts';
import { formatChange, placeName, unitLabel } from '@/lib/i18n/format.ts';
import { POINT_FLAGS, type Derived } from '@/lib/metrics/derived.ts';
import { toChartPanels } from '@/lib/views/series-panels.ts';
import type { SeriesView } from '@/lib/views/series-view.ts';
import { nonDefaultSeriesParams } from '@/lib/schemas/series-url.ts';
import { settings } from '@/lib/settings.mjs';
import { ExportFrame } from '@/components/charts/export-frame.tsx';
import { EXPORT_CHART_WIDTH } from '@/components/charts/export-width.ts';
import { FigureNotes, figureNoteId } from '@/components/notes/figure-notes.tsx';
import { NotePopovers } from '@/components/notes/note-markers.tsx';
import { ViewTabs } from '@/components/view-tabs/view-tabs.tsx';
import { SERIES_TABS, withoutTab, withTab } from '@/lib/schemas/view-tabs.ts';
import { numberedNotes, numberNotes } from '@/lib/views/note-numbers.ts';
import { publisherName } from '@/lib/source-label.ts';
import { isPresetView, PICKER_GROUPS, pickerGroup, type PickerGroup, type SeriesPreset } from '@/lib/pickers/series-presets.ts';

type Props = { view: SeriesView; locale: Locale; path: string; csvGroup: string; defaults: { series: string[] };
  /** The view's name in exports and the citation (the page's visible title, over the section, says what the chart shows and when). */
  title: string;
  /** The section's longer description, placed below the figure. */
  about: string;
  /** The page's named views (lib/pickers/series-presets.ts). */
  presets?: SeriesPreset[];
};

/**
 * The reusable time-series view, figure first: compact controls, then Chart / Table / Sources /
 * Download tabs sharing the view's URL (`tab`): the charts per unit with the papers' claims and
 * the description below them; the summary and values tables; the numbered notes, definitions and
 * sources; the CSVs and the chart images drawn at a fixed width.
 */
export async function TimeSeriesSection({ view, locale, path, csvGroup, defaults, title, about, presets = [] }: Props) {
  const t = await getTranslations('series');
  const tc = await getTranslations('charts');
  const tt = await getTranslations('viewTabs');
  const tp = await getTranslations('pickers');
  const tab = view.query.tab;
  // What the URL carries (with the tab) and what the view is (without it: exports, citation).
  const tabParams = nonDefaultSeriesParams(view.query, defaults);
  const params = withoutTab(tabParams);
  const hrefOf = (to: (typeof SERIES_TABS)[number]) => {
    const q = withTab(params, to);
    return q.size ? `${path}?${q}` : path;
  };
  const csvParams = new URLSearchParams(params);
  for (const s of view.query.series) if (!csvParams.getAll('series').includes(s)) csvParams.append('series', s);
  const flagLabels = Object.fromEntries(POINT_FLAGS.map((f) => [f, t(`flags.${f}`)])) as Record<(typeof POINT_FLAGS)[number], string>;
  // Notes on single figures become numbered markers, 1, 2, 3 … in the order the table lists them.
  const noteText = new Map(view.notes.map((n) => [n.id, locale === 'zh' ? n.textZh : n.textEn]));
  const noteNumbers = numberNotes(view.view.flatMap((v) => v.points.map((p) => p.noteIds.filter((id) => noteText.has(id)))));
  const figureNotes = numberedNotes(view.notes, noteNumbers).map((n) => ({ number: n.number, text: noteText.get(n.id)! }));
  const panels = toChartPanels(view, locale, t('definitionBreak'), flagLabels, noteNumbers);
  const rate = (d: Derived, digits: number) => formatChange(d.value === null ? null : d.value * 100, 'percent', locale, d.qualifier, digits);
  const notDrawn = view.view.filter((v) => v.notDrawn);
  const pinnedIds = new Set(view.pinned.map((n) => n.id));
  const claims = [...view.pinned, ...view.notes.filter((n) => n.kind === 'claim' && !pinnedIds.has(n.id))];
  const otherNotes = view.notes.filter((n) => n.kind !== 'claim' && !pinnedIds.has(n.id) && !noteNumbers.has(n.id));
  // The public origin (a setting), never the Host a client sent: the page is cached for everyone.
  const origin = settings().ATLAS_PUBLIC_ORIGIN;
  const viewUrl = `${origin}${path}${params.size ? `?${params}` : ''}`;
  const citation = buildCitation({
    // Chinese writes a year range with the 一字线 and 年, like the page's own headings.
    title: locale === 'zh' ? `${title}（${view.range.from}—${view.range.to}年）` : `${title}, ${view.range.from}–${view.range.to}`,
    url: viewUrl,
    accessed: new Date().toISOString().slice(0, 10),
    sources: view.sources,
    locale,
  });
  const controlLabels: SeriesControlLabels = {
    controls: t('controls'),
    controlsSummary: t('controlsSummary', { chosen: view.query.series.length, total: view.catalogue.length, from: view.range.from, to: view.range.to, mode: t(`modes.${view.query.mode}`) }),
    pickSeries: t('pickSeries'),
    seriesChosen: t('seriesChosen', { chosen: view.query.series.length, total: view.catalogue.length }),
    estimate: t('estimate'),
    from: t('from'),
    to: t('to'),
    mode: t('mode'),
    modes: { absolute: t('modes.absolute'), yoy: t('modes.yoy'), index: t('modes.index') },
    base: t('base'),
    log: t('log'),
    midyear: t('midyear'),
    apply: t('apply'),
    reset: t('reset'),
    // Filled in by the form with the years the reader gave and the years in view.
    rangeReversed: (await getTranslations('seriesRange')).raw('reversed') as string,
    searchSeries: tp('searchSeries'),
    searchSeriesPlaceholder: tp('searchSeriesPlaceholder'),
    noSeriesMatch: tp('noSeriesMatch'),
    presets: tp('presets'),
    groups: Object.fromEntries(PICKER_GROUPS.map((g) => [g, tp(`groups.${g}`)])) as Record<PickerGroup, string>,
  };
  // A preset is a whole view: its series over the full range in the default mode (the tab stays).
  const presetLinks = presets.map((p) => {
    const q = withTab(nonDefaultSeriesParams({ series: p.series, from: null, to: null, mode: 'absolute', base: null, log: false, midyear: false, tab: 'chart' }, defaults), tab);
    return { id: p.id, name: locale === 'zh' ? p.nameZh : p.nameEn, href: q.size ? `${path}?${q}` : path, current: isPresetView(p, view.query.series) };
  });
  const summaryFor = (panelKey: string) => {
    const lines = panels.find((p) => p.key === panelKey)!.lines;
    return lines
      .map((l) => {
        const { series, summary: s } = view.view.find((v) => v.series.id === l.id)!;
        const span = { series: l.label, from: s.startYear, to: s.endYear };
        // A percentage changes in percentage points; it has no relative change or CAGR.
        return series.unit === 'percent'
          ? t('lineSummaryShare', { ...span, change: formatChange(s.absolute.value, 'pp', locale, s.absolute.qualifier) })
          : t('lineSummary', { ...span, change: rate(s.relative, 1), cagr: rate(s.cagr, 1) });
      })
      .join(' ');
  };
  const chartLabels = {
    png: t('png'),
    svg: t('svg'),
    loading: { live: t('chartLoading'), noScript: t('chartNoScript') },
    plot: { midYear: t('midYearShort'), substitute: t('substituteShort'), noValue: tc('tooltip.noValue'), source: tc('tooltip.source'), keyboard: tc('tooltip.keyboard'), note: tt.raw('noteMarker') as string },
  };
  const charts = (forExport: boolean) =>
    panels.map((panel) => {
      const exportMeta = seriesExportMeta({ panel, view, locale, section: title, csvGroup, url: viewUrl, t: tc, modeLabel: t(`modes.${view.query.mode}`) });
      const chart = (
        <SeriesChart
          key={panel.key}
          panel={panel}
          locale={locale}
          log={view.query.log && view.query.mode !== 'yoy'}
          summary={summaryFor(panel.key)}
          exportMeta={exportMeta}
          labels={chartLabels}
          downloads={false}
        />
      );
      return forExport ? (
        <ExportFrame key={panel.key} label={panel.title} meta={exportMeta} labels={{ png: chartLabels.png, svg: chartLabels.svg }}>
          {chart}
        </ExportFrame>
      ) : (
        chart
      );
    });
  const popovers = (
    <NotePopovers
      notes={figureNotes}
      labels={{ title: tt.raw('noteTitle') as string, close: tt('close'), allNotes: tt('allNotes') }}
      allNotesHref={(n) => `${hrefOf('sources')}#${figureNoteId(n)}`}
    />
  );
  return (
    // Tighter on a phone, so the chart comes into the first screen sooner.
    <div className="space-y-3 sm:space-y-4">
      {view.invalid.length ? (
        <p role="alert" data-testid="invalid-params" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm">
          {t('invalidParams', { details: view.invalid.join('; ') })}
        </p>
      ) : null}
      <SeriesControls
        path={path}
        reversed={view.reversed}
        labels={controlLabels}
        state={view.query}
        defaults={defaults}
        range={view.range}
        baseYear={view.index?.baseYear ?? null}
        hasMidYear={view.view.some((v) => v.series.group === 'internet-users')}
        options={view.catalogue.map((s) => ({ id: s.id, label: placeName(s, locale), unitLabel: unitLabel(s.unit, locale), official: s.official, group: pickerGroup(s) }))}
        presets={presetLinks}
      />
      <ViewTabs path={path} params={params} tabs={SERIES_TABS} current={tab} />
      <section aria-label={tt(`tabs.${tab}`)} className="space-y-6 pt-2" data-testid="tab-panel" data-tab={tab}>
        {tab === 'chart' ? (
          <>
            {/* No heading of its own: the page's title says what the charts show, each chart names its series. */}
            <div id="chart-panels" className="space-y-6">
              {view.index ? (
                <div className="space-y-1 text-sm" data-testid="index-base">
                  <p>
                    {view.index.chosen
                      ? t('baseChosen', { year: view.index.baseYear })
                      : t(view.index.drawn === view.index.indexable ? 'baseAuto' : 'baseAutoPartial', { year: view.index.baseYear })}
                  </p>
                  {notDrawn.length ? (
                    <div role="note" className="rounded border border-amber-500 bg-amber-50 px-3 py-2" data-testid="not-drawn">
                      <p className="font-medium">{t('notDrawnTitle')}</p>
                      <ul className="list-disc pl-5">
                        {notDrawn.map((v) => (
                          <li key={v.series.id} data-series={v.series.id} data-reason={v.notDrawn!.reason}>
                            {t(`notDrawn.${v.notDrawn!.reason as 'share' | 'no-base-value' | 'not-positive'}`, { series: placeName(v.series, locale), year: v.notDrawn!.baseYear ?? '' })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </div>
              ) : null}
              {panels.length === 0 && !notDrawn.length ? <p className="text-muted">{t('nothingSelected')}</p> : null}
              <div className={`grid gap-8 ${panels.length > 1 ? 'xl:grid-cols-2' : ''}`}>{charts(false)}</div>
              <p className="text-sm">
                <a href={hrefOf('download')} className="text-accent underline">
                  {tt('toDownloads')}
                </a>
              </p>
            </div>
            {popovers}
            {claims.length ? (
              <section aria-labelledby="claims-heading" className="space-y-2" data-testid="claims">
                <h2 id="claims-heading" className="text-lg font-semibold">{t('claimsTitle')}</h2>
                <NoteList notes={claims} locale={locale} sources={view.sources} />
              </section>
            ) : null}
            <section aria-labelledby="about-heading" className="max-w-3xl space-y-1">
              <h2 id="about-heading" className="text-lg font-semibold">{t('aboutTitle')}</h2>
              <p className="text-muted">{about}</p>
            </section>
          </>
        ) : null}
        {tab === 'table' ? (
          <>
            <SeriesSummaryTable view={view} locale={locale} />
            <SeriesValuesTable view={view} locale={locale} notes={{ numbers: noteNumbers, label: tt.raw('noteMarker') as string }} sourcesHref={hrefOf('sources')} />
            {popovers}
          </>
        ) : null}
        {tab === 'sources' ? (
          <>
            <FigureNotes notes={figureNotes} backHrefs={{ chart: `${hrefOf('chart')}#chart-panels`, table: hrefOf('table') }} />
            <section aria-labelledby="definitions-heading" className="space-y-2">
              <h2 id="definitions-heading" className="text-lg font-semibold">{tt('definitionsTitle')}</h2>
              <dl className="space-y-2 text-sm">
                {view.view.map(({ series }) => (
                  <div key={series.id}>
                    <dt className="font-medium">{placeName(series, locale)} — <PublisherName written={series.publisher} locale={locale} />
                      {series.official ? '' : locale === 'zh' ? `（${t('estimate')}）` : ` (${t('estimate')})`}</dt>
                    <dd className="text-muted">{locale === 'zh' ? series.definitionZh : series.definitionEn}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <SourcesPanel sources={view.sources} notes={otherNotes} locale={locale} citation={citation} />
          </>
        ) : null}
        {tab === 'download' ? (
          <>
            <section aria-labelledby="data-downloads-heading" className="space-y-2">
              <h2 id="data-downloads-heading" className="text-lg font-semibold">{tt('dataTitle')}</h2>
              <ul className="space-y-1 text-sm">
                <li>
                  <a className="text-accent underline" href={`/api/v1/views/${csvGroup}.csv?${csvParams}`} data-testid="csv-displayed" download>
                    {t('csvDisplayed')}
                  </a>
                </li>
                <li>
                  <a className="text-accent underline" href={`/api/v1/views/${csvGroup}.csv?full=1`} data-testid="csv-full" download>
                    {t('csvFull')}
                  </a>
                </li>
              </ul>
            </section>
            <section aria-labelledby="image-downloads-heading" className="space-y-3">
              <h2 id="image-downloads-heading" className="text-lg font-semibold">{tt('imagesTitle')}</h2>
              <p className="text-sm text-muted">{tt('imagesHint', { width: EXPORT_CHART_WIDTH })}</p>
              {panels.length ? charts(true) : <p className="text-muted">{t('nothingSelected')}</p>}
            </section>
          </>
        ) : null}
      </section>
    </div>
  );
}

/** The series' publisher by name; in Chinese its Chinese name where the data gives one, else the English name marked as English. */
function PublisherName({ written, locale }: { written: string; locale: Locale }) {
  const name = publisherName(written, locale);
  return locale === 'zh' && !/[\u3400-\u9fff]/.test(name) ? <span lang="en">{name}</span> : <>{name}</>;
}
