import 'server-only';
import type { Locale } from '@/i18n/routing.ts';
import { formatCount, placeName } from '@/lib/i18n/format.ts';
import { sortCityRows } from '@/lib/metrics/city-ranking.ts';
import { getPublishedCityList } from '@/lib/queries/clusters/paper-city-list.ts';

/*
 * The Wenzhou page's lead figure: the paper's "Figure 1" (a table of the cities with the most Taobao
 * villages in 2019, which the paper takes from AliResearch's 2009–2019 report), as bars in the
 * paper's rank order with Wenzhou marked. The rows are those data/taobao-villages/cities.csv holds for
 * that list, as the paper prints them: each bar's flag follows the count's qualifier, nothing is computed here.
 */

/** The ranked list of data/taobao-villages/cities.csv that is the paper's Figure 1. */
export const WENZHOU_FIGURE1_LIST = 'seed001-fig1-2019';
/** Wenzhou's city division code (the bar the chart marks). */
export const WENZHOU_CITY_ADCODE = 330300;

export type Figure1Bar = {
  key: string;
  label: string;
  /** Null would be a gap (the list has a rank but no count); drawn as no bar. */
  value: number | null;
  display: string;
  rank: number | null;
  /** As the list prints the count: exact → stated, "about" → estimate, "more than" → bound. */
  flag: 'stated' | 'estimate' | 'bound';
  highlight: boolean;
};

export type WenzhouFigure1 = {
  /** Null when the store holds no such list (then the page says so instead of drawing). */
  year: number | null;
  bars: Figure1Bar[];
  /** The marked city and the first of the list, for the one-line summary. */
  wenzhou: Figure1Bar | null;
  top: Figure1Bar | null;
  /** Source ids of the rows (the Sources page's anchors; never shown as text). */
  sourceIds: string[];
};

const FLAG_OF_QUALIFIER = { exact: 'stated', approx: 'estimate', lower_bound: 'bound' } as const;

/** Figure 1 of the Wenzhou paper as bars, names and counts in the reader's language. */
export async function getWenzhouFigure1(locale: Locale): Promise<WenzhouFigure1> {
  const { year, cities } = await getPublishedCityList(WENZHOU_FIGURE1_LIST);
  // The list's order as the villages ranking sorts by published rank (tied cities by name), so both agree.
  const rows = sortCityRows(cities, { sort: 'rank', dir: 'asc' }, locale);
  const bars: Figure1Bar[] = rows.map((r) => ({
    key: String(r.city.adcode),
    label: placeName(r.city, locale),
    value: r.villages,
    display: formatCount(r.villages, locale, r.villagesQualifier),
    rank: r.publishedRank,
    flag: FLAG_OF_QUALIFIER[r.villagesQualifier],
    highlight: r.city.adcode === WENZHOU_CITY_ADCODE,
  }));
  return {
    year,
    bars,
    wenzhou: bars.find((b) => b.highlight) ?? null,
    top: bars.find((b) => b.value !== null) ?? null,
    sourceIds: [...new Set(rows.map((r) => r.sourceId))],
  };
}
