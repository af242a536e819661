import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing.ts';
import { resolveNotes, type ClusterNote } from '@/lib/views/clusters/common.ts';
import { cleanLatex } from '@/lib/views/clusters/latex.ts';
import type { SemTable, TableColumn, TableRow } from '@/lib/views/clusters/yongkang-tables.ts';
import { NoteMarkers, SectionNotes, type NoteNumbers } from './notes.tsx';
import { SemTableView } from './sem-table.tsx';
import { CaseSection } from '@/components/layout/section.tsx';

type Props = {
  table: SemTable;
  /** Every note the page can show, by id. */
  notes: ReadonlyMap<string, ClusterNote>;
  locale: Locale;
  title: string;
  /** Name of the table itself when it differs from the section heading. */
  tableTitle?: string;
  intro?: ReactNode;
  numbers: NoteNumbers;
  minWidth?: string;
  emphasise?: (row: TableRow, column: TableColumn) => boolean;
  /** Content between the intro and the table (e.g. charts of which the table is the alternative). */
  before?: ReactNode;
  /** Extra content between the table and its notes. */
  children?: ReactNode;
};

/** One table of the paper: heading, intro, table, downloads, what the prose says, and its data notes. */
export async function TableSection({ table, notes, locale, title, tableTitle, intro, numbers, minWidth, emphasise, before, children }: Props) {
  const t = await getTranslations('yongkang.common');
  const section = table.id;
  const query = locale === 'en' ? '' : `?lang=${locale}`;
  const base = `/api/v1/clusters/yongkang/sem/${table.id}`;
  const claims = table.claims;
  const hasDerived = table.columns.some((c) => c.derived);
  return (
    <CaseSection
      name={section}
      title={title}
      actions={
        <nav aria-label={t('downloads', { table: title })} className="flex flex-wrap gap-3 text-sm">
          <a className="text-accent underline" href={`${base}.csv${query}`} data-testid={`csv-${section}`} download>
            {t('csv')}
          </a>
          <a className="text-accent underline" href={`${base}${query}`} data-testid={`json-${section}`}>
            {t('json')}
          </a>
        </nav>
      }
    >
      {intro ? <div className="max-w-4xl text-sm text-muted">{intro}</div> : null}
      {before}
      <SemTableView table={table} locale={locale} title={tableTitle ?? title} section={section} numbers={numbers} minWidth={minWidth} emphasise={emphasise} />
      <p className="text-xs text-muted">
        {hasDerived ? `${t('derivedLegend')} ` : ''}
        {t('gapLegend')}
      </p>
      {children}
      {claims.length ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t('proseTitle')}</h3>
          <ul className="space-y-2 text-sm" data-testid={`prose-${section}`}>
            {claims.map((c) => (
              <li key={c.id} className="rounded border border-line px-3 py-2">
                <blockquote lang="en" className="border-l-2 border-slate-300 pl-2 italic [overflow-wrap:anywhere]">
                  {[c.quote, ...c.alsoQuotes].map((q, i) => (
                    <span key={i} className="block">
                      “{cleanLatex(q)}”
                    </span>
                  ))}
                </blockquote>
                <p className="mt-1 text-xs text-muted">
                  {t('quoteWhere', { where: '\u0000' }).split('\u0000')[0]}
                  <span lang="en">{c.where}</span>
                  {t('quoteWhere', { where: '\u0000' }).split('\u0000')[1]}{' '}
                  <span className={c.agreesWithTable ? 'text-emerald-800' : 'font-semibold text-amber-900'}>
                    {c.agreesWithTable ? `✓ ${t('agrees')}` : `✗ ${t('disagrees')}`}
                  </span>
                  <NoteMarkers ids={c.noteIds} section={section} numbers={numbers} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SectionNotes notes={resolveNotes(notes, sortByNumber([...table.noteIds, ...claims.flatMap((c) => c.noteIds)], numbers))} section={section} numbers={numbers} locale={locale} />
    </CaseSection>
  );
}

/** Distinct ids in marker-number order. */
export const sortByNumber = (ids: readonly string[], numbers: NoteNumbers) => [...new Set(ids)].sort((a, b) => (numbers[a] ?? 999) - (numbers[b] ?? 999));
