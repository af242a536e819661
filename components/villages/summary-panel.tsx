import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, formatDecimal, formatShare, placeName } from '@/lib/i18n/format.ts';
import type { CityRanking } from '@/lib/views/villages-api.ts';

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line p-3">
      <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
      <dd className="tabular mt-1 text-2xl font-semibold" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted">{hint}</dd> : null}
    </div>
  );
}

export async function SummaryPanel({ ranking, locale }: { ranking: CityRanking; locale: Locale }) {
  const t = await getTranslations('villages');
  const { summary, national, provinceTotals, year } = ranking;
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t('summary')}
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        <Figure testId="summary-total" label={t('listedTotal')} value={formatCount(summary.listedTotal, locale)} hint={t('listedTotalNote')} />
        <Figure testId="summary-national" label={t('nationalTotal')} value={formatCount(national?.villages ?? null, locale, national?.villagesQualifier)} hint={national?.referenceDate ?? undefined} />
        <Figure testId="summary-share" label={t('shareOfNational')} value={formatShare(summary.shareOfNational, locale)} />
        <Figure testId="summary-cities" label={t('cityCount')} value={formatCount(summary.cityCount, locale)} hint={summary.gapCount ? t('gaps', { count: summary.gapCount }) : undefined} />
        <Figure testId="summary-cr4" label={t('cr4')} value={formatShare(summary.cr4, locale)} />
        <Figure testId="summary-hhi" label={t('hhi')} value={formatDecimal(summary.hhi, locale)} hint={t('hhiHelp')} />
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t('provinceTotals')}</h3>
        {provinceTotals.length ? (
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="province-totals">
            {provinceTotals.map((p) => (
              <li key={p.province.adcode}>
                {placeName(p.province, locale)}: <span className="tabular font-medium">{formatCount(p.villages, locale, p.villagesQualifier)}</span>
                {p.publishedRank ? <span className="text-muted"> (#{p.publishedRank})</span> : null}
                {p.basis === 'village-list' ? <span className="text-muted"> ({t('countedFromList')})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-muted">{t('provinceTotalsNone', { year })}</p>
        )}
      </div>
    </section>
  );
}
