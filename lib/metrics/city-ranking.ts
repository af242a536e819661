import { crN, herfindahl, MIN_UNITS_FOR_CONCENTRATION } from '@/lib/metrics/concentration.ts';
import { competitionRank } from '@/lib/metrics/ranks.ts';
import { shareOf } from '@/lib/metrics/shares.ts';
import type { CityRankRow, CityRankingSummary, NationalRow, ProvinceTotalRow } from '@/lib/schemas/responses/villages.ts';
import type { CityQuery } from '@/lib/schemas/villages.ts';

/*
 * The city ranking of a year, computed from the rows the store gives (lib/queries/villages.ts,
 * getCityRankingInputs): the view's filter, competition ranks, shares of the view and of the
 * national total, CR4/CR8/HHI and the sort. Pure: the page, the JSON API and the CSV export all
 * get their ranking from here, so they cannot disagree.
 */

/** A city's row as read from the store, before ranks and shares. */
export type CityBase = Omit<CityRankRow, 'rank' | 'shareOfView' | 'shareOfNational'>;

/** What the store holds for a year: city rows, the national row and the published province totals. */
export type CityRankingInputs = {
  year: number;
  cities: CityBase[];
  national: NationalRow | null;
  provinceTotals: ProvinceTotalRow[];
};

export type CityRanking = {
  year: number;
  rows: CityRankRow[];
  summary: CityRankingSummary;
  national: NationalRow | null;
  /** Published totals of the selected provinces (or of the provinces in view), where published. */
  provinceTotals: ProvinceTotalRow[];
  sourceIds: string[];
  noteIds: string[];
};

type RankingView = Pick<CityQuery, 'scope' | 'province' | 'q' | 'sort' | 'dir'>;

const collator = { en: new Intl.Collator('en'), zh: new Intl.Collator('zh-Hans-CN-u-co-pinyin') };

/** Orders ranked rows by the view's sort key; missing counts last in either direction, ties by city name. */
export function sortCityRows<R extends Pick<CityRankRow, 'villages' | 'publishedRank' | 'city' | 'province'>>(rows: R[], query: Pick<CityQuery, 'sort' | 'dir'>, locale: 'en' | 'zh'): R[] {
  const dir = query.dir === 'asc' ? 1 : -1;
  const name = (p: { nameEn: string; nameZh: string }) => (locale === 'zh' ? p.nameZh : p.nameEn);
  const nullsLast = (a: number | null, b: number | null) =>
    a === null && b === null ? 0 : a === null ? 1 : b === null ? -1 : dir * (a - b);
  const byVillages = (a: R, b: R) => nullsLast(a.villages, b.villages);
  const byCity = (a: R, b: R) => collator[locale].compare(name(a.city), name(b.city));
  const compare: Record<CityQuery['sort'], (a: R, b: R) => number> = {
    villages: (a, b) => byVillages(a, b) || byCity(a, b),
    rank: (a, b) => nullsLast(a.publishedRank, b.publishedRank) || byCity(a, b),
    city: (a, b) => dir * byCity(a, b),
    province: (a, b) => dir * collator[locale].compare(name(a.province), name(b.province)) || -byVillages(a, b) || byCity(a, b),
  };
  return [...rows].sort(compare[query.sort]);
}

/** The cities the view keeps: ranked lists only unless scope is "all", the chosen provinces, the name search. */
export function citiesInView(cities: readonly CityBase[], query: Pick<CityQuery, 'scope' | 'province' | 'q'>): CityBase[] {
  const needle = query.q.toLowerCase();
  return cities.filter(
    (r) =>
      (query.scope === 'all' || r.rankedList !== null) &&
      (query.province.length === 0 || query.province.includes(r.province.adcode)) &&
      (!needle || r.city.nameEn.toLowerCase().includes(needle) || r.city.nameZh.includes(query.q)),
  );
}

/** The ranking of the cities in view, with its summary and the sources and notes of every figure it shows. */
export function rankCities(inputs: CityRankingInputs, query: RankingView, locale: 'en' | 'zh'): CityRanking {
  const { year, national } = inputs;
  const inView = citiesInView(inputs.cities, query);
  const values = inView.flatMap((r) => (r.villages === null ? [] : [r.villages]));
  const listedTotal = values.length ? values.reduce((a, b) => a + b, 0) : null;
  const concentrated = values.length >= MIN_UNITS_FOR_CONCENTRATION;
  const ranks = competitionRank(inView, (r) => r.villages);
  const nationalTotal = national?.villages ?? null;
  const rows = sortCityRows(
    inView.map((r, i) => ({
      ...r,
      rank: ranks[i],
      shareOfView: r.villages === null ? null : shareOf(r.villages, listedTotal),
      shareOfNational: r.villages === null ? null : shareOf(r.villages, nationalTotal),
    })),
    query,
    locale,
  );
  // The chosen provinces' totals, or without a province filter every total of the year: the same
  // figures the map and the province table show (a year without a city list still has them).
  const provinceTotals = query.province.length ? inputs.provinceTotals.filter((p) => query.province.includes(p.province.adcode)) : inputs.provinceTotals;
  const sourceIds = new Set<string>([...rows.map((r) => r.sourceId), ...provinceTotals.map((p) => p.sourceId)]);
  if (national) sourceIds.add(national.sourceId);
  const noteIds = new Set<string>([...rows.flatMap((r) => r.noteIds), ...provinceTotals.flatMap((p) => p.noteIds), ...(national?.noteIds ?? [])]);
  return {
    year,
    rows,
    summary: {
      listedTotal,
      cityCount: rows.length,
      gapCount: rows.length - values.length,
      countedCities: values.length,
      shareOfNational: listedTotal === null ? null : shareOf(listedTotal, nationalTotal),
      cr4: concentrated ? crN(values, 4).value : null,
      cr8: concentrated ? crN(values, 8).value : null,
      hhi: concentrated ? herfindahl(values) : null,
    },
    national,
    provinceTotals,
    sourceIds: [...sourceIds].sort(),
    noteIds: [...noteIds].sort(),
  };
}
