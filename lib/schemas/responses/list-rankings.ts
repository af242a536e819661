import { z } from 'zod';
import { place, source } from '@/lib/schemas/responses/common.ts';

// Response bodies of GET /api/v1/taobao-villages/list-counties and /list-towns (CSV twins: same rows).
// Everything here is counted from a loaded village-level list, never a published count: `basis` and
// `label` say so, and published county counts (/counties) are never mixed in.

export const derivedBasis = z.literal('derived-from-loaded-list').describe('Counted from the village rows of a loaded list, not published by a source');
export const derivedLabel = z.strictObject({ en: z.string(), zh: z.string() }).describe('How pages label these figures');

const county = z.strictObject({ adcode: z.number().int().describe('NBS 2023 county code'), nameZh: z.string() }).meta({ id: 'ListCounty' });
const town = z.strictObject({ code: z.number().int().describe('NBS 2023 town code (9 digits)'), nameZh: z.string() }).meta({ id: 'ListTown' });

export const listCountyRow = z
  .strictObject({
    rank: z.number().int().describe('Dense rank by villages within the filter'),
    county,
    city: place.nullable(),
    province: place,
    villages: z.number().int().describe('Villages of the list in the county'),
    towns: z.number().int().describe('Towns with at least one village of the list'),
    taobaoTowns: z.number().int().describe('Derived Taobao towns: towns with ≥ 3 villages of the list'),
  })
  .meta({ id: 'ListCountyRow' });

export const listTownRow = z
  .strictObject({
    rank: z.number().int().describe('Dense rank by villages within the filter'),
    town,
    county,
    city: place.nullable(),
    province: place,
    villages: z.number().int(),
    taobaoTown: z.boolean().describe('Derived: ≥ 3 villages of the list (AliResearch\'s rule)'),
  })
  .meta({ id: 'ListTownRow' });

export const listTotals = z
  .strictObject({
    villages: z.number().int().describe('Villages of the list within the filter'),
    unmatched: z.number().int().describe('Of those, rows imported before matching existed (no county or town): counted for their city only'),
    counties: z.number().int(),
    towns: z.number().int(),
    taobaoTowns: z.number().int().describe('Derived Taobao towns (≥ 3 villages)'),
  })
  .meta({ id: 'ListTotals' });

const meta = z.strictObject({
  query: z
    .strictObject({ year: z.number().int().nullable(), province: z.array(z.number().int()), city: z.array(z.number().int()) })
    .describe('The query as understood (places as adcodes; year: the list counted, the latest when none was asked for; null = no list is loaded)'),
  basis: derivedBasis,
  label: derivedLabel,
  rule: z.string().describe('The Taobao-town rule applied'),
  count: z.number().int(),
  totals: listTotals,
  years: z.array(z.number().int()).describe('Years with a loaded village-level list'),
  sources: z.array(source).describe('Sources of the village rows counted'),
});

export const listCountiesResponse = z.strictObject({ data: z.array(listCountyRow), meta });
export const listTownsResponse = z.strictObject({ data: z.array(listTownRow), meta: meta.extend({ query: meta.shape.query.extend({ taobao: z.boolean() }) }) });

export type ListCountyRow = z.infer<typeof listCountyRow>;
export type ListTownRow = z.infer<typeof listTownRow>;
export type ListTotals = z.infer<typeof listTotals>;
export type ListCountiesResponse = z.infer<typeof listCountiesResponse>;
export type ListTownsResponse = z.infer<typeof listTownsResponse>;
