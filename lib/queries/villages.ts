import 'server-only';
import { db } from '@/lib/db/index.ts';
import type { CityBase, CityRankingInputs } from '@/lib/metrics/city-ranking.ts';
import { shareOf } from '@/lib/metrics/index.ts';
import { toCityCount } from '@/lib/queries/city-counts.ts';
import { toDataNoteInfo } from '@/lib/queries/notes.ts';
import type { DataNoteInfo, NationalRow, ProvinceTotalRow, SourceInfo } from '@/lib/queries/types.ts';
import { getDistinctVillagesByCity, listedByManySources } from '@/lib/queries/village-overlap.ts';

export const DATASET = 'taobao-villages';

const place = (p: { adcode: number; nameEn: string; nameZh: string }) => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });

/** Years with a loaded village-level list (read from the tally the store keeps of it). */
export async function getVillageListYears(): Promise<number[]> {
  const rows = await db().taobaoVillageCityTally.findMany({ distinct: ['year'], select: { year: true }, orderBy: { year: 'asc' } });
  return rows.map((r) => r.year);
}

/** Years that have city-level rows, from published city counts or a village-level list. */
export async function getCityYears(): Promise<number[]> {
  const [counts, villages] = await Promise.all([
    db().taobaoVillageCityCount.findMany({ distinct: ['year'], select: { year: true } }),
    getVillageListYears(),
  ]);
  return [...new Set([...counts.map((r) => r.year), ...villages])].sort((a, b) => a - b);
}

export async function getNationalSeries(): Promise<NationalRow[]> {
  const rows = await db().taobaoVillageNational.findMany({ orderBy: { year: 'asc' } });
  return rows.map((r) => ({
    year: r.year,
    villages: r.villages,
    villagesQualifier: r.villagesQualifier,
    towns: r.towns,
    townsQualifier: r.townsQualifier,
    townsFlag: r.townsFlag === 'D' ? ('computed' as const) : ('stated' as const),
    referenceDate: r.referenceDate,
    sourceId: r.sourceId,
    noteIds: r.noteIds,
  }));
}

async function getNationalYear(year: number): Promise<NationalRow | null> {
  const all = await getNationalSeries();
  return all.find((r) => r.year === year) ?? null;
}

/**
 * City rows for a year. Where a village-level list exists for the year, counts are aggregated
 * from it (so rankings follow what was loaded); otherwise the published city counts are used.
 */
async function getCityBaseRows(year: number): Promise<CityBase[]> {
  const cityInclude = { city: { include: { province: true } } } as const;
  const villageCounts = await db().taobaoVillageCityTally.findMany({
    where: { year },
    include: cityInclude,
    orderBy: [{ cityAdcode: 'asc' }, { sourceId: 'asc' }],
  });
  if (villageCounts.length) {
    // Several sources of one year: a village they both list counts once (lib/queries/village-overlap.ts).
    const distinct = listedByManySources(villageCounts) ? await getDistinctVillagesByCity(year) : null;
    const merged = new Map<number, CityBase>();
    for (const v of villageCounts) {
      const prev = merged.get(v.cityAdcode);
      merged.set(v.cityAdcode, {
        city: place(v.city),
        province: place(v.city.province),
        villages: (prev?.villages ?? 0) + v.villages,
        villagesQualifier: 'exact',
        towns: null,
        townsQualifier: 'exact',
        publishedRank: null,
        rankedList: `village-list-${year}`,
        sourceId: prev?.sourceId ?? v.sourceId,
        noteIds: [],
      });
    }
    if (distinct) for (const [city, row] of merged) row.villages = distinct.get(city) ?? row.villages;
    return [...merged.values()];
  }
  const rows = await db().taobaoVillageCityCount.findMany({ where: { year }, include: cityInclude });
  return rows.map(toCityCount);
}

export class UnknownYearError extends Error {
  constructor(readonly year: number, readonly available: number[]) {
    super(`no city-level data for ${year}; years with data: ${available.join(', ')}`);
  }
}

/**
 * What the city ranking of a year is computed from (lib/metrics/city-ranking.ts, rankCities): the
 * city rows, the national row and the province totals. The API asks only for years with city rows
 * (`UnknownYearError` otherwise); the page also opens years with only province or national counts
 * (`anyYear`), whose ranking then has no rows.
 */
export async function getCityRankingInputs(year: number, { anyYear = false } = {}): Promise<CityRankingInputs> {
  if (!anyYear) {
    const years = await getCityYears();
    if (!years.includes(year)) throw new UnknownYearError(year, years);
  }
  const [cities, national, provinceTotals] = await Promise.all([getCityBaseRows(year), getNationalYear(year), getProvinceTotals(year)]);
  return { year, cities, national, provinceTotals };
}

export async function getProvinceYears(): Promise<number[]> {
  const [published, villages] = await Promise.all([
    db().taobaoVillageProvinceCount.findMany({ distinct: ['year'], select: { year: true } }),
    getVillageListYears(),
  ]);
  return [...new Set([...published.map((r) => r.year), ...villages])].sort((a, b) => a - b);
}

