import 'server-only';
import { db } from '@/lib/db/index.ts';
import type { CityBase } from '@/lib/metrics/city-ranking.ts';
import { toCityCount } from '@/lib/queries/city-counts.ts';

/**
 * The city counts of one published ranked list (taobao_village_city_count.ranked_list), by
 * published rank (lib/metrics/city-ranking.ts orders tied ranks). The rows as published; the
 * village-level lists a reader may have loaded play no part.
 */
export async function getPublishedCityList(rankedList: string): Promise<{ year: number | null; cities: CityBase[] }> {
  const rows = await db().taobaoVillageCityCount.findMany({
    where: { rankedList },
    include: { city: { include: { province: true } } },
    orderBy: [{ publishedRank: 'asc' }, { cityAdcode: 'asc' }],
  });
  // A ranked list is of one year (the seed checks it); null when the list is not in the store.
  return { year: rows[0]?.year ?? null, cities: rows.map(toCityCount) };
}
