import { createDivisionIndex, type CountyRow, type DivisionIndex, type TownRow, type VillageRow } from '@/lib/import/division-match.ts';
import type { RowIssue } from '@/lib/import/datasets.ts';

// The matching step of the village-level import (dataset taobao-villages): after a row's province
// and city are resolved, its county, town and village names are matched to the NBS 2023 registry
// (lib/import/division-match.ts), batch by batch. Counties and towns (44k rows) are indexed whole;
// villages are fetched only for the towns a batch names, so memory stays bounded by the batch.

/** Where the registry comes from: the store (lib/import/village-registry-store.ts) or files (tests). */
export type DivisionSource = {
  counties: readonly CountyRow[];
  towns: readonly TownRow[];
  villagesOfTowns(townCodes: number[]): Promise<VillageRow[]>;
};

/** A row of the batch as validate() staged it: its city and the names as printed. */
type PendingRow = { row: number; year: number; city_adcode: number; county: string; town: string; name: string } & Record<string, unknown>;

export class DivisionMatcher {
  private readonly index: DivisionIndex;
  /**
   * First row of each matched village code per year in the file: two rows naming one village in one
   * year are an error; a list of several years names a village once in each.
   */
  private readonly firstRowOfCode = new Map<string, number>();

  constructor(private readonly source: DivisionSource) {
    this.index = createDivisionIndex(source.counties, source.towns, []);
  }

  /**
   * Matches a batch in place: a matched row gains county_adcode, town_code and village_code; a row
   * that does not match (or names a village an earlier row already named) is returned with its issue.
   */
  async matchBatch(batch: PendingRow[]): Promise<Map<number, RowIssue[]>> {
    const failed = new Map<number, RowIssue[]>();
    const towns = new Map<PendingRow, TownRow>();
    const counties = new Map<PendingRow, CountyRow>();
    for (const r of batch) {
      // A province-administered unit (仙桃, 465...) has no map city of its own province's shape: the
      // province is the city code's first two digits either way.
      const province = Math.floor(r.city_adcode / 10000) * 10000;
      const county = this.index.matchCounty(r.county, r.city_adcode, province);
      if (!county.ok) {
        failed.set(r.row, [{ column: county.column, value: county.value, expected: county.expected, suggestions: county.suggestions }]);
        continue;
      }
      const town = this.index.matchTown(r.town, county.value);
      if (!town.ok) {
        failed.set(r.row, [{ column: town.column, value: town.value, expected: town.expected, suggestions: town.suggestions }]);
        continue;
      }
      counties.set(r, county.value);
      towns.set(r, town.value);
    }
    const missing = [...new Set([...towns.values()].map((t) => t.code))].filter((code) => !this.index.hasVillagesOf(code));
    if (missing.length) this.index.addVillages(missing, await this.source.villagesOfTowns(missing));
    for (const [r, town] of towns) {
      const village = this.index.matchVillage(r.name, town);
      if (!village.ok) {
        failed.set(r.row, [{ column: village.column, value: village.value, expected: village.expected, suggestions: village.suggestions }]);
        continue;
      }
      const code = village.value.code;
      const yearCode = `${r.year}:${code}`;
      const first = this.firstRowOfCode.get(yearCode);
      if (first !== undefined) {
        failed.set(r.row, [{ column: 'village', value: r.name, expected: `a village of its own: row ${first} names the same village ${village.value.nameZh} (${code}) for ${r.year}` }]);
        continue;
      }
      this.firstRowOfCode.set(yearCode, r.row);
      const county = counties.get(r)!;
      Object.assign(r, {
        county_adcode: county.adcode,
        town_code: town.code,
        village_code: code,
        place: `${r.place as string} · ${county.nameZh} · ${town.nameZh} · ${village.value.nameZh} (${code})`,
      });
    }
    return failed;
  }
}
