import { z } from 'zod';
import { source } from '@/lib/schemas/responses/common.ts';
import { SOURCE_KINDS, SOURCE_SECTIONS } from '@/lib/schemas/sources-query.ts';

/** What a source backs in the store (lib/queries/source-figures.ts). */
const backs = z.strictObject({
  series: z.array(z.strictObject({ id: z.string(), group: z.string(), nameEn: z.string(), nameZh: z.string(), from: z.number().int(), to: z.number().int() })).describe('Series with values from this source, and the years of those values'),
  villageTables: z.array(z.strictObject({ table: z.enum(['national', 'provinces', 'cities', 'villages', 'tallies']), years: z.array(z.number().int()) })).describe('Taobao-village tables with rows from this source, and their years'),
  cases: z.array(z.string()).describe('Case studies (yongkang, wenzhou, cross-border) whose paper this source is'),
  modelCitations: z.number().int().describe('Quotations of the business-models section citing it'),
  noteDatasets: z.array(z.string()).describe('Datasets of the data notes it backs'),
});

export const sourcesResponse = z.strictObject({
  data: z.array(source.extend({ sections: z.array(z.enum(SOURCE_SECTIONS)), backs, noteIds: z.array(z.string()) })),
  meta: z.strictObject({
    query: z.strictObject({
      q: z.string(),
      section: z.enum(SOURCE_SECTIONS).optional(),
      kind: z.enum(SOURCE_KINDS).optional(),
      publisher: z.string().optional(),
      source: z.string().optional(),
      page: z.number().int(),
    }).describe('The query as applied: a `source` outside the filters clears them, a page past the end becomes the last'),
    matched: z.number().int(),
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
    pageSize: z.number().int(),
    notFound: z.string().optional().describe('The `source` asked for, when there is no such source'),
  }),
});
export type SourcesResponse = z.infer<typeof sourcesResponse>;
