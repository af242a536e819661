import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { labelled } from '@/lib/i18n/punctuation.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { noteRefId } from '@/components/notes/note-markers.tsx';

export const figureNoteId = (n: number) => `data-note-${n}`;

type Props = {
  notes: { number: number; text: string }[];
  /** Where the reader came from: the chart and table tabs of the same view. */
  backHrefs: { chart: string; table: string };
};

/**
 * The numbered notes in the Sources tab, each the target of its marker's "All notes and sources"
 * link (highlighted when reached), with the way back to the chart or to the marker in the table.
 */
export async function FigureNotes({ notes, backHrefs }: Props) {
  if (!notes.length) return null;
  const t = await getTranslations('viewTabs');
  const locale = (await getLocale()) as Locale;
  return (
    <section aria-labelledby="figure-notes-heading" className="space-y-2" data-testid="figure-notes">
      <h2 id="figure-notes-heading" className="text-lg font-semibold">
        {t('notesTitle')}
      </h2>
      <p className="text-sm text-muted">{t('notesHint')}</p>
      <ol className="space-y-2 text-sm [overflow-wrap:anywhere]">
        {notes.map((n) => (
          <li key={n.number} id={figureNoteId(n.number)} tabIndex={-1} className="flex gap-3 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 target:ring-2 target:ring-accent" data-figure-note={n.number}>
            <span className="font-semibold tabular-nums" aria-hidden="true">
              {n.number}
            </span>
            <span className="min-w-0 flex-1">
              <span className="sr-only">{labelled(t('noteTitle', { number: n.number }), '', locale)}</span>
              <MixedText text={n.text} />
              <span className="mt-1 flex flex-wrap gap-x-4 text-xs">
                <Link href={backHrefs.chart} scroll={false} className="text-accent underline">
                  ↩ {t('backToChart')}
                </Link>
                <Link href={`${backHrefs.table}#${noteRefId(n.number)}`} className="text-accent underline">
                  ↩ {t('backToTable')}
                </Link>
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
