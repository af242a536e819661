// Which years of the Taobao-village dataset have what, and what the page says about a view.
// Pure: the page (app/[locale]/villages) turns these states into sentences in the reader's language.
import { MIN_UNITS_FOR_CONCENTRATION } from '@/lib/metrics/index.ts';
import type { YearCoverage } from '@/lib/queries/villages-coverage.ts';

export type { YearCoverage };

/** The best a year offers: a ranked city list, single city counts, province counts, or the national count. */
export type YearKind = 'city-list' | 'city-counts' | 'province' | 'national';
export const YEAR_KINDS: readonly YearKind[] = ['city-list', 'city-counts', 'province', 'national'];

export function yearKind(c: YearCoverage): YearKind | null {
  if (c.rankedCities > 0) return 'city-list';
  if (c.provincesWithCounts > 0) return 'province';
  if (c.citiesWithCounts > 0) return 'city-counts';
  return c.national ? 'national' : null;
}

/** Years the page can open (each has at least one figure), oldest first, with what they hold. */
export function selectableYears(coverage: readonly YearCoverage[]): { year: number; kind: YearKind }[] {
  return coverage.flatMap((c) => {
    const kind = yearKind(c);
    return kind ? [{ year: c.year, kind }] : [];
  });
}

/** What the table and the city chart say when there is no row to draw or no count among the rows. */
export type RankingState =
  /** Rows with at least one village count: draw them. */
  | { kind: 'rows' }
  /** Rows, but none with a count (e.g. a list that prints ranks only): "—", never 0. */
  | { kind: 'ranks-only'; cities: number }
  /** The year has no ranked city list (the default scope); other cities may have single counts. */
  | { kind: 'no-city-list'; otherCities: number }
  /** The year has no city figure at all. */
  | { kind: 'no-city-figures' }
  /** The year has cities in this scope, but the filters exclude all of them. */
  | { kind: 'no-match' };

export type RankingView = {
  scope: 'ranked' | 'all';
  /** Rows in view and how many of them have a village count. */
  rows: number;
  countedRows: number;
};

export function rankingState(coverage: YearCoverage | undefined, view: RankingView): RankingState {
  if (view.rows > 0) return view.countedRows > 0 ? { kind: 'rows' } : { kind: 'ranks-only', cities: view.rows };
  const c = coverage ?? { rankedCities: 0, cityRows: 0 };
  if (c.cityRows === 0) return { kind: 'no-city-figures' };
  if (view.scope === 'ranked' && c.rankedCities === 0) return { kind: 'no-city-list', otherCities: c.cityRows };
  return { kind: 'no-match' };
}

/** Why CR4/HHI are shown or not: they need MIN_UNITS_FOR_CONCENTRATION cities with counts. */
export function concentrationState(countedCities: number): { shown: true } | { shown: false; counted: number; needed: number } {
  return countedCities >= MIN_UNITS_FOR_CONCENTRATION ? { shown: true } : { shown: false, counted: countedCities, needed: MIN_UNITS_FOR_CONCENTRATION };
}
