import { apiGet, badRequest } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { SERIES_ARRAY_KEYS, seriesViewQuery } from '@/lib/schemas/series.ts';
import { isSeriesSection, SERIES_SECTIONS } from '@/lib/sections.ts';
import { getSectionCsv } from '@/lib/views/series-exports.ts';
import { z } from 'zod';

type Context = { params: Promise<{ group: string }> };

// The CSV of a time-series page: ?<the page's own parameters> gives the points on screen; ?full=1 every stored value of the section.
const query = seriesViewQuery.and(z.object({ full: z.enum(['1']).optional() }));

export const GET = apiGet(query, SERIES_ARRAY_KEYS, async (q, request, context: Context) => {
  const name = (await context.params).group.replace(/\.csv$/, '');
  if (!isSeriesSection(name)) return badRequest('invalid section', [{ path: ['group'], message: `unknown section "${name}": use ${Object.keys(SERIES_SECTIONS).join(' or ')}` }]);
  const result = await getSectionCsv(name, new URL(request.url).searchParams, q.full === '1');
  if ('invalid' in result) return badRequest('invalid query parameters', result.invalid.map((message) => ({ path: [message.split(':')[0]], message })));
  return csvResponse(result.csv, result.fileName);
});
