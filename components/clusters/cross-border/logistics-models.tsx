import { getTranslations } from 'next-intl/server';
import { InlineNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import type { LogisticsModel } from '@/lib/views/clusters/cross-border.ts';

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
      <div className="relative overflow-x-auto rounded-lg border border-line" role="region" aria-labelledby="models-heading" tabIndex={0}>
        <table className="w-full min-w-[44rem] border-collapse text-sm" data-testid="logistics-models">
          <caption className="px-3 py-2 text-left text-xs text-muted">{t('logistics.modelsCaption')}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-line">
              <th scope="col" className="px-3 py-2 text-left">{t('logistics.colModel')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('logistics.colSays')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('logistics.colAdvantages')}</th>
              <th scope="col" className="px-3 py-2 text-left">{t('logistics.colDisadvantages')}</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id} className="border-b border-line align-top last:border-0" data-model={m.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {local(m.name, locale)}
                  <span className="block text-xs font-normal text-muted">
                    {t('logistics.printed')}
                    {locale === 'zh' ? '：' : ': '}
                    <span lang="en">“{m.namePrinted}”</span>
                  </span>
                </th>
                <td className="px-3 py-2">{local(m.whatThePaperSays, locale)}</td>
                <td className="px-3 py-2">{cell(m.advantages, t('logistics.noAdvantages'))}</td>
                <td className="px-3 py-2">{cell(m.disadvantages, t('logistics.noDisadvantages'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
