import 'server-only';
import { db } from '@/lib/db/index.ts';
import { toCityCount } from '@/lib/queries/city-counts.ts';
import type { Place, ProvinceTotalRow, Qualifier } from '@/lib/queries/types.ts';
import { getProvinceTotals, getProvinceYears } from '@/lib/queries/villages.ts';

export type CityCountRecord = {
  year: number;
  city: Place;
  province: Place;
  villages: number | null;
  villagesQualifier: Qualifier;
  towns: number | null;
  townsQualifier: Qualifier;
  publishedRank: number | null;
  rankedList: string | null;
  sourceId: string;
  noteIds: string[];
};

/** Every published city count, all years (the "full data" export). */
export async function getAllCityCounts(): Promise<CityCountRecord[]> {
  const rows = await db().taobaoVillageCityCount.findMany({
    include: { city: { include: { province: true } } },
    orderBy: [{ year: 'asc' }, { cityAdcode: 'asc' }],
  });
  return rows.map((r) => ({ year: r.year, ...toCityCount(r) }));
}

export async function getAllProvinceTotals(): Promise<ProvinceTotalRow[]> {
  const years = await getProvinceYears();
  const perYear = await Promise.all(years.map((y) => getProvinceTotals(y)));
  return perYear.flat();
}
