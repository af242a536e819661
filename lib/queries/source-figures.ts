import 'server-only';
import { db } from '@/lib/db/index.ts';
import { toDataNoteInfo } from '@/lib/queries/notes.ts';
import type { DataNoteInfo } from '@/lib/queries/types.ts';

/** The Taobao-village tables a source can back. */
export const VILLAGE_TABLES = ['national', 'provinces', 'cities', 'villages', 'tallies'] as const;
export type VillageTable = (typeof VILLAGE_TABLES)[number];

/** What one source backs in the store: series with their years, village tables with theirs, case studies, quotations, notes. */
export type SourceFigures = {
  series: { id: string; group: string; nameEn: string; nameZh: string; from: number; to: number }[];
  villageTables: { table: VillageTable; years: number[] }[];
  /** Case studies (yongkang, wenzhou, cross-border) whose paper this source is. */
  cases: string[];
  /** Quotations of the models section that cite it. */
  modelCitations: number;
  /** The datasets of the notes it backs (series, taobao-villages, models, clusters). */
  noteDatasets: string[];
};

const empty = (): SourceFigures => ({ series: [], villageTables: [], cases: [], modelCitations: 0, noteDatasets: [] });

/** For every source id, what it backs: read from the store's own rows (values, counts, citations, notes). */
export async function getSourceFigures(): Promise<Map<string, SourceFigures>> {
  const d = db();
  const yearsBy = (rows: { sourceId: string; year: number }[]) => {
    const out = new Map<string, Set<number>>();
    for (const r of rows) (out.get(r.sourceId) ?? out.set(r.sourceId, new Set()).get(r.sourceId)!).add(r.year);
    return out;
  };
  const pair = { sourceId: true, year: true } as const;
  const [series, seriesSpans, national, provinces, cities, villages, tallies, cases, citations, notes] = await Promise.all([
    d.series.findMany({ select: { id: true, group: true, nameEn: true, nameZh: true, sortOrder: true }, orderBy: { sortOrder: 'asc' } }),
    d.seriesValue.groupBy({ by: ['sourceId', 'seriesId'], _min: { year: true }, _max: { year: true } }),
    d.taobaoVillageNational.findMany({ select: pair }),
    d.taobaoVillageProvinceCount.findMany({ select: pair, distinct: ['sourceId', 'year'] }),
    d.taobaoVillageCityCount.findMany({ select: pair, distinct: ['sourceId', 'year'] }),
    d.taobaoVillage.findMany({ select: pair, distinct: ['sourceId', 'year'] }),
    d.taobaoVillageCityTally.findMany({ select: pair, distinct: ['sourceId', 'year'] }),
    d.caseStudy.findMany({ select: { id: true, sourceId: true }, orderBy: { id: 'asc' } }),
    d.citation.groupBy({ by: ['sourceId'], where: { id: { startsWith: 'models/' } }, _count: { _all: true } }),
    d.dataNote.findMany({ where: { sourceId: { not: null } }, select: { sourceId: true, dataset: true }, distinct: ['sourceId', 'dataset'] }),
  ]);
  const out = new Map<string, SourceFigures>();
  const of = (id: string) => out.get(id) ?? out.set(id, empty()).get(id)!;
  const seriesById = new Map(series.map((s) => [s.id, s]));
  for (const span of seriesSpans.sort((a, b) => (seriesById.get(a.seriesId)?.sortOrder ?? 0) - (seriesById.get(b.seriesId)?.sortOrder ?? 0))) {
    const s = seriesById.get(span.seriesId);
    if (!s || span._min.year === null || span._max.year === null) continue;
    of(span.sourceId).series.push({ id: s.id, group: s.group, nameEn: s.nameEn, nameZh: s.nameZh, from: span._min.year, to: span._max.year });
  }
  const tables: [VillageTable, { sourceId: string; year: number }[]][] = [['national', national], ['provinces', provinces], ['cities', cities], ['villages', villages], ['tallies', tallies]];
  for (const [table, rows] of tables) {
    for (const [sourceId, years] of yearsBy(rows)) of(sourceId).villageTables.push({ table, years: [...years].sort((a, b) => a - b) });
  }
  for (const c of cases) if (c.sourceId) of(c.sourceId).cases.push(c.id);
  for (const c of citations) of(c.sourceId).modelCitations = c._count._all;
  for (const n of notes) if (n.sourceId) of(n.sourceId).noteDatasets.push(n.dataset);
  return out;
}

/** The compilers' editorial notes (no source) of one page of the site, by the notes' dataset (and for series, their series' group). */
export async function getEditorialNotes(section: 'users' | 'transactions' | 'villages' | 'models' | 'clusters'): Promise<DataNoteInfo[]> {
  const dataset = { users: 'series', transactions: 'series', villages: 'taobao-villages', models: 'models', clusters: 'clusters' }[section];
  const [rows, series] = await Promise.all([
    db().dataNote.findMany({ where: { sourceId: null, dataset }, orderBy: { id: 'asc' } }),
    dataset === 'series' ? db().series.findMany({ select: { id: true, group: true } }) : Promise.resolve([]),
  ]);
  const groupOf = new Map(series.map((s) => [s.id, s.group]));
  // A series note without a series scope concerns both series pages.
  const onPage = (seriesId: string | null) => seriesId === null || (groupOf.get(seriesId) === 'internet-users') === (section === 'users');
  return rows.filter((n) => dataset !== 'series' || onPage(n.scopeSeriesId)).map(toDataNoteInfo);
}
