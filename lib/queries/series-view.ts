import { indexTo, summariseRange, yearOnYear, type RangeSummary, type SeriesPoint } from '@/lib/metrics/series.ts';
import { getSeriesCatalogue, getSeriesNotes, getSeriesValues, type SeriesInfo, type SeriesValueInfo } from '@/lib/queries/series.ts';
import { getSources } from '@/lib/queries/villages.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import { SERIES_ARRAY_KEYS, seriesViewQuery, type SeriesViewQuery } from '@/lib/schemas/series.ts';
import type { SeriesGroup } from '@/lib/schemas/series-url.ts';
import { DERIVED_SERIES, derivedInfo, derivedValues } from '@/lib/queries/series-derived.ts';

/** A point as drawn: x is in years, December of a year = that year; a YYYY-MM reading sits months after the previous December. */
export type ViewPoint = {
  x: number;
  period: string;
  periodKind: SeriesValueInfo['periodKind'];
  value: number | null;
  raw: number | null;
  qualifier: SeriesValueInfo['qualifier'];
  flag: string;
  acrossBreak: boolean;
  breakBefore: boolean;
  sourceId: string;
  noteIds: string[];
};

export type ViewSeries = { series: SeriesInfo; points: ViewPoint[]; summary: RangeSummary; breaks: number[] };

export const xOf = (v: Pick<SeriesValueInfo, 'year' | 'month'>) => (v.month === null ? v.year : v.year - 1 + v.month / 12);

const onYearLine = (v: SeriesValueInfo) => v.periodKind === 'year';

function yoyPercent(g: { relative: number | null; acrossBreak: boolean } | undefined) {
  return { value: g?.relative == null ? null : g.relative * 100, acrossBreak: g?.acrossBreak ?? false };
}

/** The first and last years inside the range that have a value (the summary names the years it used). */
function availableSpan(points: SeriesPoint[], from: number, to: number): [number, number] {
  const years = points.filter((p) => p.value !== null && p.year >= from && p.year <= to).map((p) => p.year);
  return years.length ? [Math.min(...years), Math.max(...years)] : [from, to];
}

function buildSeries(series: SeriesInfo, values: SeriesValueInfo[], query: SeriesViewQuery, from: number, to: number): ViewSeries {
  const yearly: SeriesPoint[] = values.filter(onYearLine).map((v) => ({ year: v.year, value: v.value, breakBefore: v.breakBefore }));
  const inRange = (v: SeriesValueInfo) => v.year >= from && v.year <= to;
  const growth = new Map(yearOnYear(yearly).map((g) => [g.year, g]));
  const index = new Map(indexTo(yearly, query.base ?? from).map((p) => [p.year, p]));
  const points: ViewPoint[] = values
    .filter(inRange)
    .filter((v) => v.periodKind !== 'mid_year' || query.midyear)
    .filter((v) => query.mode === 'absolute' || onYearLine(v))
    .map((v) => {
      const transformed =
        query.mode === 'yoy'
          ? yoyPercent(growth.get(v.year))
          : query.mode === 'index'
            ? { value: index.get(v.year)?.value ?? null, acrossBreak: index.get(v.year)?.acrossBreak ?? false }
            : { value: v.value, acrossBreak: false };
      return {
        x: xOf(v),
        period: v.period,
        periodKind: v.periodKind,
        raw: v.value,
        qualifier: v.qualifier,
        flag: v.flag,
        breakBefore: v.breakBefore,
        sourceId: v.sourceId,
        noteIds: v.noteIds,
        ...transformed,
      };
    });
  return {
    series,
    points,
    summary: summariseRange(yearly, ...availableSpan(yearly, from, to)),
    breaks: values.filter((v) => v.breakBefore && v.year >= from && v.year <= to).map((v) => v.year),
  };
}

/**
 * Everything a time-series page shows for its group: the catalogue, the selected series
 * transformed by the chosen mode over the chosen range, their sources and notes.
 */
export async function getSeriesView(groups: readonly SeriesGroup[], defaultSeries: string[], searchParams: SearchParamsInput, pinnedNoteIds: readonly string[] = []) {
  const raw = searchParamsToObject(searchParams, SERIES_ARRAY_KEYS);
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
  const years = selected.flatMap((s) => [s.firstYear, s.lastYear]).filter((y): y is number => y !== null);
  const minYear = years.length ? Math.min(...years) : new Date().getFullYear();
  const maxYear = years.length ? Math.max(...years) : minYear;
  const from = Math.max(query.from ?? minYear, minYear);
  const to = Math.min(query.to ?? maxYear, maxYear);
  const state = { ...query, series: selectedIds, base: query.mode === 'index' ? (query.base ?? from) : null };
  const view = selected.map((s) => buildSeries(s, values.get(s.id)!, state, from, Math.max(from, to)));
  const sourceIds = [...new Set(view.flatMap((v) => v.points.map((p) => p.sourceId)))];
  const noteIds = [...new Set(view.flatMap((v) => [...v.series.noteIds, ...v.points.flatMap((p) => p.noteIds)]))];
  const [notes, pinnedNotes] = await Promise.all([getSeriesNotes(selectedIds, noteIds), getSeriesNotes([], [...pinnedNoteIds])]);
  const pinned = pinnedNoteIds.flatMap((id) => pinnedNotes.filter((n) => n.id === id));
  const allSourceIds = [...new Set([...sourceIds, ...pinned.flatMap((n) => (n.sourceId ? [n.sourceId] : []))])];
  const sources = await getSources(allSourceIds);
  return { query: state, invalid, catalogue, view, range: { from, to, minYear, maxYear }, sources, notes, pinned };
}

export type SeriesView = Awaited<ReturnType<typeof getSeriesView>>;
