import { NextResponse } from 'next/server';
import { apiGet } from '@/lib/api/handler.ts';
import { VILLAGE_LIST_ARRAY_KEYS, villageListCsvQueryStrict } from '@/lib/schemas/village-list.ts';
import { getVillageListCsv } from '@/lib/views/village-list.ts';

export const GET = apiGet(villageListCsvQueryStrict, VILLAGE_LIST_ARRAY_KEYS, async (query, request) => {
  const result = await getVillageListCsv(query, request.signal);
  // Every streaming connection is busy: refuse now rather than queue without bound.
  if (result.kind === 'busy') {
    return NextResponse.json(
      { error: 'every export connection is busy; try again shortly', issues: [] },
      { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
    );
  }
  // Nobody is listening any more; the answer is never sent.
  if (result.kind === 'aborted') return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  return new Response(result.body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${result.fileName}"`, 'Cache-Control': 'no-store' },
  });
});
