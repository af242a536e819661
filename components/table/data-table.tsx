import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

// The markup the data tables share: a bordered frame that scrolls sideways on a narrow screen
// (a focusable region named by its title, so keyboards can scroll it), header cells, row-header
// cells and number cells with the same padding everywhere. Long tables of figures (the series
// tables) use `dense` rows; `sticky` keeps their row headers in view on a phone (app/globals.css).

type Align = 'left' | 'right';
const alignClass = (align: Align) => (align === 'right' ? 'text-right' : 'text-left');
const padding = (dense: boolean) => (dense ? 'px-3 py-1.5' : 'px-3 py-2');
// Whole class names (never assembled from parts), so Tailwind finds them in this file.
const CAPTION_SIZE = { sm: 'text-sm', xs: 'text-xs' } as const;
const WEIGHT = { medium: 'font-medium', normal: 'font-normal' } as const;

type FrameName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

/**
 * `minWidthClass`: a literal Tailwind class (min-w-[44rem]) written where the table is used, so Tailwind sees it.
 * The region is named by a heading (`labelledBy`) or, without one, by `label`. `after` sits inside the
 * scrolling frame below the table (notes that belong to it). Text tables set `tabular={false}` and may
 * take a smaller caption (`captionSize="xs"`).
 */
export function TableFrame({
  minWidthClass,
  testId,
  caption,
  captionSize = 'sm',
  sticky = false,
  tabular = true,
  after,
  children,
  ...name
}: FrameName & { minWidthClass: string; testId: string; caption?: ReactNode; captionSize?: 'sm' | 'xs'; sticky?: boolean; tabular?: boolean; after?: ReactNode; children: ReactNode }) {
  const tableClass = [sticky ? 'sticky-key' : '', tabular ? 'tabular' : '', `w-full ${minWidthClass} border-collapse text-sm`].filter(Boolean).join(' ');
  return (
    <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby={name.labelledBy} aria-label={name.label} tabIndex={0}>
      <table className={tableClass} data-testid={testId}>
        {caption ? <caption className={`px-3 py-2 text-left ${CAPTION_SIZE[captionSize]} text-muted`}>{caption}</caption> : null}
        {children}
      </table>
      {after}
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

type DataAttributes = { [key: `data-${string}`]: string | number | undefined };

/** The cell that names the row (read first by screen readers); `weight="normal"` where every row header is long text. */
export const RowHeader = ({ dense = false, weight = 'medium', children, ...rest }: { dense?: boolean; weight?: 'medium' | 'normal'; children: ReactNode } & DataAttributes & Pick<ThHTMLAttributes<HTMLTableCellElement>, 'title'>) => (
  <th scope="row" className={`${padding(dense)} text-left ${WEIGHT[weight]}`} {...rest}>{children}</th>
);

export const Cell = ({ align = 'left', strong = false, dense = false, children, ...rest }: { align?: Align; strong?: boolean; dense?: boolean; children: ReactNode } & DataAttributes & Pick<TdHTMLAttributes<HTMLTableCellElement>, 'title'>) => (
  <td className={`${padding(dense)} ${alignClass(align)}${strong ? ' font-medium' : ''}`} {...rest}>{children}</td>
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
