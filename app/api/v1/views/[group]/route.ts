import { apiGet, badRequest } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { seriesValuesCsvAll, seriesViewCsv } from '@/lib/views/series-csv.ts';
import { getSeriesValues } from '@/lib/queries/series.ts';
import { getSeriesView } from '@/lib/views/series-view.ts';
import { SERIES_ARRAY_KEYS, seriesViewQuery } from '@/lib/schemas/series.ts';
import { isSeriesSection, SERIES_SECTIONS } from '@/lib/sections.ts';
import { z } from 'zod';

type Context = { params: Promise<{ group: string }> };

// The CSV of a time-series page: ?<the page's own parameters> gives the points on screen; ?full=1 every stored value of the section.
const query = seriesViewQuery.and(z.object({ full: z.enum(['1']).optional() }));

export const GET = apiGet(query, SERIES_ARRAY_KEYS, async (q, request, context: Context) => {
  const name = (await context.params).group.replace(/\.csv$/, '');
  if (!isSeriesSection(name)) return badRequest('invalid section', [{ path: ['group'], message: `unknown section "${name}": use ${Object.keys(SERIES_SECTIONS).join(' or ')}` }]);
  const section = SERIES_SECTIONS[name];
  const view = await getSeriesView(section.groups, [...section.defaults], new URL(request.url).searchParams);
  if (view.invalid.length) return badRequest('invalid query parameters', view.invalid.map((message) => ({ path: [message.split(':')[0]], message })));
  if (q.full) {
    const ids = view.catalogue.filter((s) => !s.id.startsWith('derived-')).map((s) => s.id);
    const values = await getSeriesValues(ids);
    return csvResponse(seriesValuesCsvAll(view.catalogue.filter((s) => values.has(s.id)).map((s) => ({ series: s, rows: values.get(s.id)! }))), `${name}-all-series-full.csv`);
  }
  const rows = view.view.flatMap((v) => v.points.map((p) => ({ series: v.series, ...p, mode: view.query.mode })));
  return csvResponse(seriesViewCsv(rows), `${name}-${view.query.mode}-${view.range.from}-${view.range.to}.csv`);
});
