import 'server-only';
import { db } from '@/lib/db/index.ts';

// A village two sources list for the same year is one village. The per-(year, city, source) tally
// (taobao_village_city_tally) cannot see that, so a year listed by more than one source is counted
// from the list itself, each village code once (rows without a code, imported before matching,
// each count). A year with one source — the usual case, and every benchmark's — keeps reading the
// tally and never pays for this scan.

/** Villages per city of a year's list, each village code once. */
export async function getDistinctVillagesByCity(year: number): Promise<Map<number, number>> {
  const rows = await db().$queryRaw<{ city_adcode: number; villages: number }[]>`
    SELECT city_adcode, (count(DISTINCT village_code) + count(*) FILTER (WHERE village_code IS NULL))::int AS villages
    FROM taobao_village WHERE year = ${year} GROUP BY city_adcode`;
  return new Map(rows.map((r) => [r.city_adcode, r.villages]));
}

/** True when rows of more than one source make up the year's list (read from the tally's few rows). */
export const listedByManySources = (tally: { sourceId: string }[]) => new Set(tally.map((t) => t.sourceId)).size > 1;
