import 'server-only';
import { db } from '@/lib/db/index.ts';
import { NoVillageListError } from '@/lib/queries/village-list.ts';
import { getVillageListYears } from '@/lib/queries/villages.ts';
import { TAOBAO_TOWN_MIN_VILLAGES, type ListCountiesQuery, type ListTownsQuery } from '@/lib/schemas/list-rankings.ts';
import type { ListCountyRow, ListTotals, ListTownRow } from '@/lib/schemas/responses/list-rankings.ts';

// Rankings of a loaded village-level list by county and by town, from the codes the import matched
// each row to (taobao_village.county_adcode / town_code / village_code; indexed by year). A village
// listed by two sources of one year counts once (distinct village code). Nothing here reads the
// published county counts: these are derived figures and are labelled so by the views.

type Filter = Pick<ListCountiesQuery, 'province' | 'city'> & { year: number };

async function checkYear(year: number) {
  const years = await getVillageListYears();
  if (!years.includes(year)) throw new NoVillageListError(year, years);
  return years;
}

/**
 * Villages of the list per town within the filter ($1 year, $2 provinces, $3 cities), each village
 * code once. One grouping with count(DISTINCT) (a single sort) is about twice as fast as DISTINCT
 * rows grouped again.
 */
const TOWN_COUNTS = `
  SELECT v.county_adcode, v.town_code, count(DISTINCT v.village_code)::int AS n
  FROM taobao_village v JOIN city c ON c.adcode = v.city_adcode
  WHERE v.year = $1 AND v.village_code IS NOT NULL
    AND (cardinality($2::int[]) = 0 OR c.province_adcode = ANY($2::int[]))
    AND (cardinality($3::int[]) = 0 OR v.city_adcode = ANY($3::int[]))
  GROUP BY v.county_adcode, v.town_code`;

const PLACE_COLUMNS = `
  k.adcode AS county_adcode, k.name_zh AS county_zh,
  ci.adcode AS city_adcode, ci.name_en AS city_en, ci.name_zh AS city_zh,
  p.adcode AS province_adcode, p.name_en AS province_en, p.name_zh AS province_zh`;
const PLACE_JOINS = `JOIN county k ON k.adcode = t.county_adcode LEFT JOIN city ci ON ci.adcode = k.city_adcode JOIN province p ON p.adcode = k.province_adcode`;

type PlaceCells = { county_adcode: number; county_zh: string; city_adcode: number | null; city_en: string | null; city_zh: string | null; province_adcode: number; province_en: string; province_zh: string };
const places = (r: PlaceCells) => ({
  county: { adcode: r.county_adcode, nameZh: r.county_zh },
  city: r.city_adcode === null ? null : { adcode: r.city_adcode, nameEn: r.city_en!, nameZh: r.city_zh! },
  province: { adcode: r.province_adcode, nameEn: r.province_en, nameZh: r.province_zh },
});
const params = (f: Filter) => [f.year, f.province, f.city];

/** Counties by villages of the list (most first; ties by code), with their towns and derived Taobao towns. */
export async function getListCountyRanking(filter: Filter): Promise<{ rows: ListCountyRow[]; years: number[] }> {
  // The year check and the ranking side by side: one round trip less (a year without a list has no rows anyway).
  // $queryRawUnsafe only because the SQL is assembled from fixed fragments; every value is a bind parameter.
  const [years, rows] = await Promise.all([checkYear(filter.year), db().$queryRawUnsafe<(PlaceCells & { villages: number; towns: number; taobao_towns: number; rank: number })[]>(
    `SELECT ${PLACE_COLUMNS}, t.villages, t.towns, t.taobao_towns, dense_rank() OVER (ORDER BY t.villages DESC)::int AS rank
     FROM (SELECT county_adcode, sum(n)::int AS villages, count(*)::int AS towns, count(*) FILTER (WHERE n >= ${TAOBAO_TOWN_MIN_VILLAGES})::int AS taobao_towns
           FROM (${TOWN_COUNTS}) tc GROUP BY county_adcode) t
     ${PLACE_JOINS}
     ORDER BY t.villages DESC, k.adcode`,
    ...params(filter),
  )]);
  return { rows: rows.map((r) => ({ rank: r.rank, ...places(r), villages: r.villages, towns: r.towns, taobaoTowns: r.taobao_towns })), years };
}

