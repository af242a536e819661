import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatQuantity, formatShare, GAP, placeName } from '@/lib/i18n/format.ts';
import type { SeriesView } from '@/lib/queries/series-view.ts';

/** The table alternative of the charts: every point drawn, with its unit, flag and source. */
export async function SeriesValuesTable({ view, locale }: { view: SeriesView; locale: Locale }) {
  const t = await getTranslations('series');
  const mode = view.query.mode;
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('valuesTable')} tabIndex={0}>
      <table className="tabular w-full min-w-[40rem] text-sm" data-testid="series-table">
        <caption className="px-3 py-2 text-left text-muted">{t('valuesCaption')}</caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line text-left">
            <th scope="col" className="px-3 py-2">{t('colSeries')}</th>
            <th scope="col" className="px-3 py-2">{t('colPeriod')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t(`modes.${mode}`)}</th>
            <th scope="col" className="px-3 py-2">{t('colFlag')}</th>
            <th scope="col" className="px-3 py-2">{t('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {view.view.flatMap((v) =>
            v.points.map((p) => (
              <tr key={`${v.series.id}-${p.period}`} className="border-b border-line last:border-0" data-series={v.series.id} data-period={p.period}>
                <th scope="row" className="px-3 py-1.5 text-left font-normal">{placeName(v.series, locale)}</th>
                <td className="px-3 py-1.5">
                  {p.period}
                  {p.periodKind === 'mid_year' ? ` (${t('midYearShort')})` : p.periodKind === 'substitute' ? ` (${t('substituteShort')})` : ''}
                </td>
                <td className="px-3 py-1.5 text-right" data-value={p.value ?? ''}>
                  {mode === 'absolute'
                    ? formatQuantity(p.value, v.series.unit, locale, p.qualifier)
                    : p.value === null
                      ? GAP
                      : `${new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 }).format(p.value)}${mode === 'yoy' ? '%' : ''}`}
                  {p.acrossBreak ? <span title={t('acrossBreak')}> †</span> : null}
                </td>
                <td className="px-3 py-1.5">{p.flag === 'D' ? t('flagDerived') : t('flagStated')}</td>
                <td className="px-3 py-1.5">
                  <a href={`#source-${p.sourceId}`} className="text-accent underline">{p.sourceId}</a>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Start, end, absolute and relative change and CAGR over the selected range, per series. */
export async function SeriesSummaryTable({ view, locale }: { view: SeriesView; locale: Locale }) {
  const t = await getTranslations('series');
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('summaryTable')} tabIndex={0}>
      <table className="tabular w-full min-w-[40rem] text-sm" data-testid="series-summary">
        <caption className="px-3 py-2 text-left text-muted">{t('summaryCaption', { from: view.range.from, to: view.range.to })}</caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line text-left">
            <th scope="col" className="px-3 py-2">{t('colSeries')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colStart')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colEnd')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colAbsolute')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colRelative')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colCagr')}</th>
          </tr>
        </thead>
        <tbody>
          {view.view.map(({ series, summary: s }) => (
            <tr key={series.id} className="border-b border-line last:border-0" data-series={series.id}>
              <th scope="row" className="px-3 py-1.5 text-left font-normal">
                {placeName(series, locale)}
                {s.acrossBreak ? <span className="block text-xs text-amber-700">{t('acrossBreak')}</span> : null}
              </th>
              <td className="px-3 py-1.5 text-right">{s.startYear}: {formatQuantity(s.start, series.unit, locale)}</td>
              <td className="px-3 py-1.5 text-right">{s.endYear}: {formatQuantity(s.end, series.unit, locale)}</td>
              <td className="px-3 py-1.5 text-right">{series.unit === 'percent' && s.absolute !== null ? `${formatQuantity(s.absolute, 'percent', locale, 'exact', 2).replace('%', '')} pp` : formatQuantity(s.absolute, series.unit, locale)}</td>
              <td className="px-3 py-1.5 text-right" data-testid={`relative-${series.id}`}>{formatShare(s.relative, locale)}</td>
              <td className="px-3 py-1.5 text-right" data-testid={`cagr-${series.id}`}>{formatShare(s.cagr, locale, 2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="px-3 py-2 text-xs text-muted">{t('summaryGapNote')}</p>
    </div>
  );
}
