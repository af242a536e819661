import { db } from '@/lib/db/index.ts';
import { getCityRanking, getNationalSeries } from '@/lib/queries/villages.ts';
import { cityQuery } from '@/lib/schemas/villages.ts';
import { getSeriesValues } from '@/lib/queries/series.ts';

/** Headline figures for the home page, each with the id of its source. */
export async function getHomeFigures() {
  const [national, ranking, sourceCount, noteCount, series] = await Promise.all([
    getNationalSeries(),
    getCityRanking(cityQuery.parse({})),
    db().source.count(),
    db().dataNote.count(),
    getSeriesValues(['cnnic-internet-users', 'nbs-online-retail-sales']),
  ]);
  const latest = (id: string) => [...(series.get(id) ?? [])].reverse().find((v) => v.periodKind === 'year' && v.value !== null) ?? null;
  const latestVillages = [...national].reverse().find((n) => n.villages !== null) ?? null;
  const latestTowns = [...national].reverse().find((n) => n.towns !== null) ?? null;
  const topCity = ranking.rows.find((r) => r.villages !== null) ?? null;
  return { latestVillages, latestTowns, topCity, cityYear: ranking.year, sourceCount, noteCount, internetUsers: latest('cnnic-internet-users'), onlineRetail: latest('nbs-online-retail-sales') };
}
