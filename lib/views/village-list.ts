import 'server-only';
import { StreamPoolBusyError } from '@/lib/db/errors.ts';
import { ExportAbortedError, getVillagePage, streamVillageListCsv } from '@/lib/queries/village-list.ts';
import type { VillagePageResponse } from '@/lib/schemas/responses/villages.ts';
import type { VillageListFilter, VillageListQuery } from '@/lib/schemas/village-list.ts';

/** GET /taobao-villages/villages: one keyset page of the list, exactly as the query returns it. */
export function getVillageListPage(query: VillageListQuery): Promise<VillagePageResponse> {
  return getVillagePage(query);
}

/**
 * The villages.csv export: a stream of the filtered list, or why there is none — every streaming
 * connection is busy (the route refuses now rather than queue without bound), or the client left.
 */
export type VillageListCsv = { kind: 'stream'; body: ReadableStream<Uint8Array>; fileName: string } | { kind: 'busy' } | { kind: 'aborted' };

export async function getVillageListCsv(filter: VillageListFilter, signal?: AbortSignal): Promise<VillageListCsv> {
  try {
    const body = await streamVillageListCsv(filter, signal);
    const fileName = ['taobao-villages-list', filter.year ?? 'all-years', ...filter.province.map((p) => `p${p}`), ...filter.city.map((c) => `c${c}`)].join('-');
    return { kind: 'stream', body, fileName: `${fileName}.csv` };
  } catch (error) {
    if (error instanceof StreamPoolBusyError) return { kind: 'busy' };
    if (error instanceof ExportAbortedError) return { kind: 'aborted' };
    throw error;
  }
}
