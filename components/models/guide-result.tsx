import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { Badge, pick, Quote, SourceLine } from '@/components/models/parts.tsx';
import type { DimensionId, GuideModelRule, SupportKind } from '@/lib/schemas/model-files.ts';
import type { ClusterLevels, GuideEntry, GuideStatus } from '@/lib/metrics/model-guide.ts';
import { supportLabel } from '@/lib/views/models-matrix.ts';

const STATUS_TONE: Record<GuideStatus, 'good' | 'bad' | 'gap'> = { 'within-reach': 'good', 'out-of-reach': 'bad', 'paper-silent': 'gap' };
const OUTCOME_TONE = { met: 'good', unmet: 'bad', 'paper-silent': 'gap', 'not-asked': 'neutral' } as const;

type Props = {
  /** The dimensions' labels in the page's language (from the data). */
  dimensionLabels: Record<DimensionId, string>;
  entries: GuideEntry[];
  levels: ClusterLevels;
  rules: GuideModelRule[];
  names: Record<string, { en: string; zh: string }>;
  rankedCount: number;
  locale: Locale;
};

/** The ordered models with, for each, its checks and the sentences of the big-data agglomeration paper (seed000-agglomeration-big-data) its rule follows. */
export async function GuideResult({ entries, levels, rules, names, rankedCount, locale, dimensionLabels }: Props) {
  const t = await getTranslations('models');
  const lv = (v: number | null) => (v === null ? null : t(`level.${v as 1 | 2 | 3}`));
  const group = (status: GuideStatus) => entries.filter((e) => e.status === status).map((e) => e.model).join(', ') || t('none');
  return (
    <div className="space-y-4" data-testid="guide-result" aria-live="polite">
      <h3 className="text-base font-semibold" data-testid="guide-result-title">
        {t('resultTitle', { capital: lv(levels.capital)!, info: lv(levels.informatisation)!, mgmt: lv(levels.management)! })}
      </h3>
      <p className="text-sm" data-testid="guide-summary">
        {t('resultSummary', { within: group('within-reach'), out: group('out-of-reach'), silent: group('paper-silent') })}
      </p>
      <p className="text-xs text-muted" data-testid="guide-not-asked">
        {t('notAskedNote')}
      </p>
      <ol className="space-y-4">
        {entries.map((e) => {
          const rule = rules.find((r) => r.model === e.model);
          const name = names[e.model];
          return (
            <li key={e.model} className="min-w-0 space-y-3 rounded-lg border border-line p-4" data-testid="guide-entry" data-model={e.model} data-status={e.status}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-sm font-semibold text-muted">{t('position', { n: e.position })}</span>
                <h4 className="text-lg font-semibold">
                  {e.model}
                  {name ? <span className="font-normal text-muted"> · {pick(locale, name.en, name.zh)}</span> : null}
                </h4>
                <Badge tone={STATUS_TONE[e.status]} testId="guide-status">
                  {t(`status.${e.status}`)}
                </Badge>
              </div>
              <p className="text-xs text-muted">
                {t(`statusHelp.${e.status}`)}
                {locale === 'zh' ? '。' : '. '}
                {e.paperRank === null ? t('paperRankNone') : t('paperRank', { rank: e.paperRank, count: rankedCount })}
              </p>
              {rule ? (
                <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
                  <dt className="font-medium">{t('rule')}</dt>
                  <dd>{pick(locale, rule.ruleEn, rule.ruleZh)}</dd>
                  <dt className="font-medium">{t('condition')}</dt>
                  <dd className="[overflow-wrap:anywhere]">{pick(locale, rule.conditionEn, rule.conditionZh)}</dd>
                </dl>
              ) : null}
              <div className="overflow-x-auto rounded border border-line" role="region" aria-label={t('checksCaption', { model: e.model })} tabIndex={0}>
                <table className="w-full min-w-[32rem] border-collapse text-sm" data-testid="guide-checks">
                  <caption className="sr-only">{t('checksCaption', { model: e.model })}</caption>
                  <thead className="bg-slate-50">
                    <tr className="border-b border-line text-left">
                      <th scope="col" className="px-3 py-1.5">{t('colDimension')}</th>
                      <th scope="col" className="px-3 py-1.5">{t('colRequired')}</th>
                      <th scope="col" className="px-3 py-1.5">{t('colCluster')}</th>
                      <th scope="col" className="px-3 py-1.5">{t('colOutcome')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.checks.map((c) => (
                      <tr key={c.dimension} className="border-b border-line last:border-0" data-dimension={c.dimension} data-outcome={c.outcome}>
                        <th scope="row" className="px-3 py-1.5 text-left font-normal">{dimensionLabels[c.dimension]}</th>
                        <td className="px-3 py-1.5">
                          {c.required === null ? t(c.support === 'bounded' ? 'cellState.bounded' : 'cellState.notStated') : lv(c.required)}{' '}
                          <span className="text-xs text-muted">({supportLabel(c.support as SupportKind | null, locale)})</span>
                        </td>
                        <td className="px-3 py-1.5">{c.cluster === null ? t('notAsked') : lv(c.cluster)}</td>
                        <td className="px-3 py-1.5">
                          <Badge tone={OUTCOME_TONE[c.outcome]}>{t(`outcome.${c.outcome}`)}</Badge>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="space-y-2">
                <h5 className="text-sm font-semibold">{t('sentencesFollowed')}</h5>
                <ul className="space-y-2" data-testid="guide-sentences">
                  {e.sentences.map((s) => (
                    <li key={s}>
                      <Quote text={s} />
                    </li>
                  ))}
                </ul>
                {rule ? <SourceLine sourceId={rule.source.sourceId} where={rule.source.where} /> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
