import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import type { DataNoteInfo, SourceInfo } from '@/lib/queries/types.ts';
import { CopyButton } from '@/components/sources/copy-button.tsx';

export async function SourceList({ sources }: { sources: SourceInfo[] }) {
  const t = await getTranslations('sources');
  return (
    <ol className="space-y-3 text-sm" data-testid="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="rounded border border-line p-3">
          <p className="font-medium">{s.title}</p>
          <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-muted [&_dd]:[overflow-wrap:anywhere]">
            <dt>{t('publisher')}</dt>
            <dd>{s.publisher}</dd>
            <dt>{t('date')}</dt>
            <dd>{s.date === null ? t('noDate') : s.dateKind === 'title-year' ? t('titleYear', { year: s.date }) : s.date}</dd>
            <dt>{t('kind')}</dt>
            <dd>{t(`kinds.${s.kind}`)}</dd>
            {s.asReportedBy ? (
              <>
                <dt>{t('asReportedBy')}</dt>
                <dd>{s.asReportedBy}</dd>
              </>
            ) : null}
            <dt>{t('whereRead')}</dt>
            <dd>{s.whereRead}</dd>
            <dt>{t('licence')}</dt>
            <dd>{s.licence}</dd>
          </dl>
          <p className="mt-1 text-xs text-muted">id: {s.id}</p>
        </li>
      ))}
    </ol>
  );
}

export async function NoteList({ notes, locale }: { notes: DataNoteInfo[]; locale: Locale }) {
  const t = await getTranslations('sources');
  const editorial = t('editorial');
  return (
    <ul className="space-y-2 text-sm [overflow-wrap:anywhere]" data-testid="note-list">
      {notes.map((n) => (
        <li key={n.id} id={`note-${n.id}`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
          {locale === 'zh' ? n.textZh : n.textEn}{' '}
          {n.sourceId ? (
            <a href={`#source-${n.sourceId}`} className="text-xs text-accent underline">
              [{n.sourceId}]
            </a>
          ) : (
            <span className="text-xs text-muted">[{editorial}]</span>
          )}
        </li>
      ))}
    </ul>
  );
}

type PanelProps = { sources: SourceInfo[]; notes: DataNoteInfo[]; locale: Locale; citation: { apa: string; bibtex: string }; mapNote?: boolean };

export async function SourcesPanel({ sources, notes, locale, citation, mapNote = false }: PanelProps) {
  const t = await getTranslations('sources');
  return (
    <section aria-labelledby="sources-heading" className="space-y-4">
      <h2 id="sources-heading" className="text-lg font-semibold">
        {t('panelTitle')}
      </h2>
      <SourceList sources={sources} />
      {mapNote ? <p className="text-xs text-muted">{t('mapData')}</p> : null}
      {notes.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t('notesTitle')}</h3>
          <NoteList notes={notes} locale={locale} />
        </div>
      ) : null}
      <details className="rounded border border-line p-3">
        <summary className="cursor-pointer font-medium text-accent">{t('cite')}</summary>
        <div className="mt-3 space-y-3">
          {(['apa', 'bibtex'] as const).map((format) => (
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
