import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote, KeyFigure, LocalText, SourceRef } from '@/lib/views/clusters/common.ts';
import { formatQuantity } from '@/lib/i18n/format.ts';
import { numberFormat } from '@/lib/i18n/number-format.ts';
import { paperNamer } from '@/components/sources/paper-name.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { sourceHref } from '@/lib/source-link.ts';

/*
 * Small server components shared by the cluster case-study pages (Wenzhou and cross-border):
 * a source line with the quoted sentence, notes shown next to the values they concern, a key-figure
 * card, and the page's full list of data notes. Strings come from the page's own namespace, which
 * carries the same `common.*` keys in both message files.
 */

export type ClusterNs = 'wenzhou' | 'crossborder';

export const local = (text: LocalText, locale: Locale) => (locale === 'zh' ? text.zh : text.en);

/** "Source: Xia's Wenzhou paper, Table 1 …" (the paper named for readers, never by its id) and, on demand, the sentence(s) quoted from the paper. */
export async function SourceRefView({ source, ns, className = '' }: { source: SourceRef; ns: ClusterNs; className?: string }) {
  const paper = await paperNamer();
  const t = await getTranslations(ns);
  const zh = (await getLocale()) === 'zh';
  const quotes = [source.quote, ...source.alsoQuotes].filter((q): q is string => Boolean(q));
  return (
    <div className={`text-xs text-muted [overflow-wrap:anywhere] ${className}`} data-testid="source-ref">
      <p>
        {t('common.source')}
        {zh ? '：' : ': '}
        <span data-testid="source-file">{paper(source.sourceId)}</span>
        {zh ? '，' : ', '}
        <span lang="en">{source.where}</span>
      </p>
      {quotes.length ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-accent">{t('common.quote')}</summary>
          {quotes.map((q) => (
            <blockquote key={q} lang="en" className="mt-1 border-l-2 border-line pl-2 italic">
              “{q}”
            </blockquote>
          ))}
        </details>
      ) : null}
    </div>
  );
}

/** Notes shown next to the value they concern (the full list, with anchors, is at the end of the page). */
export async function InlineNotes({ notes, locale, ns, label }: { notes: ClusterNote[]; locale: Locale; ns: ClusterNs; label?: string }) {
  if (!notes.length) return null;
  const t = await getTranslations(ns);
  return (
    <ul aria-label={label ?? t('common.notesLabel')} className="space-y-1 text-sm [overflow-wrap:anywhere]" data-testid="inline-notes">
      {notes.map((n) => (
        <li key={n.id} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-1.5" data-note={n.id}>
          <span className="sr-only">
            {t('common.noteLabel')}
            {locale === 'zh' ? '：' : ': '}
          </span>
          <MixedText text={local({ en: n.textEn, zh: n.textZh }, locale)} />
        </li>
      ))}
    </ul>
  );
}

const intl = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/** A figure's value as words per locale, with the paper's qualifier ("about", "more than"). */
export async function formatFigureValue(figure: KeyFigure, locale: Locale, ns: ClusterNs): Promise<string> {
  const t = await getTranslations(ns);
  const nf = numberFormat(intl(locale), { maximumFractionDigits: 4 });
  let value: string;
  if (figure.unit === 'percent') value = `${nf.format(figure.value)}%`;
  else if (figure.unit === 'yuan') value = formatQuantity(figure.value, 'yuan', locale);
  else if (figure.unit === 'rank') value = t('common.rankValue', { rank: figure.value });
  else value = nf.format(figure.value);
  if (figure.qualifier === 'about') return t('common.about', { value });
  if (figure.qualifier === 'more than') return t('common.moreThan', { value });
  return value;
}

/** One key figure: label, value, year, the figure's own note, its source and the notes that concern it. */
export async function FigureCard({ figure, locale, ns }: { figure: KeyFigure; locale: Locale; ns: ClusterNs }) {
  const t = await getTranslations(ns);
  const headingId = `figure-${figure.id}-label`;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line p-3" data-figure={figure.id}>
      <h3 id={headingId} className="text-sm font-medium text-muted">
        {local(figure.label, locale)}
      </h3>
      <p className="tabular text-2xl font-semibold" data-testid={`figure-value-${figure.id}`}>
        {await formatFigureValue(figure, locale, ns)}
      </p>
      <p className="text-xs text-muted">
        {figure.year !== null ? t('common.year', { year: figure.year }) : t('common.noYear')}
        {figure.yearNote ? (locale === 'zh' ? `（${local(figure.yearNote, locale)}）` : ` (${local(figure.yearNote, locale)})`) : ''}
        {figure.baseYear !== null ? ` · ${t('common.comparedWith', { year: figure.baseYear })}` : ''}
        {figure.scope ? ` · ${local(figure.scope, locale)}` : ''}
      </p>
      {figure.rank ? <p className="text-sm">{t('common.rank', { rank: figure.rank.value, note: local(figure.rank.note, locale) })}</p> : null}
      {figure.note ? (
        <p className="text-sm [overflow-wrap:anywhere]">
          <MixedText text={local(figure.note, locale)} />
        </p>
      ) : null}
      <SourceRefView source={figure.source} ns={ns} />
      <InlineNotes notes={figure.notes} locale={locale} ns={ns} />
    </li>
  );
}

/** The page's full list of data notes, each with an anchor (#note-{id}) and where it applies. */
export async function AllNotes({ notes, locale, ns, headingId }: { notes: ClusterNote[]; locale: Locale; ns: ClusterNs; headingId: string }) {
  const paper = await paperNamer();
  const t = await getTranslations(ns);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('common.notesTitle')}
      </h2>
      <p className="max-w-3xl text-sm text-muted">{t('common.notesIntro')}</p>
      <ul className="space-y-2 text-sm [overflow-wrap:anywhere]" data-testid="note-list">
        {notes.map((n) => (
          <li key={n.id} id={`note-${n.id}`} className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
            <p>
              <MixedText text={local({ en: n.textEn, zh: n.textZh }, locale)} />
            </p>
            <p className="mt-1 text-xs text-muted">
              {n.source ? (
                <>
                  {t('common.concerns')}
                  {locale === 'zh' ? '：' : ': '}
                  <span>{paper(n.source.sourceId)}</span>
                  {locale === 'zh' ? '，' : ', '}
                  <span lang="en">{n.source.where}</span> ·{' '}
                </>
              ) : null}
              {n.sourceId ? (
                <a className="text-accent underline" href={sourceHref(locale, n.sourceId)}>
                  {t('common.sourceEntryLink')}
                </a>
              ) : (
                t('common.editorial')
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
