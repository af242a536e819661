import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { StreamPoolBusyError } from '@/lib/db/pg-pool.ts';
import { ExportAbortedError, streamVillageListCsv } from '@/lib/queries/village-list.ts';
import { VILLAGE_LIST_ARRAY_KEYS, villageListCsvQueryStrict } from '@/lib/schemas/village-list.ts';

export const GET = apiGet(villageListCsvQueryStrict, VILLAGE_LIST_ARRAY_KEYS, async (query, request) => {
  let body: ReadableStream<Uint8Array>;
  try {
    body = await streamVillageListCsv(query, request.signal);
  } catch (error) {
    // Every streaming connection is busy: refuse now rather than queue without bound.
    if (error instanceof StreamPoolBusyError) {
      return NextResponse.json(
        { error: 'every export connection is busy; try again shortly', issues: [] },
        { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
      );
    }
    // Nobody is listening any more; the answer is never sent.
    if (error instanceof ExportAbortedError) return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
    throw error;
  }
  const name = ['taobao-villages-list', query.year ?? 'all-years', ...query.province.map((p) => `p${p}`), ...query.city.map((c) => `c${c}`)].join('-');
  return new Response(body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
});
