import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, formatShare, GAP, placeName } from '@/lib/i18n/format.ts';
import type { CityRankRow } from '@/lib/queries/types.ts';
import { nonDefaultCityParams, withQuery, type CityViewState } from '@/lib/schemas/villages-url.ts';
import { withAside } from '@/lib/i18n/punctuation.ts';
import { NoteMarkers } from '@/components/notes/note-markers.tsx';
import { commonIds, markersOf } from '@/lib/views/note-numbers.ts';

type SortKey = CityViewState['sort'];

/**
 * Server-rendered table; the sortable headers are links, so sorting works without JavaScript. With
 * JavaScript they navigate in place (next/link, no scroll): the page is not reloaded, the link
 * keeps focus and the window keeps its scroll position.
 */
type TableNotes = { numbers: ReadonlyMap<string, number>; label: string };

export async function RankingTable({ rows, state, path, locale, year, emptyMessage, notes }: { rows: CityRankRow[]; state: CityViewState; path: string; locale: Locale; year: number; emptyMessage: string; notes?: TableNotes }) {
  const t = await getTranslations('villages');
  // A note every row carries (how the list ranks, where it was checked) is marked once, on the
  // villages column; a city's own note on its count.
  const shared = commonIds(rows.map((r) => r.noteIds));
  const seen = new Set<number>();
  const rowMarkers = (r: CityRankRow) => (notes ? markersOf(r.noteIds.filter((id) => !shared.includes(id)), notes.numbers) : []);
  const columnLabel: Record<SortKey, string> = { rank: t('colPublishedRank'), city: t('colCity'), province: t('colProvince'), villages: t('colVillages') };

  function sortHeader(column: SortKey, numeric = false, markers: number[] = []) {
    const active = state.sort === column;
    const nextDir = active ? (state.dir === 'asc' ? 'desc' : 'asc') : column === 'villages' ? 'desc' : 'asc';
    const href = withQuery(path, nonDefaultCityParams({ ...state, sort: column, dir: nextDir }));
    return (
      <th key={column} scope="col" aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={`px-3 py-2 ${numeric ? 'text-right' : 'text-left'}`}>
        <Link href={href} scroll={false} prefetch={false} className="inline-flex items-center gap-1 text-accent underline-offset-4 hover:underline" aria-label={t('sortBy', { column: columnLabel[column] })} data-sort={column}>
          {columnLabel[column]}
          <span aria-hidden="true">{active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        </Link>
        {notes ? <NoteMarkers numbers={markers} label={notes.label} seen={seen} /> : null}
      </th>
    );
  }

  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('tableTitle', { year })} tabIndex={0}>
      <table className="sticky-key tabular w-full min-w-[40rem] border-collapse text-sm" data-testid="ranking-table">
        <caption className="px-3 py-2 text-left text-sm text-muted">
          {t('tableCaption', { sort: withAside(columnLabel[state.sort], state.dir === 'asc' ? t('sortAsc') : t('sortDesc'), locale) })}
        </caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line">
            <th scope="col" className="px-3 py-2 text-right">{t('colRank')}</th>
            {sortHeader('rank', true)}
            {sortHeader('city')}
            {sortHeader('province')}
            {sortHeader('villages', true, notes && rows.length ? markersOf(shared, notes.numbers) : [])}
            <th scope="col" className="px-3 py-2 text-right">{t('colTowns')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colShareView')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('colShareNational')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="px-3 py-6 text-center text-muted" data-testid="ranking-empty">{emptyMessage}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.city.adcode} className="border-b border-line last:border-0" data-city={r.city.adcode}>
                <td className="px-3 py-2 text-right">{r.rank ?? GAP}</td>
                <td className="px-3 py-2 text-right">
                  {r.publishedRank ?? GAP}
                  {/* A ranked list named "*-named-order" holds the order a reprint names the cities in, not ranks the source printed (docs/data-contracts.md). */}
                  {r.publishedRank !== null && r.rankedList?.endsWith('-named-order') ? (
                    <span className="block text-xs text-muted" data-testid="named-order">
                      {t('namedOrder')}
                    </span>
                  ) : null}
                </td>
                <th scope="row" className="place-name px-3 py-2 text-left font-medium">{placeName(r.city, locale)}</th>
                <td className="px-3 py-2">{placeName(r.province, locale)}</td>
                <td className="px-3 py-2 text-right font-medium">
                  {formatCount(r.villages, locale, r.villagesQualifier)}
                  {notes ? <NoteMarkers numbers={rowMarkers(r)} label={notes.label} seen={seen} /> : null}
                </td>
                <td className="px-3 py-2 text-right">{formatCount(r.towns, locale, r.townsQualifier)}</td>
                <td className="px-3 py-2 text-right">{formatShare(r.shareOfView, locale)}</td>
                <td className="px-3 py-2 text-right">{formatShare(r.shareOfNational, locale, 2)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
