import { getTranslations } from 'next-intl/server';
import { CityBarChart } from '@/components/charts/city-bar-chart.tsx';
import { cityChartExportMeta } from '@/components/charts/villages-export-meta.ts';
import { EmbedFrame } from '@/components/embed/embed-frame.tsx';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, formatShare, placeName } from '@/lib/i18n/format.ts';
import { nonDefaultCityParams, withQuery } from '@/lib/schemas/villages-url.ts';
import { settings } from '@/lib/settings.mjs';
import type { VillagesPageData } from '@/lib/views/villages-page.ts';
import { joinList, withAside } from '@/lib/i18n/punctuation.ts';

/** The villages page's city-ranking bar chart alone, for an <iframe>, with its export's subtitle and source line. */
export async function VillagesEmbed({ data, locale }: { data: VillagesPageData; locale: Locale }) {
  const [t, ts, tc, te] = await Promise.all([getTranslations('villages'), getTranslations('villageStates'), getTranslations('charts'), getTranslations('embeds')]);
  const { query, ranking } = data;
  const path = withQuery(`/${locale}/villages`, nonDefaultCityParams(query));
  const chosen = query.province.flatMap((code) => data.provinceOptions.filter((p) => p.adcode === code));
  const title = chosen.length ? withAside(t('chartTitle', { year: ranking.year }), joinList(chosen.map((p) => placeName(p, locale)), locale), locale) : t('chartTitle', { year: ranking.year });
  const meta = cityChartExportMeta({
    title,
    year: ranking.year,
    provinces: chosen.map((p) => ({ nameEn: p.nameEn, name: placeName(p, locale) })),
    scope: query.scope,
    search: query.q,
    rows: ranking.rows,
    sourceIds: ranking.sourceIds,
    sources: data.sources,
    url: `${settings().ATLAS_PUBLIC_ORIGIN}${path}`,
    locale,
    approxNote: tc('notes.approx'),
    t: tc,
  });
  const top = ranking.rows.find((r) => r.villages !== null);
  // A year without city figures: say so, as the page does, instead of an empty chart.
  const state = {
    rows: () => null,
    'ranks-only': () => ts('stateRanksOnly', { count: ranking.rows.length }),
    'no-city-list': () => ts('stateNoCityList', { year: ranking.year, other: data.state.kind === 'no-city-list' ? data.state.otherCities : 0 }),
    'no-city-figures': () => ts('stateNoCityFigures', { year: ranking.year }),
    'no-match': () => ts('stateNoMatch', { year: ranking.year }),
  }[data.state.kind]();
  return (
    // The section's name above: the chart's own heading already says the year and provinces.
    <EmbedFrame title={t('title')} subtitle={meta.subtitle} source={meta.source} href={path} linkLabel={te('linkBack')}>
      {state !== null ? (
        <p className="rounded-lg border border-line p-4 text-sm" data-testid="ranking-state">
          {state}
        </p>
      ) : (
        <CityBarChart
          data={ranking.rows.map((r) => ({ key: String(r.city.adcode), label: placeName(r.city, locale), value: r.villages, display: formatCount(r.villages, locale, r.villagesQualifier) }))}
          title={title}
          summary={
            top
              ? t('chartSummary', { count: ranking.rows.length, top: placeName(top.city, locale), topCount: formatCount(top.villages, locale, top.villagesQualifier), share: formatShare(top.shareOfView, locale) })
              : ''
          }
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
