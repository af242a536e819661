import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatChange, formatQuantity, GAP, placeName } from '@/lib/i18n/format.ts';
import type { Derived } from '@/lib/metrics/derived.ts';
import { displayValue } from '@/lib/views/series-panels.ts';
import type { SeriesView, ViewPoint } from '@/lib/views/series-view.ts';
import { readerShortName, sourceLine } from '@/lib/source-text.ts';
import { NoteMarkers } from '@/components/notes/note-markers.tsx';
import { markersOf } from '@/lib/views/note-numbers.ts';
import { bodyRowClass, Cell, HeadCell, HeadRow, RowHeader, TableFrame } from '@/components/table/data-table.tsx';

type Translate = Awaited<ReturnType<typeof getTranslations<'series'>>>;

/** The flag of a point in words, and why a figure is missing when that is not a plain gap. */
function flagText(p: Pick<ViewPoint, 'flag' | 'reason'>, t: Translate): string {
  const parts = [p.flag ? t(`flags.${p.flag}`) : null, p.reason && p.reason !== 'gap' ? t(`reasons.${p.reason}`) : null];
  return parts.filter(Boolean).join(' — ');
}

/** A rate (fraction) as a signed percentage with its bound; "—" and a note mark when it is not computed. */
function rateCell(d: Derived, locale: Locale, digits: number): string {
  if (d.reason === 'share') return `${GAP} *`;
  if (d.reason === 'unbounded') return `${GAP} ‡`;
  return formatChange(d.value === null ? null : d.value * 100, 'percent', locale, d.qualifier, digits);
}

type TableNotes = { numbers: ReadonlyMap<string, number>; label: string };

/**
 * The table alternative of the charts: every point drawn, with its unit, flag and source; a value
 * that carries a note has its numbered marker (`notes`). `sourcesHref` is where the source list is
 * (the Sources tab of the same view), defaulting to this page.
 */
export async function SeriesValuesTable({ view, locale, notes, sourcesHref = '' }: { view: SeriesView; locale: Locale; notes?: TableNotes; sourcesHref?: string }) {
  const t = await getTranslations('series');
  // The source named in words (its full entry is in the Sources panel the link jumps to).
  const names = new Map((view.sources ?? []).map((s) => [s.id, { name: readerShortName(s, locale), title: sourceLine(s, locale) }]));
  const source = (id: string) => names.get(id);
  const seen = new Set<number>();
  const mode = view.query.mode;
  // The period's kind after the period: " (mid-year)" / "（年中）".
  const aside = (kind: string) => (locale === 'zh' ? `（${kind}）` : ` (${kind})`);
  return (
    <TableFrame label={t('valuesTable')} minWidthClass="min-w-[40rem]" testId="series-table" caption={t('valuesCaption')} sticky>
      <HeadRow>
        <HeadCell>{t('colSeries')}</HeadCell>
        <HeadCell>{t('colPeriod')}</HeadCell>
        <HeadCell align="right">{t(`modes.${mode}`)}</HeadCell>
        <HeadCell>{t('colFlag')}</HeadCell>
        <HeadCell>{t('colSource')}</HeadCell>
      </HeadRow>
      <tbody>
        {view.view.flatMap((v) =>
          v.points.map((p) => (
            <tr key={`${v.series.id}-${p.period}`} className={bodyRowClass} data-series={v.series.id} data-period={p.period}>
              <RowHeader dense weight="normal">{placeName(v.series, locale)}</RowHeader>
              <Cell dense>
                {p.period}
                {p.periodKind === 'mid_year' ? aside(t('midYearShort')) : p.periodKind === 'substitute' ? aside(t('substituteShort')) : ''}
              </Cell>
              <Cell dense align="right" data-value={p.value ?? ''} data-unit={p.unit} data-qualifier={p.qualifier}>
                {displayValue(p, locale)}
                {p.acrossBreak && p.value !== null ? <span title={t('acrossBreak')}> †</span> : null}
                {notes ? <NoteMarkers numbers={markersOf(p.noteIds, notes.numbers)} label={notes.label} seen={seen} /> : null}
              </Cell>
              <Cell dense data-flag={p.flag ?? ''} data-reason={p.reason ?? ''}>{flagText(p, t)}</Cell>
              <Cell dense>
                <a href={`${sourcesHref}#source-${p.sourceId}`} className="text-accent underline" title={source(p.sourceId)?.title}>{source(p.sourceId)?.name ?? t('colSource')}</a>
              </Cell>
            </tr>
          )),
        )}
      </tbody>
    </TableFrame>
  );
}

