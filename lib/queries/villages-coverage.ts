import { db } from '@/lib/db/index.ts';

/** What the store holds for one year (see {@link getYearCoverage}). */
export type YearCoverage = {
  year: number;
  /** Cities on a ranked list (published, or a loaded village-level list). */
  rankedCities: number;
  /** Cities with a village count, ranked or not. */
  citiesWithCounts: number;
  /** Cities with any published figure (a rank or a town count counts too). */
  cityRows: number;
  provincesWithCounts: number;
  /** A national village count exists. */
  national: boolean;
};

/**
 * What the store holds for each year of the Taobao-village dataset: how many cities sit on a
 * ranked list, how many have a count at all, how many provinces have a count, and whether a
 * national count exists. A loaded village-level list counts as a ranked list of its cities.
 */
export async function getYearCoverage(): Promise<YearCoverage[]> {
  const [cities, tallies, provinces, national] = await Promise.all([
    db().taobaoVillageCityCount.findMany({ select: { year: true, cityAdcode: true, villages: true, rankedList: true } }),
    db().taobaoVillageCityTally.findMany({ distinct: ['year', 'cityAdcode'], select: { year: true, cityAdcode: true } }),
    db().taobaoVillageProvinceCount.findMany({ select: { year: true, provinceAdcode: true, villages: true } }),
    db().taobaoVillageNational.findMany({ select: { year: true, villages: true } }),
  ]);
  const years = new Map<number, YearCoverage>();
  const at = (year: number) => {
    let c = years.get(year);
    if (!c) years.set(year, (c = { year, rankedCities: 0, citiesWithCounts: 0, cityRows: 0, provincesWithCounts: 0, national: false }));
    return c;
  };
  const listYears = new Set(tallies.map((t) => t.year));
  for (const t of tallies) {
    const c = at(t.year);
    c.rankedCities++;
    c.citiesWithCounts++;
    c.cityRows++;
  }
  // A year with a village-level list is ranked from that list (lib/queries/villages.ts), so the
  // published city counts of that year are not what the page shows.
  for (const r of cities.filter((r) => !listYears.has(r.year))) {
    const c = at(r.year);
    c.cityRows++;
    if (r.rankedList !== null) c.rankedCities++;
    if (r.villages !== null) c.citiesWithCounts++;
  }
  const provinceKeys = new Set<string>();
  for (const p of provinces) {
    if (p.villages === null) continue;
    provinceKeys.add(`${p.year}:${p.provinceAdcode}`);
    at(p.year).provincesWithCounts++;
  }
  if (tallies.length) {
    const listProvinces = await db().$queryRaw<{ year: number; province_adcode: number }[]>`
      SELECT DISTINCT t.year, c.province_adcode FROM taobao_village_city_tally t JOIN city c ON c.adcode = t.city_adcode`;
    for (const p of listProvinces) if (!provinceKeys.has(`${p.year}:${p.province_adcode}`)) at(p.year).provincesWithCounts++;
  }
  for (const n of national) if (n.villages !== null) at(n.year).national = true;
  return [...years.values()].sort((a, b) => a.year - b.year);
}
