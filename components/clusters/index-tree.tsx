import type { ReactNode } from 'react';
import { parenthesize } from '@/lib/i18n/punctuation.ts';

/*
 * An explorable tree of nested <details>/<summary>: it opens and closes with the mouse, with Enter
 * or Space on a focused summary, and without JavaScript (native disclosure widgets). Nodes and their
 * text come already localised from the caller; this component only lays them out.
 */

export type IndexTreeItem = {
  id: string;
  /** The node's name (may carry a lang attribute or a second-language form). */
  label: ReactNode;
  /** Short text after the label, e.g. how many indicators sit below the node. */
  meta?: string;
  /** Shown when the node is open, before its children (e.g. the notes on the node). */
  body?: ReactNode;
  /** Shown after a leaf's label (e.g. a note toggle). */
  extra?: ReactNode;
  /** Open on first render. */
  open?: boolean;
  children: IndexTreeItem[];
};

type Props = { items: IndexTreeItem[]; label?: string; level?: number; testId?: string };

export function IndexTree({ items, label, level = 1, testId }: Props) {
  return (
    <ul aria-label={label} className={level === 1 ? 'space-y-2' : 'mt-2 space-y-1.5'} data-testid={testId} data-level={level}>
      {items.map((item) => (
        <li key={item.id} data-node={item.id} data-level={level} className={level === 1 ? 'rounded-lg border border-line p-2 sm:p-3' : ''}>
          {item.children.length || item.body ? (
            <details open={item.open} data-level={level}>
              <summary className={`cursor-pointer rounded px-1 py-0.5 hover:bg-accent-soft ${level === 1 ? 'font-semibold' : 'font-medium'}`}>
                {item.label}
                {item.meta ? <span className="ml-2 text-xs font-normal text-muted">{parenthesize(item.meta)}</span> : null}
              </summary>
              <div className="ml-2 mt-1 border-l-2 border-line pl-3 sm:ml-3">
                {item.body}
                {item.children.length ? <IndexTree items={item.children} level={level + 1} /> : null}
              </div>
            </details>
          ) : (
            <div className="px-1 py-0.5">
              <span>{item.label}</span>
              {item.meta ? <span className="ml-2 text-xs text-muted">{parenthesize(item.meta)}</span> : null}
              {item.extra}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
