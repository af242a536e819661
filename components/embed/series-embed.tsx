import { getTranslations } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/embed-frame.tsx';
import { SeriesChart } from '@/components/series/series-chart.tsx';
import { seriesExportMeta } from '@/components/series/series-export-meta.ts';
import type { Locale } from '@/i18n/routing.ts';
import { nonDefaultSeriesParams } from '@/lib/schemas/series-url.ts';
import { withQuery } from '@/lib/schemas/villages-url.ts';
import type { SeriesSection } from '@/lib/sections.ts';
import { settings } from '@/lib/settings.mjs';
import { POINT_FLAGS } from '@/lib/metrics/derived.ts';
import { toChartPanels } from '@/lib/views/series-panels.ts';
import type { SeriesView } from '@/lib/views/series-view.ts';

type Props = { name: SeriesSection; view: SeriesView; locale: Locale; defaults: { series: string[] } };

/** The time-series chart of /users or /transactions alone, for an <iframe>: the page's panels with their export's title, subtitle and source line. */
export async function SeriesEmbed({ name, view, locale, defaults }: Props) {
  const [t, tc, ts, te] = await Promise.all([getTranslations('series'), getTranslations('charts'), getTranslations(`sections.${name}`), getTranslations('embeds')]);
  const title = ts('chartTitle');
  const params = nonDefaultSeriesParams(view.query, defaults);
  const path = withQuery(`/${locale}/${name}`, params);
  const url = `${settings().ATLAS_PUBLIC_ORIGIN}${path}`;
  const flagLabels = Object.fromEntries(POINT_FLAGS.map((f) => [f, t(`flags.${f}`)])) as Record<(typeof POINT_FLAGS)[number], string>;
  const panels = toChartPanels(view, locale, t('definitionBreak'), flagLabels);
  const metas = panels.map((panel) => seriesExportMeta({ panel, view, locale, section: title, csvGroup: name, url, t: tc, modeLabel: t(`modes.${view.query.mode}`) }));
  // Several units give several panels (one chart each); their source lines are joined once below.
  const sources = [...new Set(metas.map((m) => m.source))];
  return (
    <EmbedFrame
      title={metas.length === 1 ? metas[0].title : title}
      subtitle={metas[0]?.subtitle ?? te('nothingSelected')}
      source={sources.join(' · ')}
      href={path}
      linkLabel={te('linkBack')}
      invalid={view.invalid.length ? t('invalidParams', { details: view.invalid.join('; ') }) : null}
    >
      <div className={`grid gap-6 ${panels.length > 1 ? 'lg:grid-cols-2' : ''}`}>
        {panels.map((panel, i) => (
          <SeriesChart
            key={panel.key}
            panel={panel}
            locale={locale}
            log={view.query.log && view.query.mode !== 'yoy'}
            summary=""
            exportMeta={metas[i]}
            labels={{
              png: t('png'),
              svg: t('svg'),
              loading: { live: t('chartLoading'), noScript: t('chartNoScript') },
              plot: { midYear: t('midYearShort'), substitute: t('substituteShort'), noValue: tc('tooltip.noValue'), source: tc('tooltip.source'), keyboard: tc('tooltip.keyboard') },
            }}
          />
        ))}
      </div>
    </EmbedFrame>
  );
}
