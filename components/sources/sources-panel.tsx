import { getTranslations } from 'next-intl/server';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { sourceHref } from '@/lib/source-link.ts';
import type { Locale } from '@/i18n/routing.ts';
import type { DataNoteInfo, SourceInfo } from '@/lib/queries/types.ts';
import type { Citation } from '@/lib/citation.ts';
import { readerShortName } from '@/lib/source-text.ts';
import { CopyButton } from '@/components/sources/copy-button.tsx';
import { SourceEntryBody } from '@/components/sources/source-entry.tsx';
import { BackLink } from '@/components/sources/back-link.tsx';

export async function SourceList({ sources, locale }: { sources: SourceInfo[]; locale: Locale }) {
  const t = await getTranslations('sources');
  return (
    <ol className="space-y-3 text-sm" data-testid="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="group scroll-mt-4 rounded border border-line p-3 target:border-accent target:ring-2 target:ring-accent-soft">
          <SourceEntryBody source={s} locale={locale} />
          <BackLink label={t('back')} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Data notes, each ending with the source it rests on, named in words. The source's entry opens in
 * place (a disclosure under the note), so reading it never moves the reader away from the note.
 */
export async function NoteList({ notes, locale, sources = [] }: { notes: DataNoteInfo[]; locale: Locale; sources?: SourceInfo[] }) {
  const t = await getTranslations('sources');
  const editorial = t('editorial');
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (
    <ul className="space-y-2 text-sm [overflow-wrap:anywhere]" data-testid="note-list">
      {notes.map((n) => {
        const source = n.sourceId ? byId.get(n.sourceId) : undefined;
        return (
          <li key={n.id} id={`note-${n.id}`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
            <MixedText text={locale === 'zh' ? n.textZh : n.textEn} />{' '}
            {source ? (
              <details className="mt-1 text-xs">
                <summary className="cursor-pointer text-accent underline underline-offset-2">
                  {t('sourceOf')}
                  {locale === 'zh' ? '：' : ': '}
                  {readerShortName(source, locale)}
                </summary>
                <div className="mt-1 rounded border border-line bg-white p-2">
                  <SourceEntryBody source={source} locale={locale} />
                </div>
              </details>
            ) : n.sourceId ? (
              <a href={sourceHref(locale, n.sourceId)} className="text-xs text-accent underline">
                {t('sourceOf')}
              </a>
            ) : (
              <span className="text-xs text-muted">[{editorial}]</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type PanelProps = { sources: SourceInfo[]; notes: DataNoteInfo[]; locale: Locale; citation: Citation; mapNote?: boolean };

export async function SourcesPanel({ sources, notes, locale, citation, mapNote = false }: PanelProps) {
  const t = await getTranslations('sources');
  return (
    <section aria-labelledby="sources-heading" className="space-y-4">
      <h2 id="sources-heading" className="text-lg font-semibold">
        {t('panelTitle')}
      </h2>
      <SourceList sources={sources} locale={locale} />
      {mapNote ? <p className="text-xs text-muted">{t('mapData')}</p> : null}
      {notes.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('notesTitle')}</h3>
          <NoteList notes={notes} locale={locale} sources={sources} />
        </div>
      ) : null}
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer font-medium text-accent">{t('cite')}</summary>
        <div className="mt-3 space-y-3">
          {(['apa', 'bibtex', 'gbt'] as const).map((format) => (
            <div key={format} data-copy-scope>
              <div className="flex items-center justify-between">
                <h4 className="text-sm font-semibold">{t(format)}</h4>
                <CopyButton label={t('copy')} doneLabel={t('copied')} />
              </div>
              <pre className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs" data-testid={`cite-${format}`}>
                {citation[format]}
              </pre>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
