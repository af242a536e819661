import { db } from '@/lib/db/index.ts';
import { getCityRanking, getNationalSeries } from '@/lib/queries/villages.ts';
import { cityQuery } from '@/lib/schemas/villages.ts';

/** Headline figures for the home page, each with the id of its source. */
export async function getHomeFigures() {
  const [national, ranking, sourceCount, noteCount] = await Promise.all([
    getNationalSeries(),
    getCityRanking(cityQuery.parse({})),
    db().source.count(),
    db().dataNote.count(),
  ]);
  const latestVillages = [...national].reverse().find((n) => n.villages !== null) ?? null;
  const latestTowns = [...national].reverse().find((n) => n.towns !== null) ?? null;
  const topCity = ranking.rows.find((r) => r.villages !== null) ?? null;
  return { latestVillages, latestTowns, topCity, cityYear: ranking.year, sourceCount, noteCount };
}
