import { z } from 'zod';
import { dataNote, place, qualifier, source } from '@/lib/schemas/responses/common.ts';

// Response body of GET /api/v1/taobao-villages/counties (its CSV twin has the same rows).

export const countyPlace = z
  .strictObject({
    adcode: z.number().int().describe('NBS 2023 county code (= adcode)'),
    nameZh: z.string(),
    nameEn: z.string().nullable().describe('As the source collections write it; null where they give none'),
  })
  .meta({ id: 'CountyPlace' });

export const countyCountRow = z
  .strictObject({
    year: z.number().int(),
    county: countyPlace,
    city: place.nullable().describe("The map's prefecture city; null for a county the map has no city for"),
    province: place,
    villages: z.number().int().nullable().describe('Taobao villages as published; null = not published by this source'),
    villagesQualifier: qualifier,
    towns: z.number().int().nullable().describe('Taobao towns as published; null = not published by this source'),
    townsQualifier: qualifier,
    basis: z.literal('published').describe("A county count a source published (never derived from a loaded village list)"),
    sourceId: z.string(),
    sourcePage: z.string().nullable().describe('The page the figure was read on, as the source collection gives it (sometimes only a site); null when it names none'),
    noteIds: z.array(z.string()),
  })
  .meta({ id: 'CountyCountRow' });

/** GET /api/v1/taobao-villages/counties */
export const countyCountsResponse = z.strictObject({
  data: z.array(countyCountRow),
  meta: z.strictObject({
    query: z
      .strictObject({ year: z.number().int().nullable(), province: z.array(z.number().int()), city: z.array(z.number().int()) })
      .describe('The query as understood (places as adcodes; year null = every year)'),
    count: z.number().int(),
    years: z.array(z.number().int()).describe('Years with published county counts'),
    sources: z.array(source),
    notes: z.array(dataNote),
  }),
});

export type CountyCountRow = z.infer<typeof countyCountRow>;
export type CountyCountsResponse = z.infer<typeof countyCountsResponse>;
