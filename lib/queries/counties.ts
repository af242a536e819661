import 'server-only';
import { db } from '@/lib/db/index.ts';
import { UnknownYearError } from '@/lib/queries/villages.ts';
import type { CountyCountRow } from '@/lib/schemas/responses/counties.ts';

/** A year asked for that has no published county count (answered as a 400 naming the years that do). */
export class UnknownCountyYearError extends UnknownYearError {
  constructor(year: number, available: number[]) {
    super(year, available);
    this.message = `no published county counts for ${year}; years with county counts: ${available.join(', ')}`;
  }
}

export async function getCountyYears(): Promise<number[]> {
  const rows = await db().taobaoVillageCountyCount.findMany({ distinct: ['year'], select: { year: true }, orderBy: { year: 'asc' } });
  return rows.map((r) => r.year);
}

export type CountyFilter = { year?: number; province: number[]; city: number[] };

/**
 * Published county counts, one row per year, county and source, largest first within a year
 * (a row without a village count after those with one). Places filter by the county's province
 * and the map city it lies in.
 */
export async function getCountyCounts(filter: CountyFilter): Promise<CountyCountRow[]> {
  if (filter.year !== undefined) {
    const years = await getCountyYears();
    if (!years.includes(filter.year)) throw new UnknownCountyYearError(filter.year, years);
  }
  const rows = await db().taobaoVillageCountyCount.findMany({
    where: {
      ...(filter.year !== undefined ? { year: filter.year } : {}),
      county: {
        ...(filter.province.length ? { provinceAdcode: { in: filter.province } } : {}),
        ...(filter.city.length ? { cityAdcode: { in: filter.city } } : {}),
      },
    },
    include: { county: { include: { city: true, province: true } } },
  });
  const place = (p: { adcode: number; nameEn: string; nameZh: string }) => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });
  return rows
    .map(
      (r): CountyCountRow => ({
        year: r.year,
        county: { adcode: r.countyAdcode, nameZh: r.county.nameZh, nameEn: r.countyNameEn },
        city: r.county.city ? place(r.county.city) : null,
        province: place(r.county.province),
        villages: r.villages,
        villagesQualifier: r.villagesQualifier,
        towns: r.towns,
        townsQualifier: r.townsQualifier,
        basis: 'published',
        sourceId: r.sourceId,
        sourcePage: r.sourcePage,
        noteIds: r.noteIds,
      }),
    )
    .sort(
      (a, b) =>
        b.year - a.year ||
        (b.villages ?? -1) - (a.villages ?? -1) ||
        (b.towns ?? -1) - (a.towns ?? -1) ||
        a.county.adcode - b.county.adcode ||
        a.sourceId.localeCompare(b.sourceId),
    );
}

/** The provinces and cities that have published county counts (the Counties view's filter options). */
export async function getCountyPlaces(): Promise<{ provinces: number[]; cities: number[] }> {
  const rows = await db().county.findMany({ where: { countyCounts: { some: {} } }, select: { provinceAdcode: true, cityAdcode: true } });
  const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  return { provinces: sorted(rows.map((r) => r.provinceAdcode)), cities: sorted(rows.flatMap((r) => (r.cityAdcode === null ? [] : [r.cityAdcode]))) };
}
