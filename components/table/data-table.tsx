import type { ReactNode } from 'react';

// The markup the data tables share: a bordered frame that scrolls sideways on a narrow screen
// (a focusable region named by its title, so keyboards can scroll it), header cells, row-header
// cells and number cells with the same padding everywhere.

type Align = 'left' | 'right';
const alignClass = (align: Align) => (align === 'right' ? 'text-right' : 'text-left');

/** `minWidthClass`: a literal Tailwind class (min-w-[44rem]) written where the table is used, so Tailwind sees it. */
export function TableFrame({ labelledBy, minWidthClass, testId, caption, children }: { labelledBy: string; minWidthClass: string; testId: string; caption?: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className={`tabular w-full ${minWidthClass} border-collapse text-sm`} data-testid={testId}>
        {caption ? <caption className="px-3 py-2 text-left text-sm text-muted">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** A column header of the table's head row. */
export const HeadCell = ({ align = 'left', children }: { align?: Align; children: ReactNode }) => (
  <th scope="col" className={`px-3 py-2 ${alignClass(align)}`}>{children}</th>
);

export const HeadRow = ({ children }: { children: ReactNode }) => (
  <thead className="bg-slate-50">
    <tr className="border-b border-line">{children}</tr>
  </thead>
);

/** The cell that names the row (read first by screen readers). */
export const RowHeader = ({ children }: { children: ReactNode }) => <th scope="row" className="px-3 py-2 text-left font-medium">{children}</th>;

export const Cell = ({ align = 'left', strong = false, children }: { align?: Align; strong?: boolean; children: ReactNode }) => (
  <td className={`px-3 py-2 ${alignClass(align)}${strong ? ' font-medium' : ''}`}>{children}</td>
);

/** The one row of an empty table, saying why it is empty. */
export const EmptyRow = ({ columns, testId, children }: { columns: number; testId: string; children: ReactNode }) => (
  <tr>
    <td colSpan={columns} className="px-3 py-6 text-center text-muted" data-testid={testId}>
      {children}
    </td>
  </tr>
);

export const bodyRowClass = 'border-b border-line last:border-0';
