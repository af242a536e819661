import 'server-only';
import { getSeriesValues } from '@/lib/queries/series.ts';
import type { SearchParamsInput } from '@/lib/schemas/params.ts';
import { SERIES_SECTIONS, type SeriesSection } from '@/lib/sections.ts';
import { seriesValuesCsvAll, seriesViewCsv } from '@/lib/views/series-csv.ts';
import { getSeriesView } from '@/lib/views/series-view.ts';

export type SectionCsv = { invalid: string[] } | { csv: string; fileName: string };

/**
 * The CSV of a time-series page: its own parameters give the points on screen; `full` every
 * stored value of the section's (non-derived) series. Invalid page parameters come back as messages.
 */
export async function getSectionCsv(name: SeriesSection, searchParams: SearchParamsInput, full: boolean): Promise<SectionCsv> {
  const section = SERIES_SECTIONS[name];
  const view = await getSeriesView(section.groups, [...section.defaults], searchParams);
  if (view.invalid.length) return { invalid: view.invalid };
  if (full) {
    const ids = view.catalogue.filter((s) => !s.id.startsWith('derived-')).map((s) => s.id);
    const values = await getSeriesValues(ids);
    const csv = seriesValuesCsvAll(view.catalogue.filter((s) => values.has(s.id)).map((s) => ({ series: s, rows: values.get(s.id)! })));
    return { csv, fileName: `${name}-all-series-full.csv` };
  }
  const rows = view.view.flatMap((v) => v.points.map((p) => ({ series: v.series, ...p, mode: view.query.mode })));
  return { csv: seriesViewCsv(rows), fileName: `${name}-${view.query.mode}-${view.range.from}-${view.range.to}.csv` };
}
