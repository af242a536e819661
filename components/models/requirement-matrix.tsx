import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { Badge, pick } from '@/components/models/parts.tsx';
import { MixedText } from '@/components/i18n/mixed-text.tsx';
import { DIMENSION_IDS, SUPPORT_KINDS, type BusinessModel, type DimensionId } from '@/lib/schemas/model-files.ts';
import { cellState, levelLabel, supportLabel } from '@/lib/views/models-matrix.ts';

const TONE = { level: 'accent', bounded: 'gap', notStated: 'gap', descriptive: 'neutral' } as const;

/**
 * The matrix: dimensions as rows, models as columns. Each cell shows the level (or why there is
 * none), what kind of support it has, the quoted sentence and our note. This table is also the
 * chart's table alternative and is what /api/v1/models.csv exports.
 */
export async function RequirementMatrix({ models, locale, where, dimensionLabels }: { models: BusinessModel[]; locale: Locale; where: string; dimensionLabels: Record<DimensionId, string> }) {
  const t = await getTranslations('models');
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-line" role="region" aria-label={t('matrixTitle')} tabIndex={0}>
        <table className="sticky-key w-full min-w-[64rem] border-collapse text-sm" data-testid="matrix-table">
          <caption className="px-3 py-2 text-left text-sm text-muted"><MixedText text={t('matrixCaption', { where })} /></caption>
          <thead className="bg-slate-50">
            <tr className="border-b border-line">
              <th scope="col" className="w-40 px-3 py-2 text-left">
                <span className="sr-only">{t('colDimension')}</span>
              </th>
              {models.map((m) => (
                <th key={m.id} scope="col" className="px-3 py-2 text-left align-bottom">
                  {m.id}
                  <span className="block text-xs font-normal text-muted">{pick(locale, m.nameEn, m.nameZh)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {DIMENSION_IDS.map((d) => (
              <tr key={d} className="border-b border-line align-top last:border-0">
                <th scope="row" className="px-3 py-3 text-left font-semibold">
                  {dimensionLabels[d]}
                </th>
                {models.map((m) => {
                  const cell = m.requirements[d];
                  const state = cellState(cell);
                  return (
                    <td key={m.id} className="space-y-2 px-3 py-3" data-testid="matrix-cell" data-model={m.id} data-dimension={d} data-level={cell.level ?? ''} data-state={state}>
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone={TONE[state]} testId="level-label">
                          {levelLabel(cell, locale)}
                        </Badge>
                        <span className="text-xs text-muted">
                          {t('basis')}
                          {locale === 'zh' ? '：' : ': '}
                          {supportLabel(cell.support, locale)}
                        </span>
                      </div>
                      {cell.quote ? (
                        <blockquote lang="en" className="border-l-4 border-slate-300 pl-2 text-xs italic [overflow-wrap:anywhere]" data-testid="cell-quote">
                          “{cell.quote}”
                        </blockquote>
                      ) : null}
                      {cell.alsoQuotes.length ? (
                        <details className="text-xs">
                          <summary className="cursor-pointer text-accent">{t('moreSentences', { count: cell.alsoQuotes.length })}</summary>
                          <ul className="mt-1 space-y-1">
                            {cell.alsoQuotes.map((q) => (
                              <li key={q} lang="en" className="border-l-4 border-slate-200 pl-2 italic [overflow-wrap:anywhere]">
                                “{q}”
                              </li>
                            ))}
                          </ul>
                        </details>
                      ) : null}
                      <p className="text-xs text-ink [overflow-wrap:anywhere]">{pick(locale, cell.noteEn, cell.noteZh)}</p>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="rounded border border-line p-3 text-sm">
        <h3 className="font-semibold">{t('supportLegendTitle')}</h3>
        <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)]">
          {[...SUPPORT_KINDS, 'none' as const].map((k) => (
            <div key={k} className="contents">
              <dt className="font-medium">{t(`support.${k}`)}</dt>
              <dd className="text-muted">{t(`supportHelp.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