/** Province counts of a loaded village-level list, summed in SQL from its per-city tally. */
async function getVillageListProvinceCounts(year: number) {
  const rows = await db().$queryRaw<{ province_adcode: number; villages: number; source_id: string; sources: number; cities: number[] }[]>`
    SELECT c.province_adcode, sum(t.villages)::int AS villages, min(t.source_id) AS source_id,
           count(DISTINCT t.source_id)::int AS sources, array_agg(DISTINCT t.city_adcode) AS cities
    FROM taobao_village_city_tally t JOIN city c ON c.adcode = t.city_adcode
    WHERE t.year = ${year}
    GROUP BY c.province_adcode`;
  // Several sources of one year: a village they both list counts once (lib/queries/village-overlap.ts).
  if (!rows.some((r) => r.sources > 1)) return rows;
  const distinct = await getDistinctVillagesByCity(year);
  return rows.map((r) => ({ ...r, villages: r.cities.reduce((sum, city) => sum + (distinct.get(city) ?? 0), 0) }));
}

/**
 * Province totals for a year with their share of the published national total: the published
 * figure where there is one, otherwise the count of a loaded village-level list (labelled so).
 */
export async function getProvinceTotals(year: number): Promise<ProvinceTotalRow[]> {
  const [rows, national, counted] = await Promise.all([
    db().taobaoVillageProvinceCount.findMany({ where: { year }, include: { province: true } }),
    db().taobaoVillageNational.findUnique({ where: { year } }),
    getVillageListProvinceCounts(year),
  ]);
  const published = new Set(rows.map((r) => r.provinceAdcode));
  const missing = counted.filter((c) => !published.has(c.province_adcode));
  const provinces = missing.length ? await db().province.findMany({ where: { adcode: { in: missing.map((m) => m.province_adcode) } } }) : [];
  const fromList: ProvinceTotalRow[] = missing.map((m) => {
    const p = provinces.find((x) => x.adcode === m.province_adcode)!;
    return {
      province: { ...place(p), region: p.region },
      year,
      villages: m.villages,
      villagesQualifier: 'exact',
      towns: null,
      townsQualifier: 'exact',
      publishedRank: null,
      shareOfNational: shareOf(m.villages, national?.villages ?? null),
      basis: 'village-list',
      sourceId: m.source_id,
      noteIds: [],
    };
  });
  return [
    ...rows.map((r) => ({
      province: { ...place(r.province), region: r.province.region },
      year: r.year,
      villages: r.villages,
      villagesQualifier: r.villagesQualifier,
      towns: r.towns,
      townsQualifier: r.townsQualifier,
      publishedRank: r.publishedRank,
      shareOfNational: r.villages === null ? null : shareOf(r.villages, national?.villages ?? null),
      basis: 'published' as const,
      sourceId: r.sourceId,
      noteIds: r.noteIds,
    })),
    ...fromList,
  ].sort((a, b) => (b.villages ?? -1) - (a.villages ?? -1) || (b.towns ?? -1) - (a.towns ?? -1) || a.province.adcode - b.province.adcode);
}

export async function getSources(ids?: string[]): Promise<SourceInfo[]> {
  const rows = await db().source.findMany({ where: ids ? { id: { in: ids } } : undefined, orderBy: [{ kind: 'asc' }, { id: 'asc' }] });
  // Only the reader-facing fields: seedFile (a file key of the papers) and fromSeed stay in the store.
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    publisher: s.publisher,
    title: s.title,
    date: s.date,
    asReportedBy: s.asReportedBy,
    whereRead: s.whereRead,
    licence: s.licence,
    citation: (s.citation ?? null) as SourceInfo['citation'],
    reader: (s.reader ?? null) as SourceInfo['reader'],
    ...(s.dateKind === 'title-year' ? { dateKind: 'title-year' as const } : {}),
  }));
}

/**
 * Notes to show with a view: the ones its rows name, plus the dataset-wide notes and those
 * scoped to the year, provinces or cities in view.
 */
export async function getNotesForView(view: { year?: number; provinceAdcodes?: number[]; cityAdcodes?: number[]; noteIds?: string[] }): Promise<DataNoteInfo[]> {
  const rows = await db().dataNote.findMany({ where: { dataset: DATASET }, orderBy: { id: 'asc' } });
  const named = new Set(view.noteIds ?? []);
  const provinces = new Set(view.provinceAdcodes ?? []);
  const cities = new Set(view.cityAdcodes ?? []);
  return rows
    .filter(
      (n) =>
        named.has(n.id) ||
        ((n.scopeYear === null || n.scopeYear === view.year) &&
          (n.scopeProvinceAdcode === null || provinces.has(n.scopeProvinceAdcode)) &&
          (n.scopeCityAdcode === null || cities.has(n.scopeCityAdcode))),
    )
    .map(toDataNoteInfo);
}

export async function getAllNotes(): Promise<DataNoteInfo[]> {
  const rows = await db().dataNote.findMany({ orderBy: [{ dataset: 'asc' }, { id: 'asc' }] });
  return rows.map(toDataNoteInfo);
}
