import { toCsv } from '@/lib/csv/to-csv.ts';
import type { NotComputed, PointFlag } from '@/lib/metrics/derived.ts';
import type { SeriesInfo, SeriesValueInfo } from '@/lib/queries/series.ts';
import type { ViewPoint } from '@/lib/views/series-view.ts';

// Written as in the data files: empty = exact, approx, lower-bound (">N"), upper-bound ("<N").
const qual = (q: string) => (q === 'exact' ? '' : q.replace('_', '-'));
const kind = (k: string) => (k === 'mid_year' ? 'mid-year' : k);

/** flag: stated / computed / bound / estimate / substitute, empty for a gap (lib/metrics/derived.ts). */
export const SERIES_CSV_COLUMNS = ['series_id', 'series_en', 'series_zh', 'unit', 'period', 'period_kind', 'value', 'qualifier', 'flag', 'break_before', 'source_id', 'note_ids'] as const;

const valueRow = (series: SeriesInfo, r: SeriesValueInfo) => [
  series.id, series.nameEn, series.nameZh, series.unit, r.period, kind(r.periodKind), r.value, qual(r.qualifier), r.flag ?? '', r.breakBefore ? 'definition' : '', r.sourceId, r.noteIds.join(';'),
];

export function seriesValuesCsv(series: SeriesInfo, rows: SeriesValueInfo[]): string {
  return toCsv(SERIES_CSV_COLUMNS, rows.map((r) => valueRow(series, r)));
}

/** Every stored value of several series (the "full data" download). */
export function seriesValuesCsvAll(all: { series: SeriesInfo; rows: SeriesValueInfo[] }[]): string {
  return toCsv(SERIES_CSV_COLUMNS, all.flatMap(({ series, rows }) => rows.map((r) => valueRow(series, r))));
}

/**
 * unit: the series' unit in values mode; `percent-change` (a relative change, %) or `pp`
 * (percentage points, for percentage series) in yoy mode; `index` in index mode.
 * reason: why value is empty when it is not a plain gap (share, unbounded, not-positive, no-base-value).
 */
export const SERIES_VIEW_CSV_COLUMNS = ['series_id', 'series_en', 'series_zh', 'unit', 'period', 'period_kind', 'mode', 'value', 'qualifier', 'flag', 'reason', 'across_break', 'source_id'] as const;

type ViewCsvRow = Pick<ViewPoint, 'period' | 'periodKind' | 'value' | 'unit' | 'qualifier' | 'acrossBreak' | 'sourceId'> & {
  series: SeriesInfo;
  mode: string;
  flag: PointFlag | null;
  reason: NotComputed | null;
};

/** The points drawn on screen (after the mode's transformation), one row per point; series the mode cannot draw keep their rows, empty, with the reason. */
export function seriesViewCsv(rows: ViewCsvRow[]): string {
  return toCsv(
    SERIES_VIEW_CSV_COLUMNS,
    rows.map((r) => [
      r.series.id, r.series.nameEn, r.series.nameZh, r.unit, r.period, kind(r.periodKind), r.mode, r.value === null ? null : Number(r.value.toPrecision(12)),
      qual(r.qualifier), r.flag ?? '', r.reason === 'gap' ? '' : (r.reason ?? ''), r.acrossBreak ? 'yes' : '', r.sourceId,
    ]),
  );
}
