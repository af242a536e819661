import { toCsv } from '@/lib/csv/to-csv.ts';
import type { SeriesInfo, SeriesValueInfo } from '@/lib/queries/series.ts';

const qual = (q: string) => (q === 'exact' ? '' : q === 'lower_bound' ? 'lower-bound' : q);
const kind = (k: string) => (k === 'mid_year' ? 'mid-year' : k);

export const SERIES_CSV_COLUMNS = ['series_id', 'series_en', 'series_zh', 'unit', 'period', 'period_kind', 'value', 'qualifier', 'flag', 'break_before', 'source_id', 'note_ids'] as const;

const valueRow = (series: SeriesInfo, r: SeriesValueInfo) => [
  series.id, series.nameEn, series.nameZh, series.unit, r.period, kind(r.periodKind), r.value, qual(r.qualifier), r.flag, r.breakBefore ? 'definition' : '', r.sourceId, r.noteIds.join(';'),
];

export function seriesValuesCsv(series: SeriesInfo, rows: SeriesValueInfo[]): string {
  return toCsv(SERIES_CSV_COLUMNS, rows.map((r) => valueRow(series, r)));
}

/** Every stored value of several series (the "full data" download). */
export function seriesValuesCsvAll(all: { series: SeriesInfo; rows: SeriesValueInfo[] }[]): string {
  return toCsv(SERIES_CSV_COLUMNS, all.flatMap(({ series, rows }) => rows.map((r) => valueRow(series, r))));
}

export const SERIES_VIEW_CSV_COLUMNS = ['series_id', 'series_en', 'series_zh', 'unit', 'period', 'period_kind', 'mode', 'value', 'qualifier', 'flag', 'across_break', 'source_id'] as const;

/** The points drawn on screen (after the mode's transformation), one row per point. */
export function seriesViewCsv(rows: { series: SeriesInfo; period: string; periodKind: string; mode: string; value: number | null; qualifier: string; flag: string; acrossBreak: boolean; sourceId: string }[]): string {
  return toCsv(
    SERIES_VIEW_CSV_COLUMNS,
    rows.map((r) => [r.series.id, r.series.nameEn, r.series.nameZh, r.mode === 'absolute' ? r.series.unit : r.mode === 'yoy' ? 'percent' : 'index', r.period, kind(r.periodKind), r.mode, r.value === null ? null : Number(r.value.toPrecision(12)), qual(r.qualifier), r.flag, r.acrossBreak ? 'yes' : '', r.sourceId]),
  );
}
