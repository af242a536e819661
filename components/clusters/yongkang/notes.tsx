import { getTranslations } from 'next-intl/server';
import { sourceHref } from '@/lib/source-link.ts';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';

export type NoteNumbers = Record<string, number>;

/** Anchor of a note in the note list of one section (a note can be listed under several sections). */
export const noteAnchor = (section: string, id: string) => `${section}-note-${id}`;

/** Small numbered links to the notes that concern a value, placed right after the value. */
export async function NoteMarkers({ ids, section, numbers }: { ids: readonly string[]; section: string; numbers: NoteNumbers }) {
  if (!ids.length) return null;
  const t = await getTranslations('yongkang.common');
  return (
    <span className="sem-markers">
      {ids.map((id) => (
        <a
          key={id}
          href={`#${noteAnchor(section, id)}`}
          data-note={id}
          aria-label={t('noteMarker', { n: numbers[id] ?? '?' })}
          // One short class (app/globals.css): ~70 markers on the Yongkang page, each written in the HTML and the React payload.
          className="sem-marker"
        >
          {numbers[id] ?? '?'}
        </a>
      ))}
    </span>
  );
}

/** The notes of one section, numbered as on the markers, each with its anchor. */
export async function SectionNotes({ notes, section, numbers, locale, title }: { notes: ClusterNote[]; section: string; numbers: NoteNumbers; locale: Locale; title?: string }) {
  if (!notes.length) return null;
  const t = await getTranslations('yongkang.common');
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{title ?? t('notesTitle')}</h3>
      <ol className="space-y-2 text-sm [overflow-wrap:anywhere]" data-testid={`notes-${section}`}>
        {notes.map((n) => (
          <li key={n.id} id={noteAnchor(section, n.id)} data-note-id={n.id} className="flex scroll-mt-24 gap-2 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
            <span className="inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded-full border border-amber-600 bg-white px-1 text-xs font-semibold text-amber-900" aria-hidden="true">
              {numbers[n.id] ?? '?'}
            </span>
            <span>
              <span className="sr-only">
                {t('noteMarker', { n: numbers[n.id] ?? '?' })}
                {locale === 'zh' ? '：' : ': '}
              </span>
              <MixedText text={locale === 'zh' ? n.textZh : n.textEn} />{' '}
              {n.sourceId ? (
                <a className="text-xs text-accent underline" href={sourceHref(locale, n.sourceId)}>
                  {t('sourceEntryLink')}
                </a>
              ) : (
                <span className="text-xs text-muted">[{t('editorial')}]</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
