import 'server-only';
import { db } from '@/lib/db/index.ts';
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
  return rows.map((r) => ({
    year: r.year,
    city: { adcode: r.city.adcode, nameEn: r.city.nameEn, nameZh: r.city.nameZh },
    province: { adcode: r.city.province.adcode, nameEn: r.city.province.nameEn, nameZh: r.city.province.nameZh },
    villages: r.villages,
    villagesQualifier: r.villagesQualifier,
    towns: r.towns,
    townsQualifier: r.townsQualifier,
    publishedRank: r.publishedRank,
    rankedList: r.rankedList,
    sourceId: r.sourceId,
    noteIds: r.noteIds,
  }));
}

export async function getAllProvinceTotals(): Promise<ProvinceTotalRow[]> {
  const years = await getProvinceYears();
  const perYear = await Promise.all(years.map((y) => getProvinceTotals(y)));
  return perYear.flat();
}
