import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { pick, seedId } from '@/components/models/parts.tsx';
import type { ModelsNote } from '@/lib/schemas/model-files.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';

/** Data notes with an anchor each (note-<id>), shown once on the page next to the values they concern. */
export async function ModelsNoteList({ notes, locale, testId = 'models-notes' }: { notes: ModelsNote[]; locale: Locale; testId?: string }) {
  const t = await getTranslations('models');
  if (!notes.length) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">{t('notesLabel')}</h3>
      <ul className="space-y-2 text-sm [overflow-wrap:anywhere]" data-testid={testId}>
        {notes.map((n) => (
          <li key={n.id} id={`note-${n.id}`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2" data-note={n.id}>
            <MixedText text={pick(locale, n.textEn, n.textZh)} />{' '}
            <span className="text-xs text-muted">
              [{n.id}
              {locale === 'zh' ? '；' : '; '}
              {t('editorialNote')}]
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Props = {
  sections: { sourceId: string; where: string }[];
  seed000: { title: string; publisher: string } | null;
  seed004Note: string;
  locale: Locale;
};

/** The seed texts this page quotes, with every section cited, and where to get the data. */
export async function ModelsSources({ sections, seed000, seed004Note, locale }: Props) {
  const t = await getTranslations('models');
  const papers = [...new Set(sections.map((s) => s.sourceId))].sort();
  const titleOf = (sourceId: string) => {
    const id = seedId(sourceId);
    if (id === '000') return { label: t('seed000Label'), title: seed000?.title ?? '', extra: seed000?.publisher ?? '' };
    if (id === '004') return { label: t('seed004Label'), title: t('seed004Title'), extra: seed004Note };
    if (id === '001') return { label: t('seed001Label'), title: t('seed001Title'), extra: '' };
    return { label: t('seed', { id }), title: '', extra: '' };
  };
  return (
    <div className="space-y-3">
      <ol className="space-y-3 text-sm" data-testid="models-source-list">
        {papers.map((sourceId) => {
          const info = titleOf(sourceId);
          return (
            <li key={sourceId} className="rounded border border-line p-3">
              <p className="font-medium">
                {info.label}
                {locale === 'zh' ? '：' : ': '}
                <span lang={seedId(sourceId) === '000' ? 'en' : undefined}>{info.title}</span>
              </p>
              {info.extra ? <p className="text-muted">{info.extra}</p> : null}
              <p className="mt-2 text-xs font-semibold">{t('citedSections')}</p>
              <ul className="list-disc pl-5 text-xs text-muted [overflow-wrap:anywhere]" lang="en">
                {sections
                  .filter((s) => s.sourceId === sourceId)
                  .map((s) => (
                    <li key={s.where}>{s.where}</li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {locale === 'zh' ? <p className="text-xs text-muted">{t('zhNote')}</p> : null}
    </div>
  );
}
