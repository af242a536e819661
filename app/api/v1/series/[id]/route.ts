import { NextResponse } from 'next/server';
import { apiGet, badRequest } from '@/lib/api/handler.ts';
import { csvResponse } from '@/lib/csv/to-csv.ts';
import { seriesValuesCsv } from '@/lib/views/series-csv.ts';
import { getSeriesResponse } from '@/lib/views/series-api.ts';
import { pathParamIssue } from '@/lib/schemas/params.ts';
import { seriesValuesQuery } from '@/lib/schemas/series.ts';

type Context = { params: Promise<{ id: string }> };

// One handler for /series/{id} and its CSV twin /series/{id}.csv.
export const GET = apiGet(seriesValuesQuery, [], async (query, _request, context: Context) => {
  // Next.js has decoded the segment once already; decoding again made `%25` a 500.
  const raw = (await context.params).id;
  const issue = pathParamIssue('id', raw);
  if (issue) return badRequest('invalid series id', [issue]);
  const csv = raw.endsWith('.csv');
  const id = csv ? raw.slice(0, -4) : raw;
  const result = await getSeriesResponse(id, query);
  if (!csv) return NextResponse.json(result.body);
  const range = `${query.from ?? result.series.firstYear ?? ''}-${query.to ?? result.series.lastYear ?? ''}`;
  return csvResponse(seriesValuesCsv(result.series, result.rows), `${id}-${query.period}-${range}.csv`);
});
