import { cagr, yoyChange } from './growth';
import { shareOf } from './shares';

/** One reading of a series on its year line (year-end / full-year or a substitute reading). */
export type SeriesPoint = { year: number; value: number | null; breakBefore: boolean };

export type Growth = {
  year: number;
  absolute: number | null;
  relative: number | null;
  /** The definition changed between the two readings: the change is not like-for-like. */
  acrossBreak: boolean;
};

const byYear = (points: readonly SeriesPoint[]) => new Map(points.map((p) => [p.year, p]));

/** True when any reading after `from` up to and including `to` starts a new definition. */
export function crossesBreak(points: readonly SeriesPoint[], from: number, to: number): boolean {
  return points.some((p) => p.year > from && p.year <= to && p.breakBefore);
}

/** Change on the previous calendar year; null where either year is a gap (no bridging over gaps). */
export function yearOnYear(points: readonly SeriesPoint[]): Growth[] {
  const index = byYear(points);
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => {
      const prev = index.get(p.year - 1);
      const change = yoyChange(prev?.value ?? null, p.value);
      return { year: p.year, ...change, acrossBreak: Boolean(prev) && p.breakBefore };
    });
}

/** Values relative to a base year (= 100); all null when the base is a gap or not positive. */
export function indexTo(points: readonly SeriesPoint[], baseYear: number): { year: number; value: number | null; acrossBreak: boolean }[] {
  const base = byYear(points).get(baseYear)?.value ?? null;
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({
      year: p.year,
      value: base === null || base <= 0 || p.value === null ? null : (p.value / base) * 100,
      acrossBreak: crossesBreak(points, Math.min(baseYear, p.year), Math.max(baseYear, p.year)),
    }));
}

export type RangeSummary = {
  startYear: number;
  endYear: number;
  start: number | null;
  end: number | null;
  absolute: number | null;
  relative: number | null;
  cagr: number | null;
  acrossBreak: boolean;
};

/**
 * Start, end, change and CAGR between two chosen years. Start and end are the readings at
 * exactly those years (a gap stays a gap: nothing is interpolated or shifted).
 */
export function summariseRange(points: readonly SeriesPoint[], fromYear: number, toYear: number): RangeSummary {
  const index = byYear(points);
  const start = index.get(fromYear)?.value ?? null;
  const end = index.get(toYear)?.value ?? null;
  const change = yoyChange(start, end);
  return {
    startYear: fromYear,
    endYear: toYear,
    start,
    end,
    absolute: change.absolute,
    relative: change.relative,
    cagr: cagr(start, end, toYear - fromYear),
    acrossBreak: crossesBreak(points, fromYear, toYear),
  };
}

/** Part ÷ whole for the years both have (e.g. mobile users ÷ internet users), as a fraction. */
export function ratioByYear(part: readonly SeriesPoint[], whole: readonly SeriesPoint[]): { year: number; value: number | null }[] {
  const wholeIndex = byYear(whole);
  return [...part]
    .sort((a, b) => a.year - b.year)
    .flatMap((p) => {
      const w = wholeIndex.get(p.year);
      if (!w) return [];
      return [{ year: p.year, value: p.value === null ? null : shareOf(p.value, w.value) }];
    });
}
