import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, formatDecimal, formatShare, placeName } from '@/lib/i18n/format.ts';
import type { CityRanking } from '@/lib/views/villages-api.ts';
import { concentrationState } from '@/lib/views/villages-years.ts';

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="rounded-lg border border-line p-3">
      <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
      <dd className="tabular mt-1 text-2xl font-semibold" data-testid={testId}>
        {value}
      </dd>
      {hint ? <dd className="mt-1 text-xs text-muted" data-testid={`${testId}-hint`}>{hint}</dd> : null}
    </div>
  );
}

/**
 * The view's figures. An unknown figure is "—" with the reason beside it, never 0; CR4 and HHI
 * need enough cities with counts to mean anything; the province totals are the year's published
 * figures (of the chosen provinces, when chosen), the same ones the map and the province table show.
 */
export async function SummaryPanel({ ranking, locale, chosenProvinces }: { ranking: CityRanking; locale: Locale; chosenProvinces: { adcode: number; nameEn: string; nameZh: string }[] }) {
  const aside = (text: string) => (locale === 'zh' ? `（${text}）` : ` (${text})`);
  const t = await getTranslations('villages');
  const ts = await getTranslations('villageStates');
  const { summary, national, provinceTotals, year } = ranking;
  const concentration = concentrationState(summary.countedCities);
  const concentrationHint = concentration.shown ? undefined : ts('concentrationNeeds', { needed: concentration.needed, counted: concentration.counted });
  // Chosen provinces without a published figure are listed too, with a dash and why.
  const byProvince = new Map(provinceTotals.map((p) => [p.province.adcode, p]));
  const listed = chosenProvinces.length
    ? chosenProvinces.map((p) => ({ place: p, total: byProvince.get(p.adcode) ?? null }))
    : provinceTotals.map((p) => ({ place: p.province, total: p }));
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t('summary')}
      </h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        <Figure
          testId="summary-total"
          label={t('listedTotal')}
          value={formatCount(summary.listedTotal, locale)}
          hint={summary.listedTotal === null ? ts('listedTotalUnknown') : t('listedTotalNote')}
        />
        <Figure testId="summary-national" label={t('nationalTotal')} value={formatCount(national?.villages ?? null, locale, national?.villagesQualifier)} hint={national?.referenceDate ?? undefined} />
        <Figure testId="summary-share" label={t('shareOfNational')} value={formatShare(summary.shareOfNational, locale)} />
        <Figure testId="summary-cities" label={t('cityCount')} value={formatCount(summary.cityCount, locale)} hint={summary.gapCount ? t('gaps', { count: summary.gapCount }) : undefined} />
        <Figure testId="summary-cr4" label={t('cr4')} value={formatShare(summary.cr4, locale)} hint={concentrationHint} />
        <Figure testId="summary-hhi" label={t('hhi')} value={formatDecimal(summary.hhi, locale)} hint={concentrationHint ?? t('hhiHelp')} />
      </dl>
      <div>
        <h3 className="text-sm font-semibold">{t('provinceTotals')}</h3>
        {listed.length ? (
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="province-totals">
            {listed.map(({ place, total }) => (
              <li key={place.adcode} data-province={place.adcode}>
                <span className="whitespace-nowrap">{placeName(place, locale)}</span>
                {locale === 'zh' ? '：' : ': '}
                <span className="tabular font-medium">{formatCount(total?.villages ?? null, locale, total?.villagesQualifier)}</span>
                {total === null || total.villages === null ? <span className="text-muted">{aside(ts('provinceNotPublished'))}</span> : null}
                {total?.publishedRank ? <span className="text-muted">{aside(`#${total.publishedRank}`)}</span> : null}
                {total?.basis === 'village-list' ? <span className="text-muted">{aside(t('countedFromList'))}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-muted" data-testid="province-totals-none">{ts('provinceTotalsNoneYear', { year })}</p>
        )}
      </div>
    </section>
  );
}
