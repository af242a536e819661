import { getTranslations } from 'next-intl/server';
import { CityBarChart } from '@/components/charts/city-bar-chart.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { exportFileName } from '@/lib/charts/text.ts';
import { settings } from '@/lib/settings.mjs';
import type { WenzhouFigure1 } from '@/lib/views/clusters/wenzhou-chart.ts';

/**
 * The Wenzhou page's lead figure (lib/views/clusters/wenzhou-chart.ts): the cities of the paper's
 * Figure 1 as bars, Wenzhou marked, titled with what it shows, a one-line subtitle and the source
 * named in words beside it; the same bar chart as the villages page's city ranking.
 */
export async function WenzhouFigure1Chart({ figure, locale }: { figure: WenzhouFigure1; locale: Locale }) {
  const t = await getTranslations('wenzhou.chart');
  const ts = await getTranslations('series');
  const { year, bars, wenzhou, top } = figure;
  if (year === null || !bars.length || !wenzhou || !top) {
    return (
      <p className="text-muted" data-testid="figure1-missing">
        {t('missing')}
      </p>
    );
  }
  const title = t('title', { year });
  const summary = t('summary', { count: bars.length, wenzhou: wenzhou.display, rank: wenzhou.rank ?? '', top: top.label, topCount: top.display });
  const source = t('source');
  const villagesHref = `/${locale}/villages?year=${year}`;
  return (
    <section aria-labelledby="figure1-chart-title" className="max-w-3xl space-y-2" data-testid="lead-figure">
      <CityBarChart
        id="figure1-chart"
        headingLevel="h2"
        data={bars.map((b) => ({ key: b.key, label: b.label, value: b.value, display: b.display, flagLabel: ts(`flags.${b.flag}`), highlight: b.highlight }))}
        title={title}
        summary={summary}
        exportMeta={{
          title,
          subtitle: summary,
          source,
          notes: [t('denseRank')],
          url: `${settings().ATLAS_PUBLIC_ORIGIN}/${locale}/clusters/wenzhou`,
          filename: exportFileName(['wenzhou-figure-1', year, locale === 'zh' ? 'zh' : null]),
          lang: locale,
        }}
        valueLabel={t('valueLabel')}
        locale={locale}
        exportLabels={{ png: t('png'), svg: t('svg') }}
        loadingLabel={{ live: t('loading'), noScript: t('noScript') }}
      />
      <p className="text-xs text-muted" data-testid="lead-figure-source">
        {source} {t('denseRank')}
      </p>
      <p className="text-sm">
        <a href={villagesHref} className="text-accent underline" data-testid="figure1-villages-link">
          {t('villagesLink', { year })}
        </a>
      </p>
    </section>
  );
}
