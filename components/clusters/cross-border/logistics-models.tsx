import { getTranslations } from 'next-intl/server';
import { InlineNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import type { LogisticsModel } from '@/lib/views/clusters/cross-border.ts';
import { bodyRowClass, Cell, HeadCell, HeadRow, RowHeader, TableFrame } from '@/components/table/data-table.tsx';

/** The logistics models the cross-border clusters paper (seed002-cross-border-clusters) lists, with what it says about each; a null advantage or disadvantage is shown as "not stated". */
export async function LogisticsModels({ models, notes, locale }: { models: LogisticsModel[]; notes: ClusterNote[]; locale: Locale }) {
  const t = await getTranslations('crossborder');
  const byId = new Map(notes.map((n) => [n.id, n]));
  const modelNoteIds = [...new Set(models.flatMap((m) => m.noteIds))];
  const notStated = [...new Set(models.map((m) => m.notStated).filter((x) => x !== null).map((x) => local(x, locale)))];
  const sources = [...new Map(models.map((m) => [`${m.source.sourceId}|${m.source.where}|${m.source.quote}`, m.source])).values()];
  const cell = (value: string | null, missing: string) =>
    value === null ? <span className="italic text-muted" data-not-stated="true">{missing}</span> : <span lang="en">{value}</span>;
  return (
    <div className="space-y-3">
      <h3 id="models-heading" className="font-semibold">
        {t('logistics.modelsTitle', { count: models.length })}
      </h3>
      <TableFrame labelledBy="models-heading" minWidthClass="min-w-[44rem]" testId="logistics-models" caption={t('logistics.modelsCaption')} captionSize="xs" tabular={false}>
        <HeadRow>
          <HeadCell>{t('logistics.colModel')}</HeadCell>
          <HeadCell>{t('logistics.colSays')}</HeadCell>
          <HeadCell>{t('logistics.colAdvantages')}</HeadCell>
          <HeadCell>{t('logistics.colDisadvantages')}</HeadCell>
        </HeadRow>
        <tbody>
          {models.map((m) => (
            <tr key={m.id} className={`${bodyRowClass} align-top`} data-model={m.id}>
              <RowHeader>
                {local(m.name, locale)}
                <span className="block text-xs font-normal text-muted">
                  {t('logistics.printed')}
                  {locale === 'zh' ? '：' : ': '}
                  <span lang="en">“{m.namePrinted}”</span>
                </span>
              </RowHeader>
              <Cell>{local(m.whatThePaperSays, locale)}</Cell>
              <Cell>{cell(m.advantages, t('logistics.noAdvantages'))}</Cell>
              <Cell>{cell(m.disadvantages, t('logistics.noDisadvantages'))}</Cell>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {notStated.map((text) => (
        <p key={text} className="max-w-3xl text-sm text-muted">
          {text}
        </p>
      ))}
      {sources.map((s) => (
        <SourceRefView key={`${s.where}|${s.quote}`} source={s} ns="crossborder" />
      ))}
      <InlineNotes notes={modelNoteIds.map((id) => byId.get(id)).filter((n): n is ClusterNote => n !== undefined)} locale={locale} ns="crossborder" />
    </div>
  );
}
