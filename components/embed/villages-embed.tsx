import { getTranslations } from 'next-intl/server';
import { CityBarChart } from '@/components/charts/city-bar-chart.tsx';
import { villagesCityChartExport } from '@/components/charts/villages-export-meta.ts';
import { EmbedFrame } from '@/components/embed/embed-frame.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { settings } from '@/lib/settings.mjs';
import { villagesCityChart } from '@/lib/views/villages-city-chart.ts';
import type { VillagesPageData } from '@/lib/views/villages-page.ts';

/** The villages page's city-ranking bar chart alone, for an <iframe>, with its export's subtitle and source line. */
export async function VillagesEmbed({ data, locale }: { data: VillagesPageData; locale: Locale }) {
  const [t, ts, tc, te] = await Promise.all([getTranslations('villages'), getTranslations('villageStates'), getTranslations('charts'), getTranslations('embeds')]);
  const chart = villagesCityChart(data, locale, t, ts);
  const meta = villagesCityChartExport(data, chart, `${settings().ATLAS_PUBLIC_ORIGIN}${chart.path}`, locale, tc);
  return (
    // The section's name above: the chart's own heading already says the year and provinces.
    <EmbedFrame
      title={t('title')}
      subtitle={meta.subtitle}
      source={meta.source}
      href={chart.path}
      linkLabel={te('linkBack')}
      invalid={data.invalid.length ? t('invalidParams', { details: data.invalid.join('; ') }) : null}
    >
      {/* A year without city figures: say so, as the page does, instead of an empty chart. */}
      {chart.state !== null ? (
        <p className="rounded-lg border border-line p-4 text-sm" data-testid="ranking-state">
          {chart.state}
        </p>
      ) : (
        <CityBarChart
          data={chart.bars}
          title={chart.title}
          summary={chart.summary}
          exportMeta={meta}
          exportLabels={{ png: t('png'), svg: t('svg') }}
          valueLabel={t('colVillages')}
          locale={locale}
          loadingLabel={{ live: t('chartLoading'), noScript: t('chartNoScript') }}
        />
      )}
    </EmbedFrame>
  );
}
