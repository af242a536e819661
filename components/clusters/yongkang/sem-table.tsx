import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing.ts';
import { csvCell, type CellValue, type SemTable, type TableColumn, type TableRow } from '@/lib/views/clusters/yongkang-tables.ts';
import { GAP } from '@/lib/i18n/format.ts';
import { NoteMarkers, type NoteNumbers } from './notes.tsx';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';

const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** A number as shown: the printed text where the table has one, else per locale with the column's digits. */
export function formatCellNumber(value: number, column: TableColumn, locale: Locale, printed?: string): string {
  if (printed !== undefined && printed !== '') return printed;
  const digits = column.digits ?? 3;
  return numberFormat(intlLocale(locale), { minimumFractionDigits: column.fixed ? digits : 0, maximumFractionDigits: digits }).format(value);
}

/**
 * Short class names of a cell (styled in app/globals.css, "Yongkang's SEM tables"): the page has ~500
 * cells, and each cell's class list is written twice, in the HTML and in the React payload (issue 12).
 */
function cellClass(column: TableColumn, rowHeader: boolean): string {
  const kinds = ['sem-cell', column.type === 'number' || column.type === 'boolean' ? 'sem-num' : null, rowHeader ? 'sem-key' : null, column.derived ? 'sem-derived' : null, column.type === 'text' ? 'sem-text' : null, column.type === 'id' ? 'sem-id' : null];
  return kinds.filter(Boolean).join(' ');
}

/** The exact text of the cell in the CSV export (kept on the cell so the two can be compared). */
const rawOf = (v: CellValue) => {
  const c = csvCell(v);
  return c === null ? '' : String(c);
};

type Props = {
  table: SemTable;
  locale: Locale;
  /** Accessible name of the table (and its scroll region). */
  title: string;
  section: string;
  numbers: NoteNumbers;
  minWidth?: string;
  /** Cells drawn in bold (e.g. the diagonal of Table 2). */
  emphasise?: (row: TableRow, column: TableColumn) => boolean;
};

/**
 * Server-rendered table of one view-model table: exactly its columns and rows (the CSV export has
 * the same). Derived columns are tinted and badged; data notes are numbered links next to the cell.
 */
export async function SemTableView({ table, locale, title, section, numbers, minWidth = '40rem', emphasise }: Props) {
  const paper = await paperNamer();
  const t = await getTranslations('yongkang');

  function display(row: TableRow, column: TableColumn): ReactNode {
    const v = row.cells[column.key] ?? null;
    if (row.blank.includes(column.key)) return '';
    if (v === null) return GAP;
    if (typeof v === 'boolean') {
      return (
        <>
          <span aria-hidden="true">{v ? '✓ ' : '✗ '}</span>
          {v ? t('common.yes') : t('common.no')}
        </>
      );
    }
    if (typeof v === 'number') return formatCellNumber(v, column, locale, row.printed[column.key]);
    if (column.type === 'enum') return t(`enums.${column.key}.${v}` as 'enums.effect.direct');
    return v;
  }

  const numeric = (c: TableColumn) => c.type === 'number' || c.type === 'boolean';

  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('common.tableRegion', { table: title })} tabIndex={0}>
      <table className="sticky-key tabular w-full border-collapse text-sm" style={{ minWidth }} data-testid={`table-${table.id}`}>
        <caption className="px-3 py-2 text-left text-sm text-muted">
          <span className="font-medium text-ink">{title}</span> — {/* The paper's section title is English: marked as such inside the translated line. */}
          {t('common.source', { file: paper(table.source.sourceId), where: '\u0000' }).split('\u0000')[0]}
          <span lang="en">{table.source.where}</span>
          {t('common.source', { file: paper(table.source.sourceId), where: '\u0000' }).split('\u0000')[1]}
        </caption>
        <thead className="bg-slate-50">
          <tr className="border-b border-line">
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                data-column={c.key}
                {...(c.derived ? { 'data-derived': 'true' } : {})}
                className={`px-3 py-2 align-bottom font-semibold ${numeric(c) ? 'text-right' : 'text-left'} ${c.derived ? 'bg-sky-50' : ''}`}
              >
                {t(`cols.${c.key}` as 'cols.construct')}
                {c.derived ? <span className="ml-1 inline-block rounded bg-sky-100 px-1 text-xs font-normal text-sky-900">{t('common.derived')}</span> : null}
                <NoteMarkers ids={c.noteIds} section={section} numbers={numbers} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} data-row={r.key} className="sem-row">
              {table.columns.map((c) => {
                const Cell = c.key === table.rowHeader ? 'th' : 'td';
                const bold = emphasise?.(r, c) ?? false;
                return (
                  <Cell
                    key={c.key}
                    // Only the props a cell has: an absent prop costs nothing, an undefined one is still written into the page's React payload.
                    {...(Cell === 'th' ? { scope: 'row' } : {})}
                    data-col={c.key}
                    data-raw={rawOf(r.cells[c.key] ?? null)}
                    className={cellClass(c, Cell === 'th')}
                  >
                    <span data-cell {...(bold ? { className: 'font-bold' } : {})}>
                      {display(r, c)}
                    </span>
                    <NoteMarkers ids={r.notes[c.key] ?? []} section={section} numbers={numbers} />
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
