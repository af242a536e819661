import { z } from 'zod';
import { seriesValueRow } from '@/lib/schemas/series.ts';
import { SERIES_PERIODS } from '@/lib/schemas/series-url.ts';
import { dataNote, source } from '@/lib/schemas/responses/common.ts';

// Response bodies of /api/v1/series and /api/v1/series/{id}.

export const seriesInfo = z
  .strictObject({
    id: z.string(),
    group: z.string().describe('internet-users, transactions, cross-border or investment'),
    nameEn: z.string(),
    nameZh: z.string(),
    unit: z.enum(['persons', 'yuan', 'percent']),
    publisher: z.string(),
    official: z.boolean().describe('Published by a government statistics body (true) or an estimate by others (false)'),
    definitionEn: z.string(),
    definitionZh: z.string(),
    noteIds: z.array(z.string()),
    sourceIds: z.array(z.string()),
    firstYear: z.number().int().nullable().describe('First year with a stored year-end value'),
    lastYear: z.number().int().nullable(),
  })
  .meta({ id: 'Series' });

export const seriesValue = z.strictObject(seriesValueRow.shape).meta({ id: 'SeriesValue' });

/** GET /api/v1/series */
export const seriesCatalogueResponse = z.strictObject({
  data: z.array(seriesInfo),
  meta: z.strictObject({ count: z.number().int(), sources: z.array(source) }),
});

/** GET /api/v1/series/{id} */
export const seriesValuesResponse = z.strictObject({
  data: z.array(seriesValue),
  meta: z.strictObject({
    series: seriesInfo,
    query: z.strictObject({ from: z.number().int().nullable(), to: z.number().int().nullable(), period: z.enum(SERIES_PERIODS) }).describe('The query as understood'),
    count: z.number().int(),
    sources: z.array(source),
    notes: z.array(dataNote),
  }),
});

export type SeriesInfo = z.infer<typeof seriesInfo>;
export type SeriesCatalogueResponse = z.infer<typeof seriesCatalogueResponse>;
export type SeriesValuesResponse = z.infer<typeof seriesValuesResponse>;
