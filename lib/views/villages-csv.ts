import type { CityRanking } from '@/lib/metrics/city-ranking.ts';
import type { NationalRow, ProvinceTotalRow } from '@/lib/queries/types.ts';
import type { CityCountRecord } from '@/lib/queries/villages-dataset.ts';
import { toCsv } from '@/lib/csv/to-csv.ts';

const round = (x: number | null, digits = 6) => (x === null ? null : Number(x.toFixed(digits)));
const qual = (q: string) => (q === 'exact' ? '' : q === 'lower_bound' ? 'lower-bound' : q);

export const CITY_CSV_COLUMNS = [
  'year', 'rank_in_view', 'published_rank', 'city_adcode', 'city_en', 'city_zh', 'province_adcode', 'province_en', 'province_zh',
  'villages', 'villages_qualifier', 'towns', 'towns_qualifier', 'share_of_view', 'share_of_national', 'ranked_list', 'source_id',
] as const;

/** The rows on screen, in the order on screen. */
export function cityRankingCsv(ranking: CityRanking): string {
  return toCsv(
    CITY_CSV_COLUMNS,
    ranking.rows.map((r) => [
      ranking.year, r.rank, r.publishedRank, r.city.adcode, r.city.nameEn, r.city.nameZh, r.province.adcode, r.province.nameEn, r.province.nameZh,
      r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), round(r.shareOfView), round(r.shareOfNational), r.rankedList, r.sourceId,
    ]),
  );
}

export const PROVINCE_CSV_COLUMNS = [
  'year', 'published_rank', 'province_adcode', 'province_en', 'province_zh', 'region', 'villages', 'villages_qualifier', 'towns', 'towns_qualifier', 'share_of_national', 'basis', 'source_id',
] as const;

export function provinceTotalsCsv(rows: ProvinceTotalRow[]): string {
  return toCsv(
    PROVINCE_CSV_COLUMNS,
    rows.map((r) => [
      r.year, r.publishedRank, r.province.adcode, r.province.nameEn, r.province.nameZh, r.province.region,
      r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), round(r.shareOfNational), r.basis, r.sourceId,
    ]),
  );
}

export const NATIONAL_CSV_COLUMNS = ['year', 'villages', 'villages_qualifier', 'towns', 'towns_qualifier', 'reference_date', 'source_id'] as const;

export function nationalCsv(rows: NationalRow[]): string {
  return toCsv(
    NATIONAL_CSV_COLUMNS,
    rows.map((r) => [r.year, r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), r.referenceDate, r.sourceId]),
  );
}

export const DATASET_CSV_COLUMNS = [
  'level', 'year', 'adcode', 'name_en', 'name_zh', 'province_adcode', 'villages', 'villages_qualifier', 'towns', 'towns_qualifier',
  'published_rank', 'ranked_list', 'reference_date', 'source_id', 'source_publisher', 'source_title', 'source_as_reported_by', 'note_ids',
] as const;

type SourceLookup = Map<string, { publisher: string; title: string; asReportedBy: string | null }>;

/** Every published row of the dataset (national, province, city), long format, with its source. */
export function villagesDatasetCsv(national: NationalRow[], provinces: ProvinceTotalRow[], cities: CityCountRecord[], sources: SourceLookup): string {
  const src = (id: string) => {
    const s = sources.get(id);
    return [id, s?.publisher ?? null, s?.title ?? null, s?.asReportedBy ?? null];
  };
  return toCsv(DATASET_CSV_COLUMNS, [
    ...national.map((r) => ['national', r.year, 100000, 'China', '中国', null, r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), null, null, r.referenceDate, ...src(r.sourceId), r.noteIds.join(';')]),
    ...provinces.map((r) => ['province', r.year, r.province.adcode, r.province.nameEn, r.province.nameZh, r.province.adcode, r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), r.publishedRank, null, null, ...src(r.sourceId), r.noteIds.join(';')]),
    ...cities.map((r) => ['city', r.year, r.city.adcode, r.city.nameEn, r.city.nameZh, r.province.adcode, r.villages, qual(r.villagesQualifier), r.towns, qual(r.townsQualifier), r.publishedRank, r.rankedList, null, ...src(r.sourceId), r.noteIds.join(';')]),
  ]);
}
