import 'server-only';
import { getNationalSeries, getSources } from '@/lib/queries/villages.ts';
import { getSeriesValues } from '@/lib/queries/series.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';

export type TrendPoint = { year: number; value: number | null };

/** Year-end values of a series by year, with gaps as null (a missing year is a gap, never 0). */
function byYear(rows: { year: number; value: number | null }[]): TrendPoint[] {
  if (!rows.length) return [];
  const known = new Map(rows.map((r) => [r.year, r.value]));
  const years = rows.map((r) => r.year);
  const out: TrendPoint[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) out.push({ year, value: known.get(year) ?? null });
  return out;
}

/**
 * The home page's small charts (Taobao villages, internet users, online retail sales by year) and
 * the sources of its headline figures, so each figure names its publisher in words.
 */
export async function getHomeTrends(sourceIds: string[]) {
  const [national, series, sources] = await Promise.all([
    getNationalSeries(),
    getSeriesValues(['cnnic-internet-users', 'nbs-online-retail-sales']),
    getSources([...new Set(sourceIds)]),
  ]);
  const yearly = (id: string) => byYear((series.get(id) ?? []).filter((v) => v.periodKind === 'year').map((v) => ({ year: v.year, value: v.value })));
  return {
    villages: byYear(national.map((n) => ({ year: n.year, value: n.villages }))),
    internetUsers: yearly('cnnic-internet-users'),
    onlineRetail: yearly('nbs-online-retail-sales'),
    sources: new Map<string, SourceInfo>(sources.map((s) => [s.id, s])),
  };
}