/** Start, end, absolute and relative change and CAGR over the selected range, per series. */
export async function SeriesSummaryTable({ view, locale }: { view: SeriesView; locale: Locale }) {
  const t = await getTranslations('series');
  const figures = view.view.flatMap(({ summary: s }) => [s.absolute, s.relative, s.cagr]);
  const starts = view.view.flatMap(({ summary: s }) => [s.start, s.end]);
  const notes = (
    <div className="space-y-1 px-3 py-2 text-xs text-muted" data-testid="summary-notes">
      <p>{t('summaryGapNote')}</p>
      {figures.some((d) => d.reason === 'share') ? <p>{t('noteShare')}</p> : null}
      {figures.some((d) => d.flag === 'bound' && d.value !== null) || starts.some((r) => r.flag === 'bound') ? <p>{t('noteBound')}</p> : null}
      {figures.some((d) => d.reason === 'unbounded') ? <p>{t('noteUnbounded')}</p> : null}
    </div>
  );
  const sep = locale === 'zh' ? '：' : ': ';
  return (
    <TableFrame label={t('summaryTable')} minWidthClass="min-w-[40rem]" testId="series-summary" caption={t('summaryCaption', { from: view.range.from, to: view.range.to })} sticky after={notes}>
      <HeadRow>
        <HeadCell>{t('colSeries')}</HeadCell>
        <HeadCell align="right">{t('colStart')}</HeadCell>
        <HeadCell align="right">{t('colEnd')}</HeadCell>
        <HeadCell align="right">{t('colAbsolute')}</HeadCell>
        <HeadCell align="right">{t('colRelative')}</HeadCell>
        <HeadCell align="right">{t('colCagr')}</HeadCell>
      </HeadRow>
      <tbody>
        {view.view.map(({ series, summary: s }) => (
          // The start and end keep their ">"/"~"; every change carries the bound it inherits.
          <tr key={series.id} className={bodyRowClass} data-series={series.id}>
            <RowHeader dense weight="normal">
              {placeName(series, locale)}
              {s.acrossBreak ? <span className="block text-xs text-amber-700">{t('acrossBreak')}</span> : null}
            </RowHeader>
            <Cell dense align="right" data-testid={`start-${series.id}`}>
              {s.startYear}
              {sep}
              {formatQuantity(s.start.value, series.unit, locale, s.start.qualifier)}
            </Cell>
            <Cell dense align="right" data-testid={`end-${series.id}`}>
              {s.endYear}
              {sep}
              {formatQuantity(s.end.value, series.unit, locale, s.end.qualifier)}
            </Cell>
            <Cell dense align="right" data-testid={`absolute-${series.id}`} data-flag={s.absolute.flag ?? ''}>
              {s.absolute.reason === 'unbounded'
                ? `${GAP} ‡`
                : series.unit === 'percent'
                  ? formatChange(s.absolute.value, 'pp', locale, s.absolute.qualifier, 2)
                  : formatQuantity(s.absolute.value, series.unit, locale, s.absolute.qualifier)}
            </Cell>
            <Cell dense align="right" data-testid={`relative-${series.id}`} data-flag={s.relative.flag ?? ''}>{rateCell(s.relative, locale, 1)}</Cell>
            <Cell dense align="right" data-testid={`cagr-${series.id}`} data-flag={s.cagr.flag ?? ''}>{rateCell(s.cagr, locale, 2)}</Cell>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
