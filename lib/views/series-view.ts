import 'server-only';
import { notComputed, scaled, type BoundQualifier, type Derived, type NotComputed, type PointFlag } from '@/lib/metrics/derived.ts';
import { chooseBaseYear, indexTo, summariseRange, yearOnYear, type RangeSummary, type SeriesPoint } from '@/lib/metrics/series.ts';
import { getSeriesCatalogue, getSeriesNotes, getSeriesValues, type SeriesInfo, type SeriesValueInfo } from '@/lib/queries/series.ts';
import { getSources } from '@/lib/queries/villages.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import { SERIES_ARRAY_KEYS, seriesViewQuery, type SeriesViewQuery } from '@/lib/schemas/series.ts';
import { reversedRange, type SeriesGroup } from '@/lib/schemas/series-url.ts';
import { DERIVED_SERIES, derivedInfo, derivedValues } from '@/lib/views/series-derived.ts';

/**
 * The unit of a drawn value: the series' own in "values" mode; in "change on previous year" mode
 * `percent-change` (a relative change, %) for counts and amounts but `pp` (percentage points, an
 * absolute difference) for percentage series; `index` in index mode.
 */
export type ViewUnit = SeriesInfo['unit'] | 'percent-change' | 'pp' | 'index';

/** A point as drawn: x is in years, December of a year = that year; a YYYY-MM reading sits months after the previous December. */
export type ViewPoint = {
  x: number;
  period: string;
  periodKind: SeriesValueInfo['periodKind'];
  value: number | null;
  unit: ViewUnit;
  raw: number | null;
  qualifier: BoundQualifier;
  /** null for a gap; see lib/metrics/derived.ts. */
  flag: PointFlag | null;
  /** Why value is null, when it is. */
  reason: NotComputed | null;
  acrossBreak: boolean;
  breakBefore: boolean;
  sourceId: string;
  noteIds: string[];
};

/** A selected series that the mode cannot draw (index mode: a percentage, or no usable base value). */
export type NotDrawn = { reason: NotComputed; baseYear: number | null };

export type ViewSeries = { series: SeriesInfo; points: ViewPoint[]; summary: RangeSummary; breaks: number[]; notDrawn: NotDrawn | null };

export const xOf = (v: Pick<SeriesValueInfo, 'year' | 'month'>) => (v.month === null ? v.year : v.year - 1 + v.month / 12);

const onYearLine = (v: SeriesValueInfo) => v.periodKind === 'year';
export const isShare = (s: Pick<SeriesInfo, 'unit'>) => s.unit === 'percent';
export const viewUnit = (mode: SeriesViewQuery['mode'], s: Pick<SeriesInfo, 'unit'>): ViewUnit =>
  mode === 'absolute' ? s.unit : mode === 'index' ? 'index' : isShare(s) ? 'pp' : 'percent-change';

const yearLine = (values: SeriesValueInfo[]): SeriesPoint[] =>
  values.filter(onYearLine).map((v) => ({ year: v.year, value: v.value, qualifier: v.qualifier, flag: v.flag, breakBefore: v.breakBefore }));

/** A stored reading as a figure: a null value is a gap, or a derived ratio whose bounds gave no number. */
const asDerived = (v: SeriesValueInfo): Derived =>
  v.value === null ? (v.flag === 'bound' ? notComputed('unbounded') : notComputed('gap')) : { value: v.value, qualifier: v.qualifier, flag: v.flag, reason: null };

/** The first and last years inside the range that have a value (the summary names the years it used). */
function availableSpan(points: SeriesPoint[], from: number, to: number): [number, number] {
  const years = points.filter((p) => p.value !== null && p.year >= from && p.year <= to).map((p) => p.year);
  return years.length ? [Math.min(...years), Math.max(...years)] : [from, to];
}

function buildSeries(series: SeriesInfo, values: SeriesValueInfo[], query: SeriesViewQuery, from: number, to: number, baseYear: number | null): ViewSeries {
  const share = isShare(series);
  const yearly = yearLine(values);
  const inRange = (v: SeriesValueInfo) => v.year >= from && v.year <= to;
  const growth = new Map(yearOnYear(yearly, share).map((g) => [g.year, g]));
  const indexed = query.mode === 'index' && baseYear !== null ? indexTo(yearly, baseYear, share) : null;
  const index = new Map(indexed?.points.map((p) => [p.year, p]) ?? []);
  const unit = viewUnit(query.mode, series);
  const points: ViewPoint[] = values
    .filter(inRange)
    .filter((v) => v.periodKind !== 'mid_year' || query.midyear)
    .filter((v) => query.mode === 'absolute' || onYearLine(v))
    .map((v) => {
      const g = growth.get(v.year);
      const figure: Derived & { acrossBreak: boolean } =
        query.mode === 'yoy'
          ? { ...(share ? g!.absolute : scaled(g!.relative, 100)), acrossBreak: g!.acrossBreak }
          : query.mode === 'index'
            ? (index.get(v.year) ?? { ...notComputed('no-base-value'), acrossBreak: false })
            : { ...asDerived(v), acrossBreak: false };
      return {
        x: xOf(v),
        period: v.period,
        periodKind: v.periodKind,
        value: figure.value,
        unit,
        raw: v.value,
        qualifier: figure.qualifier,
        flag: figure.flag,
        reason: figure.reason,
        acrossBreak: figure.acrossBreak,
        breakBefore: v.breakBefore,
        sourceId: v.sourceId,
        noteIds: v.noteIds,
      };
    });
  const notDrawn = query.mode === 'index' && (baseYear === null || indexed?.reason) ? { reason: indexed?.reason ?? 'no-base-value', baseYear } : null;
  return {
    series,
    points,
    summary: summariseRange(yearly, ...availableSpan(yearly, from, to), share),
    breaks: values.filter((v) => v.breakBefore && v.year >= from && v.year <= to).map((v) => v.year),
    notDrawn,
  };
}

