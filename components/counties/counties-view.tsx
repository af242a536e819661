import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, GAP, placeName } from '@/lib/i18n/format.ts';
import { withQuery } from '@/lib/schemas/villages-url.ts';
import { readerShortName, sourceLine } from '@/lib/source-text.ts';
import { sourceHref } from '@/lib/source-link.ts';
import type { CountiesView as CountiesViewData } from '@/lib/views/counties-page.ts';
import { CountyBarChart } from '@/components/counties/county-bar-chart.tsx';
import { bodyRowClass, Cell, EmptyRow, HeadCell, HeadRow, RowHeader, TableFrame } from '@/components/table/data-table.tsx';
import { PlaceFilterForm } from '@/components/villages/place-filter-form.tsx';

type Props = {
  view: CountiesViewData;
  locale: Locale;
  /** The page's path; the form submits to it (GET), so the view works without JavaScript. */
  path: string;
  /** The page's other parameters (its year, provinces…), kept when the Counties form is submitted. */
  keep: [string, string][];
};

const countyName = (c: CountiesViewData['rows'][number]['county'], locale: Locale) => (locale === 'zh' ? c.nameZh : c.nameEn ? `${c.nameEn} ${c.nameZh}` : c.nameZh);

/**
 * The Counties view of the villages page: the published county counts of a year (one row per
 * county and source: sources are never merged), a bar chart of them and a province/city filter.
 * Its own parameters (cyear, cprovince, ccity) leave the city ranking's view alone.
 */
export async function CountiesView({ view, locale, path, keep }: Props) {
  const t = await getTranslations('countyView');
  const sourceById = new Map(view.sources.map((s) => [s.id, s]));
  const provinceName = new Map(view.provinceOptions.map((p) => [p.adcode, placeName(p, locale)]));
  const chosen = [view.province, view.city]
    .map((code, i) => (code === null ? null : i === 0 ? provinceName.get(code) : view.cityOptions.find((c) => c.adcode === code)))
    .flatMap((x) => (x === null || x === undefined ? [] : [typeof x === 'string' ? x : placeName(x, locale)]));
  const title = view.year === null ? t('title') : t('chartTitle', { year: view.year }) + (chosen.length ? ` (${chosen.join(', ')})` : '');
  const top = view.chart[0];
  // Several counties can share the largest figure (seven at ">100" in 2019): then none is named the largest.
  const ties = top ? view.chart.filter((b) => b.villages === top.villages && b.villagesQualifier === top.villagesQualifier).length : 0;
  const summary = !top
    ? t('chartEmpty')
    : ties > 1
      ? t('chartSummaryTie', { count: view.chart.length, ties, topCount: formatCount(top.villages, locale, top.villagesQualifier) })
      : t('chartSummary', { count: view.chart.length, top: locale === 'zh' ? top.county.nameZh : (top.county.nameEn ?? top.county.nameZh), topCount: formatCount(top.villages, locale, top.villagesQualifier) });
  const api = withQuery('/api/v1/taobao-villages/counties', new URLSearchParams(view.apiParams));
  const csv = withQuery('/api/v1/taobao-villages/counties.csv', new URLSearchParams(view.apiParams));

  return (
    <section id="counties" aria-labelledby="counties-heading" className="space-y-4" data-testid="counties-view">
      <div className="space-y-1">
        <h2 id="counties-heading" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t('lead')}</p>
      </div>

      {view.invalid.length ? (
        <p role="alert" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm" data-testid="counties-invalid">
          {t('invalid', { details: view.invalid.join('; ') })}
        </p>
      ) : null}

      <PlaceFilterForm
        view={view}
        locale={locale}
        messages="countyView"
        action={`${path}#counties`}
        param="c"
        testId="counties"
        keep={keep}
        cityLabel={(c) => `${placeName(c, locale)} (${provinceName.get(c.provinceAdcode) ?? c.provinceAdcode})`}
      />

      {view.chart.length ? <CountyBarChart bars={view.chart} title={title} summary={summary} locale={locale} /> : <p className="text-sm text-muted">{summary}</p>}

      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="counties-table-title" className="font-semibold">{view.year === null ? t('title') : t('tableTitle', { year: view.year })}</h3>
        <nav aria-label={t('downloads')} className="flex flex-wrap gap-3 text-sm">
          <a className="text-accent underline" href={csv} data-testid="counties-csv" download>
            {t('csv')}
          </a>
          <a className="text-accent underline" href={api} data-testid="counties-json">
            {t('json')}
          </a>
        </nav>
      </div>
      <TableFrame labelledBy="counties-table-title" minWidthClass="min-w-[44rem]" testId="counties-table" caption={t('caption')}>
          <HeadRow>
            <HeadCell>{t('colCounty')}</HeadCell>
            <HeadCell>{t('colCity')}</HeadCell>
            <HeadCell align="right">{t('colVillages')}</HeadCell>
            <HeadCell align="right">{t('colTowns')}</HeadCell>
            <HeadCell>{t('colSource')}</HeadCell>
          </HeadRow>
          <tbody>
            {view.rows.length === 0 ? (
              <EmptyRow columns={5} testId="counties-empty">{t('empty')}</EmptyRow>
            ) : (
              view.rows.map((r) => {
                const source = sourceById.get(r.sourceId);
                return (
                  <tr key={`${r.county.adcode}-${r.sourceId}`} className={bodyRowClass} data-county={r.county.adcode}>
                    <RowHeader>{countyName(r.county, locale)}</RowHeader>
                    <Cell>{r.city ? `${placeName(r.city, locale)}${locale === 'zh' ? '，' : ', '}${placeName(r.province, locale)}` : placeName(r.province, locale)}</Cell>
                    <Cell align="right" strong>{formatCount(r.villages, locale, r.villagesQualifier)}</Cell>
                    <Cell align="right">{formatCount(r.towns, locale, r.townsQualifier)}</Cell>
                    <Cell>
                      {source ? <a href={sourceHref(locale, source.id)} className="inline-block min-h-6 py-0.5 text-accent underline" title={sourceLine(source, locale)}>{readerShortName(source, locale)}</a> : '—'}
                      {r.sourcePage ? (
                        <span className="block text-xs text-muted">
                          {/^https?:\/\//.test(r.sourcePage) ? (
                            <a href={r.sourcePage} className="inline-block min-h-6 py-0.5 break-all underline" rel="noopener noreferrer nofollow">
                              {new URL(r.sourcePage).host}
                            </a>
                          ) : (
                            t('site', { site: r.sourcePage })
                          )}
                        </span>
                      ) : (
                        <span className="block text-xs text-muted">{t('noPage')}</span>
                      )}
                      {r.noteIds.length ? <span className="block text-xs text-muted">{t('notesRef', { ids: r.noteIds.map((id) => view.notes.findIndex((n) => n.id === id) + 1).filter((n) => n > 0).join(locale === 'zh' ? '、' : ', ') })}</span> : null}
                    </Cell>
                  </tr>
                );
              })
            )}
          </tbody>
      </TableFrame>
      {view.notes.length ? (
        <ol className="list-decimal space-y-1 pl-6 text-sm text-muted" data-testid="counties-notes">
          {view.notes.map((n) => (
            <li key={n.id}>{locale === 'zh' ? n.textZh : n.textEn}</li>
          ))}
        </ol>
      ) : null}
      <p className="text-xs text-muted">{t('gapNote', { gap: GAP })}</p>
    </section>
  );
}
