import 'server-only';
import { toCsv } from '@/lib/csv/to-csv.ts';
import { getListCountyRanking, getListTotals, getListTownRanking } from '@/lib/queries/list-rankings.ts';
import { getSources, getVillageListYears } from '@/lib/queries/villages.ts';
import { TAOBAO_TOWN_MIN_VILLAGES, type ListCountiesQuery, type ListTownsQuery } from '@/lib/schemas/list-rankings.ts';
import type { ListCountiesResponse, ListCountyRow, ListTownRow, ListTownsResponse } from '@/lib/schemas/responses/list-rankings.ts';

// API bodies and CSV rows of the rankings counted from a loaded village-level list. Every body says
// it is derived (basis, label, rule); the CSVs carry the same in a `basis` column on every row.

export const DERIVED_BASIS = 'derived-from-loaded-list' as const;
export const DERIVED_LABEL = { en: 'Derived from the loaded list', zh: '由已导入名单推算' };
export const TAOBAO_TOWN_RULE = `AliResearch's rule: a town or street with at least ${TAOBAO_TOWN_MIN_VILLAGES} Taobao villages is a Taobao town`;

type Filter = Omit<ListCountiesQuery, 'year'> & { year: number };
const NO_TOTALS = { villages: 0, unmatched: 0, counties: 0, towns: 0, taobaoTowns: 0 };

/** The year asked for (checked by the ranking queries), else the latest loaded list; null when no list is loaded. */
async function listYear(query: ListCountiesQuery): Promise<number | null> {
  return query.year ?? (await getVillageListYears()).at(-1) ?? null;
}

async function meta(filter: Filter, count: number, years: number[]) {
  const { totals, sourceIds } = await getListTotals(filter);
  return { query: filter, basis: DERIVED_BASIS, label: DERIVED_LABEL, rule: TAOBAO_TOWN_RULE, count, totals, years, sources: await getSources(sourceIds) };
}
const emptyMeta = (query: ListCountiesQuery) => ({ query: { ...query, year: null }, basis: DERIVED_BASIS, label: DERIVED_LABEL, rule: TAOBAO_TOWN_RULE, count: 0, totals: NO_TOTALS, years: [], sources: [] });

export async function getListCountiesResponse(query: ListCountiesQuery): Promise<ListCountiesResponse> {
  const year = await listYear(query);
  if (year === null) return { data: [], meta: emptyMeta(query) };
  const filter = { ...query, year };
  const { rows, years } = await getListCountyRanking(filter);
  return { data: rows, meta: await meta(filter, rows.length, years) };
}

export async function getListTownsResponse(query: ListTownsQuery): Promise<ListTownsResponse> {
  const { taobao, ...rest } = query;
  const year = await listYear(rest);
  if (year === null) return { data: [], meta: { ...emptyMeta(rest), query: { ...rest, year: null, taobao } } };
  const filter = { ...rest, year };
  const { rows, years } = await getListTownRanking({ ...filter, taobao });
  const m = await meta(filter, rows.length, years);
  return { data: rows, meta: { ...m, query: { ...m.query, taobao } } };
}

const PLACE_COLUMNS = ['county_adcode', 'county_zh', 'city_adcode', 'city_en', 'city_zh', 'province_adcode', 'province_en', 'province_zh'] as const;
const placeCells = (r: ListCountyRow | ListTownRow) => [r.county.adcode, r.county.nameZh, r.city?.adcode ?? null, r.city?.nameEn ?? null, r.city?.nameZh ?? null, r.province.adcode, r.province.nameEn, r.province.nameZh];

export const LIST_COUNTY_CSV_COLUMNS = ['year', 'rank', ...PLACE_COLUMNS, 'villages', 'towns', 'taobao_towns', 'basis'] as const;
export const LIST_TOWN_CSV_COLUMNS = ['year', 'rank', 'town_code', 'town_zh', ...PLACE_COLUMNS, 'villages', 'taobao_town', 'basis'] as const;

export async function getListCountiesCsv(query: ListCountiesQuery): Promise<string> {
  const year = await listYear(query);
  const rows = year === null ? [] : (await getListCountyRanking({ ...query, year })).rows;
  return toCsv(LIST_COUNTY_CSV_COLUMNS, rows.map((r) => [year, r.rank, ...placeCells(r), r.villages, r.towns, r.taobaoTowns, DERIVED_BASIS]));
}

export async function getListTownsCsv(query: ListTownsQuery): Promise<string> {
  const year = await listYear(query);
  const rows = year === null ? [] : (await getListTownRanking({ ...query, year })).rows;
  return toCsv(LIST_TOWN_CSV_COLUMNS, rows.map((r) => [year, r.rank, r.town.code, r.town.nameZh, ...placeCells(r), r.villages, r.taobaoTown, DERIVED_BASIS]));
}
