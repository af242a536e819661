import { getTranslations } from 'next-intl/server';
import { InlineNotes, SourceRefView, local } from '@/components/clusters/wenzhou/source-note.tsx';
import type { Locale } from '@/i18n/routing.ts';
import type { ClusterNote } from '@/lib/views/clusters/common.ts';
import type { WenzhouCaseStudy } from '@/lib/views/clusters/wenzhou.ts';
import { MixedText } from '@/components/i18n/mixed-text.tsx';

type Props = { factors: WenzhouCaseStudy['developmentFactors']; fieldwork: WenzhouCaseStudy['fieldwork']; notes: ClusterNote[]; locale: Locale };

/** Table 2 of Xia's Wenzhou paper (seed001-xia-wenzhou): the five development factors, as printed (English) or in Cluster Atlas's translation (Chinese). */
export async function DevelopmentFactors({ factors, fieldwork, notes, locale }: Props) {
  const t = await getTranslations('wenzhou');
  const byId = new Map(notes.map((n) => [n.id, n]));
  const notesOf = (ids: string[]) => ids.map((id) => byId.get(id)).filter((n): n is ClusterNote => n !== undefined);
  return (
    <section aria-labelledby="factors-heading" className="space-y-4">
      <h2 id="factors-heading" className="text-lg font-semibold">
        {t('factors.title', { count: factors.factors.length })}
      </h2>
      <div className="max-w-3xl space-y-2 text-sm">
        <p>
          {locale === 'zh' ? <>{factors.titleZh} · </> : null}
          <span lang="en" className="italic">
            {factors.titlePrinted}
          </span>
        </p>
        <p>
          <MixedText text={local(factors.framework.text, locale)} />
        </p>
        <SourceRefView source={factors.framework.source} ns="wenzhou" />
        <p>
          <MixedText text={local(fieldwork.text, locale)} />
        </p>
        <SourceRefView source={fieldwork.source} ns="wenzhou" />
      </div>
      <div className="relative overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('factors.tableLabel')} tabIndex={0}>
        <table className="w-full border-collapse text-sm" data-testid="factors-table">
          <caption className="px-3 py-2 text-left text-xs text-muted">{locale === 'zh' ? t('factors.captionZh') : t('factors.caption')}</caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-line">
              <th scope="col" className="w-1/4 px-3 py-2 text-left">
                {locale === 'zh' ? t('factors.colFactor') : <span lang="en">{factors.columnsPrinted[0]}</span>}
              </th>
              <th scope="col" className="px-3 py-2 text-left">
                {locale === 'zh' ? t('factors.colText') : <span lang="en">{factors.columnsPrinted[1]}</span>}
              </th>
            </tr>
          </thead>
          <tbody>
            {factors.factors.map((f) => (
              <tr key={f.id} className="border-b border-line align-top last:border-0" data-factor={f.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium [overflow-wrap:anywhere]">
                  {locale === 'zh' ? (
                    <>
                      {f.factorZh} <span lang="en" className="block text-xs font-normal text-muted">{f.factorPrinted}</span>
                    </>
                  ) : (
                    <span lang="en">{f.factorPrinted}</span>
                  )}
                </th>
                <td className="space-y-2 px-3 py-2 [overflow-wrap:anywhere]">
                  <p>
                    <MixedText text={local(f.text, locale)} />
                  </p>
                  <InlineNotes notes={notesOf(f.noteIds)} locale={locale} ns="wenzhou" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceRefView source={factors.source} ns="wenzhou" />
    </section>
  );
}
