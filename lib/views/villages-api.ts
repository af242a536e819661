import 'server-only';
import { getNationalSeries, getNotesForView, getProvinceTotals, getProvinceYears, getSources } from '@/lib/queries/villages.ts';
import type { CityQuery, ProvinceQuery } from '@/lib/schemas/villages.ts';
import { UnknownYearError } from '@/lib/queries/villages.ts';
import { crN, herfindahl } from '@/lib/metrics/index.ts';
import { getCityRanking, type CityRanking } from '@/lib/views/city-ranking.ts';
import type { CityRankingResponse, NationalResponse, NationalRow, ProvinceTotalRow, ProvinceTotalsResponse } from '@/lib/schemas/responses/villages.ts';

export type { CityRanking } from '@/lib/views/city-ranking.ts';

function withoutTabField(query: CityQuery): Omit<CityQuery, 'tab'> {
  const rest: Partial<CityQuery> = { ...query };
  delete rest.tab;
  return rest as Omit<CityQuery, 'tab'>;
}

/** JSON body of GET /api/v1/taobao-villages/cities: the rows on screen plus what they rest on. */
export async function getCityRankingResponse(query: CityQuery): Promise<{ ranking: CityRanking; body: CityRankingResponse }> {
  const ranking = await getCityRanking(query, query.lang);
  const [sources, notes] = await Promise.all([
    getSources(ranking.sourceIds),
    getNotesForView({
      year: ranking.year,
      provinceAdcodes: [...new Set(ranking.rows.map((r) => r.province.adcode))],
      cityAdcodes: ranking.rows.map((r) => r.city.adcode),
      noteIds: ranking.noteIds,
    }),
  ]);
  return {
    ranking,
    body: {
      data: ranking.rows,
      meta: {
        year: ranking.year,
        // The tab is the page's, not the data's: the API answers the same rows for every tab.
        query: withoutTabField(query),
        count: ranking.rows.length,
        summary: ranking.summary,
        national: ranking.national,
        provinceTotals: ranking.provinceTotals,
        sources,
        notes,
      },
    },
  };
}

export async function getProvinceTotalsResponse(query: ProvinceQuery): Promise<{ rows: ProvinceTotalRow[]; body: ProvinceTotalsResponse }> {
  const years = await getProvinceYears();
  if (!years.includes(query.year)) throw new UnknownYearError(query.year, years);
  const [rows, national] = await Promise.all([getProvinceTotals(query.year), getNationalSeries()]);
  const nationalRow = national.find((n) => n.year === query.year) ?? null;
  const values = rows.flatMap((r) => (r.villages === null ? [] : [r.villages]));
  const sourceIds = [...new Set([...rows.map((r) => r.sourceId), ...(nationalRow ? [nationalRow.sourceId] : [])])];
  const [sources, notes] = await Promise.all([
    getSources(sourceIds),
    getNotesForView({ year: query.year, provinceAdcodes: rows.map((r) => r.province.adcode), noteIds: rows.flatMap((r) => r.noteIds) }),
  ]);
  return {
    rows,
    body: {
      data: rows,
      meta: {
        year: query.year,
        count: rows.length,
        national: nationalRow,
        // Over the provinces with a published count only: not every province is published every year.
        concentration: {
          basis: 'published province counts for the year',
          provincesWithCounts: values.length,
          listedTotal: values.reduce((a, b) => a + b, 0),
          cr4: crN(values, 4).value,
          cr8: crN(values, 8).value,
          hhi: herfindahl(values),
        },
        sources,
        notes,
      },
    },
  };
}

export async function getNationalResponse(): Promise<{ rows: NationalRow[]; body: NationalResponse }> {
  const rows = await getNationalSeries();
  const [sources, notes] = await Promise.all([
    getSources([...new Set(rows.map((r) => r.sourceId))]),
    getNotesForView({ noteIds: rows.flatMap((r) => r.noteIds) }),
  ]);
  return { rows, body: { data: rows, meta: { count: rows.length, sources, notes } } };
}
