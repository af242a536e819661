import 'server-only';
import { countSourcesAndNotes } from '@/lib/queries/counts.ts';
import { getNationalSeries } from '@/lib/queries/villages.ts';
import { getCityRanking } from '@/lib/views/city-ranking.ts';
import { cityQuery } from '@/lib/schemas/villages.ts';
import { getSeriesValues } from '@/lib/queries/series.ts';

/** Headline figures for the home page, each with the id of its source. */
export async function getHomeFigures() {
  const [national, ranking, counts, series] = await Promise.all([
    getNationalSeries(),
    getCityRanking(cityQuery.parse({})),
    countSourcesAndNotes(),
    getSeriesValues(['cnnic-internet-users', 'nbs-online-retail-sales']),
  ]);
  const latest = (id: string) => [...(series.get(id) ?? [])].reverse().find((v) => v.periodKind === 'year' && v.value !== null) ?? null;
  const latestVillages = [...national].reverse().find((n) => n.villages !== null) ?? null;
  const latestTowns = [...national].reverse().find((n) => n.towns !== null) ?? null;
  const topCity = ranking.rows.find((r) => r.villages !== null) ?? null;
  return { latestVillages, latestTowns, topCity, cityYear: ranking.year, sourceCount: counts.sources, noteCount: counts.notes, internetUsers: latest('cnnic-internet-users'), onlineRetail: latest('nbs-online-retail-sales') };
}