/**
 * Everything a time-series page shows for its group: the catalogue, the selected series
 * transformed by the chosen mode over the chosen range, their sources and notes.
 */
export async function getSeriesView(groups: readonly SeriesGroup[], defaultSeries: string[], searchParams: SearchParamsInput, pinnedNoteIds: readonly string[] = []) {
  const raw = searchParamsToObject(searchParams, SERIES_ARRAY_KEYS);
  // Said beside the year fields (not only in the list of ignored parameters) by SeriesControls.
  const reversed = reversedRange(raw.from, raw.to);
  const invalid: string[] = [];
  let parsed = seriesViewQuery.safeParse(raw);
  if (!parsed.success) {
    invalid.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    for (const key of new Set(parsed.error.issues.map((i) => String(i.path[0])))) delete raw[key];
    parsed = seriesViewQuery.safeParse(raw);
  }
  const query: SeriesViewQuery = parsed.success ? parsed.data : seriesViewQuery.parse({});
  const stored = await getSeriesCatalogue();
  const catalogue = stored.filter((s) => groups.includes(s.group as SeriesGroup));
  const derivable = DERIVED_SERIES.filter((d) => catalogue.some((s) => s.id === d.part) && catalogue.some((s) => s.id === d.whole));
  catalogue.push(...derivable.map((d) => derivedInfo(d, catalogue.find((s) => s.id === d.whole)!.group)));
  const known = new Set(catalogue.map((s) => s.id));
  const unknown = query.series.filter((id) => !known.has(id));
  if (unknown.length) invalid.push(`series: not in this section: ${unknown.join(', ')}`);
  const requested = query.series.filter((id) => known.has(id));
  const selectedIds = requested.length ? requested : defaultSeries.filter((id) => known.has(id));
  const derivedSelected = derivable.filter((d) => selectedIds.includes(d.id));
  const storedIds = [...new Set([...selectedIds.filter((id) => !id.startsWith('derived-')), ...derivedSelected.flatMap((d) => [d.part, d.whole])])];
  const values = await getSeriesValues(storedIds);
  for (const d of derivedSelected) values.set(d.id, derivedValues(d, values.get(d.part)!, values.get(d.whole)!));
  const selected = selectedIds.map((id) => {
    const info = catalogue.find((s) => s.id === id)!;
    const years = values.get(id)!.filter((v) => v.value !== null && v.periodKind !== 'mid_year').map((v) => v.year);
    return years.length && info.firstYear === null ? { ...info, firstYear: Math.min(...years), lastYear: Math.max(...years) } : info;
  });
  // Shown mid-year readings widen the range: a first half published before its full year (GACC 2025 H1)
  // would otherwise fall outside the last year-end value and never be shown.
  const midYearYears = query.midyear
    ? selectedIds.flatMap((id) => values.get(id) ?? []).filter((v) => v.periodKind === 'mid_year' && v.value !== null).map((v) => v.year)
    : [];
  const years = [...selected.flatMap((s) => [s.firstYear, s.lastYear]), ...midYearYears].filter((y): y is number => y !== null);
  const minYear = years.length ? Math.min(...years) : new Date().getFullYear();
  const maxYear = years.length ? Math.max(...years) : minYear;
  const from = Math.max(query.from ?? minYear, minYear);
  const to = Math.min(query.to ?? maxYear, maxYear);
  const end = Math.max(from, to);
  // base stays null in the state when the reader did not choose one (the URL and the CSV link then
  // leave it out, and a new range picks a new default); baseYear is the year actually used.
  const state = { ...query, series: selectedIds, base: query.mode === 'index' ? query.base : null };
  const indexable = selected.filter((s) => !isShare(s));
  const autoBase = chooseBaseYear(indexable.map((s) => yearLine(values.get(s.id)!)), from, end);
  const baseYear = query.mode !== 'index' ? null : (query.base ?? autoBase ?? from);
  const view = selected.map((s) => buildSeries(s, values.get(s.id)!, state, from, end, baseYear));
  const index =
    baseYear === null
      ? null
      : { baseYear, chosen: query.base !== null, drawn: view.filter((v) => !v.notDrawn).length, of: view.length, indexable: indexable.length };
  const sourceIds = [...new Set(view.flatMap((v) => v.points.map((p) => p.sourceId)))];
  const noteIds = [...new Set(view.flatMap((v) => [...v.series.noteIds, ...v.points.flatMap((p) => p.noteIds)]))];
  const [notes, pinnedNotes] = await Promise.all([getSeriesNotes(selectedIds, noteIds), getSeriesNotes([], [...pinnedNoteIds])]);
  const pinned = pinnedNoteIds.flatMap((id) => pinnedNotes.filter((n) => n.id === id));
  const allSourceIds = [...new Set([...sourceIds, ...pinned.flatMap((n) => (n.sourceId ? [n.sourceId] : []))])];
  const sources = await getSources(allSourceIds);
  return { query: state, invalid, reversed, catalogue, view, index, range: { from, to, minYear, maxYear }, sources, notes, pinned };
}

export type SeriesView = Awaited<ReturnType<typeof getSeriesView>>;
