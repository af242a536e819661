import type { Place, Qualifier } from '@/lib/queries/types.ts';

const place = (p: Place): Place => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });

type CityCountRow = {
  city: Place & { province: Place };
  villages: number | null;
  villagesQualifier: Qualifier;
  towns: number | null;
  townsQualifier: Qualifier;
  publishedRank: number | null;
  rankedList: string | null;
  sourceId: string;
  noteIds: string[];
};

/** A taobao_village_city_count row (with its city and province) as the app shows it. */
export function toCityCount(r: CityCountRow) {
  return {
    city: place(r.city),
    province: place(r.city.province),
    villages: r.villages,
    villagesQualifier: r.villagesQualifier,
    towns: r.towns,
    townsQualifier: r.townsQualifier,
    publishedRank: r.publishedRank,
    rankedList: r.rankedList,
    sourceId: r.sourceId,
    noteIds: r.noteIds,
  };
}