/** Towns by villages of the list (most first; ties by code); `taobao` keeps only the derived Taobao towns. */
export async function getListTownRanking(filter: Filter & Pick<ListTownsQuery, 'taobao'>): Promise<{ rows: ListTownRow[]; years: number[] }> {
  const years = await checkYear(filter.year);
  const rows = await db().$queryRawUnsafe<(PlaceCells & { town_code: number; town_zh: string; villages: number; rank: number })[]>(
    `SELECT * FROM (
       SELECT ${PLACE_COLUMNS}, t.town_code, tw.name_zh AS town_zh, t.n AS villages, dense_rank() OVER (ORDER BY t.n DESC)::int AS rank
       FROM (${TOWN_COUNTS}) t JOIN town tw ON tw.code = t.town_code ${PLACE_JOINS}) r
     WHERE NOT $4::bool OR r.villages >= ${TAOBAO_TOWN_MIN_VILLAGES}
     ORDER BY r.villages DESC, r.town_code`,
    ...params(filter),
    filter.taobao,
  );
  return {
    rows: rows.map((r) => ({ rank: r.rank, town: { code: r.town_code, nameZh: r.town_zh }, ...places(r), villages: r.villages, taobaoTown: r.villages >= TAOBAO_TOWN_MIN_VILLAGES })),
    years,
  };
}

/** Totals of the list within the filter, and the sources of its rows. */
export async function getListTotals(filter: Filter): Promise<{ totals: ListTotals; sourceIds: string[] }> {
  const [row] = await db().$queryRawUnsafe<{ villages: number; unmatched: number; counties: number; towns: number; taobao_towns: number; source_ids: string[] }[]>(
    `WITH f AS (
       SELECT v.* FROM taobao_village v JOIN city c ON c.adcode = v.city_adcode
       WHERE v.year = $1 AND (cardinality($2::int[]) = 0 OR c.province_adcode = ANY($2::int[])) AND (cardinality($3::int[]) = 0 OR v.city_adcode = ANY($3::int[]))),
     tc AS (${TOWN_COUNTS})
     SELECT (SELECT count(DISTINCT village_code) + count(*) FILTER (WHERE village_code IS NULL) FROM f)::int AS villages,
            (SELECT count(*) FROM f WHERE village_code IS NULL)::int AS unmatched,
            (SELECT count(DISTINCT county_adcode) FROM tc)::int AS counties,
            (SELECT count(*) FROM tc)::int AS towns,
            (SELECT count(*) FROM tc WHERE n >= ${TAOBAO_TOWN_MIN_VILLAGES})::int AS taobao_towns,
            (SELECT coalesce(array_agg(DISTINCT source_id ORDER BY source_id), '{}') FROM f) AS source_ids`,
    ...params(filter),
  );
  return { totals: { villages: row.villages, unmatched: row.unmatched, counties: row.counties, towns: row.towns, taobaoTowns: row.taobao_towns }, sourceIds: row.source_ids };
}

/** The provinces and cities the list of a year has villages in (the page's filter options). */
export async function getListPlaces(year: number): Promise<{ provinces: number[]; cities: number[] }> {
  const rows = await db().$queryRawUnsafe<{ city_adcode: number; province_adcode: number }[]>(
    `SELECT DISTINCT t.city_adcode, c.province_adcode FROM taobao_village_city_tally t JOIN city c ON c.adcode = t.city_adcode WHERE t.year = $1 ORDER BY 1`,
    year,
  );
  return { provinces: [...new Set(rows.map((r) => r.province_adcode))].sort((a, b) => a - b), cities: rows.map((r) => r.city_adcode) };
}
