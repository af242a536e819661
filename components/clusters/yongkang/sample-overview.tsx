import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing.ts';
import { BreakdownChart } from './breakdown-chart.tsx';
import { CaseSection } from '@/components/layout/section.tsx';
import { exportFileName } from '@/lib/charts/text.ts';
import { formatCount, formatShare } from '@/lib/i18n/format.ts';
import { settings } from '@/lib/settings.mjs';
import type { YongkangCaseStudy } from '@/lib/views/clusters/yongkang-page.ts';
import { yongkangTabHref } from '@/lib/views/clusters/yongkang-tabs.ts';

type Rates = { returnedOfDistributed: number; validOfReturned: number };

/**
 * The overview's sample: the questionnaire counts and the four respondent breakdowns as charts
 * (the page's lead figures); their table, the survey's mode and scope sit on the Sample tab.
 */
export async function SampleOverview({ cs, rates, locale }: { cs: YongkangCaseStudy; rates: Rates; locale: Locale }) {
  const t = await getTranslations('yongkang');
  const tc = await getTranslations('charts');
  const s = cs.sample;
  const pick = (text: { en: string; zh: string }) => (locale === 'zh' ? text.zh : text.en);
  const stats = [
    { key: 'distributed', value: s.distributed, rate: null },
    { key: 'returned', value: s.returned, rate: t('sample.ofDistributed', { share: formatShare(rates.returnedOfDistributed, locale) }) },
    { key: 'valid', value: s.valid, rate: t('sample.ofReturned', { share: formatShare(rates.validOfReturned, locale) }) },
  ] as const;

  const charts = s.breakdowns.map((b) => {
    const dimension = t(`enums.dimension.${b.dimension}`);
    const top = b.categories.reduce((a, c) => (c.sharePct > a.sharePct ? c : a), b.categories[0]!);
    return (
      <BreakdownChart
        key={b.dimension}
        testId={`chart-${b.dimension}`}
        data={b.categories.map((c, i) => ({ key: `${b.dimension}|${i}`, label: pick(c.label), share: c.sharePct, display: `${c.sharePct}%` }))}
        title={t('sample.chartTitle', { dimension })}
        summary={t('sample.chartSummary', { top: pick(top.label), share: top.sharePct, count: b.categories.length, sum: b.sumPct })}
        exportMeta={{
          title: t('sample.chartTitle', { dimension }),
          // No base count: the paper does not say whether the shares are of 254 or of 233 questionnaires.
          subtitle: tc('yongkang.subtitle'),
          source: tc('source', { names: `${cs.paper.authors.join(locale === 'zh' ? '、' : ', ')}, ${cs.paper.title}` }),
          notes: [pick(s.baseNote)],
          url: `${settings().ATLAS_PUBLIC_ORIGIN}/${locale}/clusters/yongkang#section-sample`,
          filename: exportFileName(['yongkang-sample', b.dimension.replace(/([A-Z])/g, '-$1'), locale === 'zh' ? 'zh' : null]),
          lang: locale,
        }}
        exportLabels={{ png: t('sample.png'), svg: t('sample.svg') }}
        valueLabel={t('sample.shareAxis')}
        loadingLabel={{ live: t('sample.chartLoading'), noScript: t('sample.chartNoScript') }}
        wrapAt={locale === 'zh' ? 8 : 22}
        axisWidth={locale === 'zh' ? 108 : 150}
      />
    );
  });

  return (
    <CaseSection name="sample" title={t('sample.title')} lead={t('sample.intro')}>
      <ul aria-label={t('sample.statsLabel')} className="grid gap-3 sm:grid-cols-3" data-testid="sample-stats">
        {stats.map((x) => (
          <li key={x.key} className="rounded-lg border border-line p-3">
            <p className="text-sm text-muted">{t(`sample.${x.key}`)}</p>
            <p className="text-2xl font-bold" data-testid={`sample-${x.key}`}>
              {formatCount(x.value, locale)}
            </p>
            {x.rate ? <p className="text-xs text-muted">{x.rate}</p> : null}
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{t('sample.chartsTitle')}</h3>
      <p className="text-sm text-muted">{pick(s.baseNote)}</p>
      <div className="grid gap-6 lg:grid-cols-2">{charts}</div>
      <p className="text-sm">
        <Link href={yongkangTabHref(locale, 'sample')} className="text-accent underline" data-testid="sample-table-link">
          {t('views.sampleTable')}
        </Link>
      </p>
    </CaseSection>
  );
}
