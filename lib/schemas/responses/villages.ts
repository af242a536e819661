import { z } from 'zod';
import { CITY_SCOPES, CITY_SORTS, SORT_DIRS } from '@/lib/schemas/villages-url.ts';
import { dataNote, place, qualifier, source } from '@/lib/schemas/responses/common.ts';

// Response bodies of /api/v1/taobao-villages/* (the JSON ones; each CSV twin has the same rows).

export const cityRankRow = z
  .strictObject({
    city: place,
    province: place,
    villages: z.number().int().nullable(),
    villagesQualifier: qualifier,
    towns: z.number().int().nullable(),
    townsQualifier: qualifier,
    publishedRank: z.number().int().nullable().describe('The rank exactly as the source printed it (seed 001 prints a dense rank)'),
    rank: z.number().int().nullable().describe('Standard competition rank by villages among the rows in view'),
    shareOfView: z.number().nullable(),
    shareOfNational: z.number().nullable(),
    rankedList: z.string().nullable(),
    sourceId: z.string(),
    noteIds: z.array(z.string()),
  })
  .meta({ id: 'CityRankRow' });

export const nationalRow = z
  .strictObject({
    year: z.number().int(),
    villages: z.number().int().nullable(),
    villagesQualifier: qualifier,
    towns: z.number().int().nullable(),
    townsQualifier: qualifier,
    townsFlag: z.enum(['stated', 'computed']).describe('computed when the town count is derived from stated figures (2021: 2,429 − 258), else stated'),
    referenceDate: z.string().nullable(),
    sourceId: z.string(),
    noteIds: z.array(z.string()),
  })
  .meta({ id: 'NationalRow' });

export const provinceTotalRow = z
  .strictObject({
    province: place.extend({ region: z.string() }),
    year: z.number().int(),
    villages: z.number().int().nullable(),
    villagesQualifier: qualifier,
    towns: z.number().int().nullable(),
    townsQualifier: qualifier,
    publishedRank: z.number().int().nullable(),
    shareOfNational: z.number().nullable(),
    basis: z.enum(['published', 'village-list']).describe("published: the source's own total; village-list: counted from a loaded village-level list"),
    sourceId: z.string(),
    noteIds: z.array(z.string()),
  })
  .meta({ id: 'ProvinceTotalRow' });

export const cityRankingSummary = z.strictObject({
  listedTotal: z.number().int().nullable().describe("Sum of the listed cities' counts: not a published total; null when no city in view has a count"),
  cityCount: z.number().int(),
  gapCount: z.number().int(),
  countedCities: z.number().int().describe('Cities in view with a village count; CR4, CR8 and HHI are null below 5'),
  shareOfNational: z.number().nullable(),
  cr4: z.number().nullable(),
  cr8: z.number().nullable(),
  hhi: z.number().nullable(),
});

/** GET /api/v1/taobao-villages/cities */
export const cityRankingResponse = z.strictObject({
  data: z.array(cityRankRow),
  meta: z.strictObject({
    year: z.number().int(),
    query: z
      .strictObject({
        year: z.number().int(),
        province: z.array(z.number().int()),
        q: z.string(),
        sort: z.enum(CITY_SORTS),
        dir: z.enum(SORT_DIRS),
        lang: z.enum(['en', 'zh']),
        scope: z.enum(CITY_SCOPES),
      })
      .describe('The query as understood (defaults filled in, provinces as adcodes)'),
    count: z.number().int(),
    summary: cityRankingSummary,
    national: nationalRow.nullable(),
    provinceTotals: z.array(provinceTotalRow).describe('Published totals of the selected provinces (or of the provinces in view), where published'),
    sources: z.array(source),
    notes: z.array(dataNote),
  }),
});

/** GET /api/v1/taobao-villages/provinces */
export const provinceTotalsResponse = z.strictObject({
  data: z.array(provinceTotalRow),
  meta: z.strictObject({
    year: z.number().int(),
    count: z.number().int(),
    national: nationalRow.nullable(),
    concentration: z
      .strictObject({
        basis: z.literal('published province counts for the year'),
        provincesWithCounts: z.number().int(),
        listedTotal: z.number().int(),
        cr4: z.number().nullable(),
        cr8: z.number().nullable(),
        hhi: z.number().nullable(),
      })
      .describe('Over the provinces with a published count only: not every province is published every year'),
    sources: z.array(source),
    notes: z.array(dataNote),
  }),
});

/** GET /api/v1/taobao-villages/national */
export const nationalResponse = z.strictObject({
  data: z.array(nationalRow),
  meta: z.strictObject({ count: z.number().int(), sources: z.array(source), notes: z.array(dataNote) }),
});

export const villageRecord = z
  .strictObject({
    id: z.number().int(),
    year: z.number().int(),
    province: place,
    city: place,
    county: z.string(),
    town: z.string(),
    name: z.string(),
    salesBand: z.string().nullable(),
    villageCode: z.string().nullable().describe('The NBS 2023 12-digit code the import matched the row to; null for rows imported before matching'),
    sourceId: z.string(),
  })
  .meta({ id: 'Village' });

/** GET /api/v1/taobao-villages/villages: one keyset page. */
export const villagePageResponse = z.strictObject({
  total: z.number().int(),
  limit: z.number().int(),
  after: z.number().int(),
  nextAfter: z.number().int().nullable().describe('Pass as `after` for the next page; null on the last page'),
  villages: z.array(villageRecord),
});

export type CityRankRow = z.infer<typeof cityRankRow>;
export type NationalRow = z.infer<typeof nationalRow>;
export type ProvinceTotalRow = z.infer<typeof provinceTotalRow>;
export type CityRankingSummary = z.infer<typeof cityRankingSummary>;
export type CityRankingResponse = z.infer<typeof cityRankingResponse>;
export type ProvinceTotalsResponse = z.infer<typeof provinceTotalsResponse>;
export type NationalResponse = z.infer<typeof nationalResponse>;
export type VillageRecord = z.infer<typeof villageRecord>;
export type VillagePageResponse = z.infer<typeof villagePageResponse>;
