import type { Locale } from '@/i18n/routing.ts';
import { formatCount, formatShare, placeName } from '@/lib/i18n/format.ts';
import { joinList, withAside } from '@/lib/i18n/punctuation.ts';
import { nonDefaultCityParams, withQuery } from '@/lib/schemas/villages-url.ts';
import type { VillagesPageData } from '@/lib/views/villages-page.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/*
 * The city-ranking bar chart of a villages view, as the villages page and its embed both draw it:
 * the title (year and chosen provinces), the bars, the one-line summary, and, for a year without
 * city figures, the sentence said instead of an empty chart. Messages come in as translators
 * (`villages` and `villageStates`), so the page and the embed say the same in either language.
 */
export function villagesCityChart(data: VillagesPageData, locale: Locale, t: Translate, ts: Translate) {
  const { query, ranking } = data;
  const provinces = query.province.flatMap((code) => data.provinceOptions.filter((p) => p.adcode === code));
  const names = provinces.map((p) => placeName(p, locale));
  const chartTitle = t('chartTitle', { year: ranking.year });
  // Chinese takes full-width brackets and 、 between names (lib/i18n/punctuation.ts).
  const title = names.length ? withAside(chartTitle, joinList(names, locale), locale) : chartTitle;
  // What the year holds when it cannot be ranked: never "no city matches" for a year without a city list.
  const state = {
    rows: () => null,
    'ranks-only': () => ts('stateRanksOnly', { count: ranking.rows.length }),
    'no-city-list': () => ts('stateNoCityList', { year: ranking.year, other: data.state.kind === 'no-city-list' ? data.state.otherCities : 0 }),
    'no-city-figures': () => ts('stateNoCityFigures', { year: ranking.year }),
    'no-match': () => ts('stateNoMatch', { year: ranking.year }),
  }[data.state.kind]();
  const top = ranking.rows.find((r) => r.villages !== null);
  const summary = top
    ? t('chartSummary', {
        count: ranking.rows.length,
        top: placeName(top.city, locale),
        topCount: formatCount(top.villages, locale, top.villagesQualifier),
        share: formatShare(top.shareOfView, locale),
      })
    : (state ?? '');
  return {
    title,
    /** The chosen provinces, for the export's subtitle and file name. */
    provinces: provinces.map((p) => ({ nameEn: p.nameEn, name: placeName(p, locale) })),
    bars: ranking.rows.map((r) => ({ key: String(r.city.adcode), label: placeName(r.city, locale), value: r.villages, display: formatCount(r.villages, locale, r.villagesQualifier) })),
    summary,
    /** Null when there are bars to draw. */
    state,
    /** The page's own address for this view (the embed links back to it; the export prints it). */
    path: withQuery(`/${locale}/villages`, nonDefaultCityParams(query)),
  };
}
