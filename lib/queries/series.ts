import 'server-only';
import { db } from '@/lib/db/index.ts';
import { toDataNoteInfo } from '@/lib/queries/notes.ts';
import { storedFlag, type BoundQualifier, type PointFlag } from '@/lib/metrics/derived.ts';
import type { SeriesGroup } from '@/lib/schemas/series-url.ts';

/** A catalogue entry: inferred from its response schema. */
import type { SeriesInfo } from '@/lib/schemas/responses/series.ts';
export type { SeriesInfo };

export type SeriesValueInfo = {
  period: string;
  periodKind: 'year' | 'mid_year' | 'substitute';
  year: number;
  month: number | null;
  value: number | null;
  qualifier: BoundQualifier;
  /** stated / computed / bound / estimate / substitute (lib/metrics/derived.ts); null for a gap. */
  flag: PointFlag | null;
  breakBefore: boolean;
  sourceId: string;
  noteIds: string[];
};

export class UnknownSeriesError extends Error {
  constructor(readonly ids: string[]) {
    super(`unknown series: ${ids.join(', ')} (see /api/v1/series for the catalogue)`);
  }
}

/** The catalogue, in the order of data/series/catalogue.json, with each series' sources and span. */
export async function getSeriesCatalogue(group?: SeriesGroup): Promise<SeriesInfo[]> {
  const [series, spans, sources] = await Promise.all([
    db().series.findMany({ where: group ? { group } : undefined, orderBy: { sortOrder: 'asc' } }),
    db().seriesValue.groupBy({ by: ['seriesId'], where: { value: { not: null }, periodKind: { not: 'mid_year' } }, _min: { year: true }, _max: { year: true } }),
    db().seriesValue.findMany({ distinct: ['seriesId', 'sourceId'], select: { seriesId: true, sourceId: true }, orderBy: [{ seriesId: 'asc' }, { sourceId: 'asc' }] }),
  ]);
  const span = new Map(spans.map((s) => [s.seriesId, s]));
  return series.map((s) => ({
    id: s.id,
    group: s.group,
    nameEn: s.nameEn,
    nameZh: s.nameZh,
    unit: s.unit,
    publisher: s.publisher,
    official: s.official,
    definitionEn: s.definitionEn,
    definitionZh: s.definitionZh,
    noteIds: s.noteIds,
    sourceIds: sources.filter((x) => x.seriesId === s.id).map((x) => x.sourceId),
    firstYear: span.get(s.id)?._min.year ?? null,
    lastYear: span.get(s.id)?._max.year ?? null,
  }));
}

/** Values of some series (every period kind), ordered by period. Throws for unknown ids. */
export async function getSeriesValues(ids: string[]): Promise<Map<string, SeriesValueInfo[]>> {
  const known = await db().series.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((id) => !known.some((k) => k.id === id));
  if (missing.length) throw new UnknownSeriesError(missing);
  const rows = await db().seriesValue.findMany({ where: { seriesId: { in: ids } }, orderBy: [{ seriesId: 'asc' }, { period: 'asc' }] });
  const out = new Map<string, SeriesValueInfo[]>(ids.map((id) => [id, []]));
  for (const r of rows) {
    out.get(r.seriesId)!.push({
      period: r.period,
      periodKind: r.periodKind,
      year: r.year,
      month: r.month,
      value: r.value,
      qualifier: r.qualifier,
      // The stored S/D flag becomes the published vocabulary here, so it never leaves this module.
      flag: storedFlag({ value: r.value, qualifier: r.qualifier, sourceFlag: r.flag, periodKind: r.periodKind }),
      breakBefore: r.breakBefore,
      sourceId: r.sourceId,
      noteIds: r.noteIds,
    });
  }
  return out;
}

export async function getSeriesNotes(seriesIds: string[], noteIds: string[]) {
  const rows = await db().dataNote.findMany({
    where: { OR: [{ id: { in: noteIds } }, { scopeSeriesId: { in: seriesIds } }] },
    orderBy: { id: 'asc' },
  });
  return rows.map(toDataNoteInfo);
}
