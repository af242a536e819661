import { getTranslations } from 'next-intl/server';
import { SeriesChart } from '@/components/series/series-chart.tsx';
import { seriesExportMeta } from '@/components/series/series-export-meta.ts';
import type { Locale } from '@/i18n/routing.ts';
import { formatChange } from '@/lib/i18n/format.ts';
import { joinList } from '@/lib/i18n/punctuation.ts';
import type { Derived } from '@/lib/metrics/derived.ts';
import { settings } from '@/lib/settings.mjs';
import type { CrossBorderScaleChart } from '@/lib/views/clusters/cross-border-chart.ts';

/**
 * The cross-border page's lead figure (lib/views/clusters/cross-border-chart.ts): the two national
 * series as the transaction-scale section draws them (SeriesChart, one panel per definition), under
 * a title that says what is shown, a one-line subtitle and the publishers named in words.
 */
export async function CrossBorderScaleFigure({ chart, locale, sectionHref }: { chart: CrossBorderScaleChart; locale: Locale; sectionHref: string }) {
  const t = await getTranslations('crossborder');
  const ts = await getTranslations('series');
  const tc = await getTranslations('charts');
  const tt = await getTranslations('viewTabs');
  const { view, panels } = chart;
  const title = t('chart.title', { from: view.range.from, to: view.range.to });
  const rate = (d: Derived) => formatChange(d.value === null ? null : d.value * 100, 'percent', locale, d.qualifier, 1);
  const summaryOf = (seriesId: string, label: string) => {
    const s = view.view.find((v) => v.series.id === seriesId)!.summary;
    return ts('lineSummary', { series: label, from: s.startYear, to: s.endYear, change: rate(s.relative), cagr: rate(s.cagr) });
  };
  const url = `${settings().ATLAS_PUBLIC_ORIGIN}/${locale}/clusters/cross-border`;
  const labels = {
    png: t('chart.png'),
    svg: t('chart.svg'),
    loading: { live: t('chart.loading'), noScript: t('chart.noScript') },
    plot: { midYear: ts('midYearShort'), substitute: ts('substituteShort'), noValue: tc('tooltip.noValue'), source: tc('tooltip.source'), keyboard: tc('tooltip.keyboard'), note: tt.raw('noteMarker') as string },
  };
  return (
    <section aria-labelledby="scale-chart-heading" className="space-y-3" data-testid="lead-figure">
      <div className="max-w-3xl space-y-1">
        <h2 id="scale-chart-heading" className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted" data-testid="lead-figure-subtitle">
          {t('chart.subtitle')}
        </p>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        {panels.map((panel) => (
          <SeriesChart
            key={panel.key}
            panel={panel}
            locale={locale}
            log={false}
            summary={panel.lines.map((l) => summaryOf(l.id, l.label)).join(' ')}
            exportMeta={seriesExportMeta({ panel, view, locale, section: t('title'), csvGroup: 'cross-border', url, t: tc, modeLabel: ts('modes.absolute') })}
            labels={labels}
          />
        ))}
      </div>
      <p className="text-xs text-muted" data-testid="lead-figure-source">
        {t('chart.source', { names: joinList(chart.publishers, locale) })}
        {chart.paperFigure2020 ? `${locale === 'zh' ? '' : ' '}${t('chart.seed003', { value: chart.paperFigure2020 })}` : null}
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={chart.csvHref} className="text-accent underline" data-testid="lead-figure-csv" download>
          {t('chart.csv')}
        </a>
        <a href={sectionHref} className="text-accent underline">
          {t('scale.link')}
        </a>
      </p>
    </section>
  );
}
