import 'server-only';
import { getSources } from '@/lib/queries/villages.ts';
import { getSeriesCatalogue, getSeriesNotes, getSeriesValues } from '@/lib/queries/series.ts';
import type { z } from 'zod';
import type { SeriesInfo } from '@/lib/queries/series.ts';
import type { SeriesCatalogueResponse, SeriesValuesResponse } from '@/lib/schemas/responses/series.ts';
import type { SeriesValuesQuery, seriesValueRow } from '@/lib/schemas/series.ts';
import type { SeriesGroup } from '@/lib/schemas/series-url.ts';

export async function getCatalogueResponse(group?: SeriesGroup): Promise<SeriesCatalogueResponse> {
  const catalogue = await getSeriesCatalogue(group);
  const sources = await getSources([...new Set(catalogue.flatMap((s) => s.sourceIds))]);
  return { data: catalogue, meta: { count: catalogue.length, sources } };
}

/** One series' readings for a range and period kind; year-end includes substitute readings, labelled. */
export async function getSeriesResponse(id: string, query: SeriesValuesQuery): Promise<{ series: SeriesInfo; rows: SeriesValuesResponse['data']; body: SeriesValuesResponse }> {
  const [values, [series]] = await Promise.all([getSeriesValues([id]), getSeriesCatalogue().then((c) => c.filter((s) => s.id === id))]);
  const rows = values
    .get(id)!
    .filter((v) => (query.period === 'mid-year' ? v.periodKind === 'mid_year' : v.periodKind !== 'mid_year'))
    .filter((v) => (query.from === null || v.year >= query.from) && (query.to === null || v.year <= query.to))
    .map((v): z.infer<typeof seriesValueRow> => ({ ...v, unit: series.unit }));
  const [sources, notes] = await Promise.all([
    getSources([...new Set(rows.map((r) => r.sourceId))]),
    getSeriesNotes([id], [...series.noteIds, ...rows.flatMap((r) => r.noteIds)]),
  ]);
  return { series, rows, body: { data: rows, meta: { series, query, count: rows.length, sources, notes } } };
}
