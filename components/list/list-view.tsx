import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, placeName } from '@/lib/i18n/format.ts';
import { withQuery } from '@/lib/schemas/villages-url.ts';
import type { ListView as ListViewData } from '@/lib/views/list-page.ts';
import { bodyRowClass, Cell, EmptyRow, HeadCell, HeadRow, RowHeader, TableFrame } from '@/components/table/data-table.tsx';
import { PlaceFilterForm } from '@/components/villages/place-filter-form.tsx';

type Props = {
  view: ListViewData;
  locale: Locale;
  /** The page's path; the form submits to it (GET), so the view works without JavaScript. */
  path: string;
  /** The page's other parameters, kept when the list's form is submitted. */
  keep: [string, string][];
};

/**
 * The loaded village-level list on the villages page (Table tab): its county ranking, the Taobao
 * towns derived from it and its village rows, with a year/province/city filter of its own (lyear,
 * lprovince, lcity). Everything here is marked "derived from the loaded list": no published count.
 */
export async function ListView({ view, locale, path, keep }: Props) {
  const t = await getTranslations('listView');
  const sep = locale === 'zh' ? '，' : ', ';
  const where = (r: { city: { adcode: number; nameEn: string; nameZh: string } | null; province: { adcode: number; nameEn: string; nameZh: string } }) =>
    r.city ? `${placeName(r.city, locale)}${sep}${placeName(r.province, locale)}` : placeName(r.province, locale);
  const api = new URLSearchParams(view.apiParams);
  const towns = new URLSearchParams([...view.apiParams, ['taobao', 'true']]);
  const n = (x: number) => formatCount(x, locale, 'exact');

  return (
    <section id="loaded-list" aria-labelledby="list-heading" className="space-y-4" data-testid="list-view">
      <div className="space-y-1">
        <h2 id="list-heading" className="text-lg font-semibold">
          {view.year === null ? t('titleNone') : t('title', { year: view.year })}{' '}
          <span className="ml-1 inline-block rounded border border-amber-500 bg-amber-50 px-1.5 py-0.5 align-middle text-xs font-medium" data-testid="list-derived">
            {t('derived')}
          </span>
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t('lead')}</p>
      </div>

      {view.invalid.length ? (
        <p role="alert" className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm" data-testid="list-invalid">
          {t('invalid', { details: view.invalid.join('; ') })}
        </p>
      ) : null}

      {view.year === null ? (
        <p className="text-sm" data-testid="list-none">{t('none')}</p>
      ) : (
        <>
          <PlaceFilterForm view={view} locale={locale} messages="listView" action={`${path}#loaded-list`} param="l" testId="list" keep={keep} />

          {view.totals ? (
            <p className="text-sm" data-testid="list-totals">
              {t('totals', { villages: view.totals.villages, counties: view.totals.counties, towns: view.totals.towns, taobaoTowns: view.totals.taobaoTowns })}
              {view.totals.unmatched ? ` ${t('unmatched', { count: view.totals.unmatched })}` : ''}
            </p>
          ) : null}

          <nav aria-label={t('downloads')} className="flex flex-wrap gap-3 text-sm">
            <a className="inline-block min-h-6 py-0.5 text-accent underline" href={withQuery('/api/v1/taobao-villages/list-counties.csv', api)} data-testid="list-counties-csv" download>{t('csvCounties')}</a>
            <a className="inline-block min-h-6 py-0.5 text-accent underline" href={withQuery('/api/v1/taobao-villages/list-towns.csv', towns)} data-testid="list-towns-csv" download>{t('csvTowns')}</a>
            <a className="inline-block min-h-6 py-0.5 text-accent underline" href={withQuery('/api/v1/taobao-villages/villages.csv', api)} data-testid="list-villages-csv" download>{t('csvVillages')}</a>
            <a className="inline-block min-h-6 py-0.5 text-accent underline" href={withQuery('/api/v1/taobao-villages/list-counties', api)} data-testid="list-counties-json">{t('json')}</a>
          </nav>

          <h3 id="list-counties-title" className="font-semibold">{t('countiesTitle')}</h3>
          <TableFrame labelledBy="list-counties-title" minWidthClass="min-w-[36rem]" testId="list-counties" caption={t('countiesCaption')}>
            <HeadRow>
              <HeadCell align="right">{t('colRank')}</HeadCell>
              <HeadCell>{t('colCounty')}</HeadCell>
              <HeadCell>{t('colCity')}</HeadCell>
              <HeadCell align="right">{t('colVillages')}</HeadCell>
              <HeadCell align="right">{t('colTowns')}</HeadCell>
              <HeadCell align="right">{t('colTaobaoTowns')}</HeadCell>
            </HeadRow>
            <tbody>
              {view.counties.length === 0 ? (
                <EmptyRow columns={6} testId="list-counties-empty">{t('empty')}</EmptyRow>
              ) : (
                view.counties.map((r) => (
                  <tr key={r.county.adcode} className={bodyRowClass} data-county={r.county.adcode}>
                    <Cell align="right">{r.rank}</Cell>
                    <RowHeader>{r.county.nameZh}</RowHeader>
                    <Cell>{where(r)}</Cell>
                    <Cell align="right" strong>{n(r.villages)}</Cell>
                    <Cell align="right">{n(r.towns)}</Cell>
                    <Cell align="right">{n(r.taobaoTowns)}</Cell>
                  </tr>
                ))
              )}
            </tbody>
          </TableFrame>

          <h3 id="list-towns-title" className="font-semibold">{t('townsTitle')}</h3>
          <TableFrame labelledBy="list-towns-title" minWidthClass="min-w-[32rem]" testId="list-towns" caption={t('townsCaption')}>
            <HeadRow>
              <HeadCell>{t('colTown')}</HeadCell>
              <HeadCell>{t('colCounty')}</HeadCell>
              <HeadCell>{t('colCity')}</HeadCell>
              <HeadCell align="right">{t('colVillages')}</HeadCell>
            </HeadRow>
            <tbody>
              {view.taobaoTowns.length === 0 ? (
                <EmptyRow columns={4} testId="list-towns-empty">{t('townsEmpty')}</EmptyRow>
              ) : (
                view.taobaoTowns.map((r) => (
                  <tr key={r.town.code} className={bodyRowClass} data-town={r.town.code}>
                    <RowHeader>{r.town.nameZh}</RowHeader>
                    <Cell>{r.county.nameZh}</Cell>
                    <Cell>{where(r)}</Cell>
                    <Cell align="right" strong>{n(r.villages)}</Cell>
                  </tr>
                ))
              )}
            </tbody>
          </TableFrame>

          <h3 id="list-villages-title" className="font-semibold">{t('villagesTitle')}</h3>
          <TableFrame
            labelledBy="list-villages-title"
            minWidthClass="min-w-[44rem]"
            testId="list-villages"
            caption={t('villagesCaption', { shown: view.villages.length, total: view.totals?.villages ?? view.villages.length })}
          >
            <HeadRow>
              <HeadCell>{t('colVillage')}</HeadCell>
              <HeadCell>{t('colTown')}</HeadCell>
              <HeadCell>{t('colCounty')}</HeadCell>
              <HeadCell>{t('colCity')}</HeadCell>
              <HeadCell>{t('colCode')}</HeadCell>
              <HeadCell>{t('colSalesBand')}</HeadCell>
            </HeadRow>
            <tbody>
              {view.villages.length === 0 ? (
                <EmptyRow columns={6} testId="list-villages-empty">{t('empty')}</EmptyRow>
              ) : (
                view.villages.map((v) => (
                  <tr key={v.id} className={bodyRowClass} data-village={v.villageCode ?? ''}>
                    <RowHeader>{v.name}</RowHeader>
                    <Cell>{v.town}</Cell>
                    <Cell>{v.county}</Cell>
                    <Cell>{where(v)}</Cell>
                    <Cell>{v.villageCode ?? '—'}</Cell>
                    <Cell>{v.salesBand ?? '—'}</Cell>
                  </tr>
                ))
              )}
            </tbody>
          </TableFrame>
        </>
      )}
    </section>
  );
}
