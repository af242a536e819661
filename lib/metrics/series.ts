import { compoundGrowth, difference, indexValue, notComputed, ratio, relativeChange, type Derived, type NotComputed, type Reading } from './derived';

/**
 * One reading of a series on its year line (year-end / full-year), with how it was printed
 * (qualifier) and its flag (see ./derived.ts). A gap has value null and flag null.
 */
export type SeriesPoint = Reading & { year: number; breakBefore: boolean };

export type Growth = {
  year: number;
  /** curr − prev; for a percentage series this is the change in percentage points. */
  absolute: Derived;
  /** (curr − prev) ÷ prev as a fraction; never for a percentage series (reason `share`). */
  relative: Derived;
  /** The definition changed between the two readings: the change is not like-for-like. */
  acrossBreak: boolean;
};

const MISSING: Reading = { value: null, qualifier: 'exact', flag: null };
const byYear = (points: readonly SeriesPoint[]) => new Map(points.map((p) => [p.year, p]));
const ascending = (points: readonly SeriesPoint[]) => [...points].sort((a, b) => a.year - b.year);
const usable = (p: Reading | undefined) => p !== undefined && p.value !== null && Number.isFinite(p.value) && p.value > 0;

/** True when any reading after `from` up to and including `to` starts a new definition. */
export function crossesBreak(points: readonly SeriesPoint[], from: number, to: number): boolean {
  return points.some((p) => p.year > from && p.year <= to && p.breakBefore);
}

/**
 * Change on the previous calendar year; a gap where either year is a gap (no bridging over gaps).
 * `isShare`: the series is a percentage, so its change is in percentage points only.
 */
export function yearOnYear(points: readonly SeriesPoint[], isShare: boolean): Growth[] {
  const index = byYear(points);
  return ascending(points).map((p) => {
    const prev = index.get(p.year - 1) ?? MISSING;
    return {
      year: p.year,
      absolute: difference(prev, p),
      relative: relativeChange(prev, p, isShare),
      acrossBreak: index.has(p.year - 1) && p.breakBefore,
    };
  });
}

export type IndexedPoint = Derived & { year: number; acrossBreak: boolean };

/**
 * Values relative to a base year (= 100). When the series cannot be indexed at all — it is a
 * percentage (`share`: an index is a relative change), it has no value in the base year
 * (`no-base-value`) or a base ≤ 0 (`not-positive`) — `reason` says so and every point carries it.
 */
export function indexTo(points: readonly SeriesPoint[], baseYear: number, isShare: boolean): { reason: NotComputed | null; points: IndexedPoint[] } {
  const base = byYear(points).get(baseYear);
  const reason: NotComputed | null = isShare ? 'share' : base?.value == null ? 'no-base-value' : base.value <= 0 ? 'not-positive' : null;
  return {
    reason,
    points: ascending(points).map((p) => ({
      year: p.year,
      ...(reason ? notComputed(reason) : indexValue(p, base!, p.year === baseYear)),
      acrossBreak: crossesBreak(points, Math.min(baseYear, p.year), Math.max(baseYear, p.year)),
    })),
  };
}

/**
 * The default base year of index mode for several series: a year inside [from, to] in which every
 * series has a value. The earliest such year, because an index answers "how much has each grown
 * since then", and the earliest common year gives every line the longest stretch drawn from the
 * same 100. Years whose values are all free of bounds are preferred: a ">N" base would turn every
 * point of its line into a bound. With no common year, the year that most series have (earliest
 * of ties), so that as few as possible are left out; null when none has a value in the range.
 */
export function chooseBaseYear(series: readonly (readonly SeriesPoint[])[], from: number, to: number): number | null {
  const maps = series.map(byYear);
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const all = (year: number, ok: (p: SeriesPoint) => boolean) => maps.every((m) => usable(m.get(year)) && ok(m.get(year)!));
  const unbounded = years.find((y) => all(y, (p) => p.qualifier !== 'lower_bound' && p.qualifier !== 'upper_bound'));
  if (unbounded !== undefined) return unbounded;
  const common = years.find((y) => all(y, () => true));
  if (common !== undefined) return common;
  let best: number | null = null;
  let bestCount = 0;
  for (const y of years) {
    const count = maps.filter((m) => usable(m.get(y))).length;
    if (count > bestCount) [best, bestCount] = [y, count];
  }
  return best;
}

export type RangeSummary = {
  startYear: number;
  endYear: number;
  start: Reading;
  end: Reading;
  /** end − start (percentage points for a percentage series). */
  absolute: Derived;
  relative: Derived;
  cagr: Derived;
  acrossBreak: boolean;
};

/**
 * Start, end, change and CAGR between two chosen years. Start and end are the readings at
 * exactly those years (a gap stays a gap: nothing is interpolated or shifted); bounds and
 * approximations carry into every figure (see ./derived.ts).
 */
export function summariseRange(points: readonly SeriesPoint[], fromYear: number, toYear: number, isShare: boolean): RangeSummary {
  const index = byYear(points);
  const start = index.get(fromYear) ?? MISSING;
  const end = index.get(toYear) ?? MISSING;
  return {
    startYear: fromYear,
    endYear: toYear,
    start: { value: start.value, qualifier: start.qualifier, flag: start.flag },
    end: { value: end.value, qualifier: end.qualifier, flag: end.flag },
    absolute: difference(start, end),
    relative: relativeChange(start, end, isShare),
    cagr: compoundGrowth(start, end, toYear - fromYear, isShare),
    acrossBreak: crossesBreak(points, fromYear, toYear),
  };
}

/** Part ÷ whole for the years both have (e.g. mobile users ÷ internet users), as a fraction. */
export function ratioByYear(part: readonly SeriesPoint[], whole: readonly SeriesPoint[]): (Derived & { year: number })[] {
  const wholeIndex = byYear(whole);
  return ascending(part).flatMap((p) => {
    const w = wholeIndex.get(p.year);
    return w ? [{ year: p.year, ...ratio(p, w) }] : [];
  });
}
