import { z } from 'zod';
import { sourceReader } from '@/lib/schemas/source-reader.ts';

// Shapes shared by the JSON answers of /api/v1. These zod schemas are the one description of the
// response bodies: the TypeScript types are inferred from them (lib/queries/types.ts), the OpenAPI
// document is generated from them (lib/api/openapi.ts; `.meta({ id })` names a component), and
// tests/integration/api-schemas.test.ts validates every real response against them.

export const apiError = z
  .strictObject({
    error: z.string().meta({ example: 'invalid query parameter: province' }),
    issues: z.array(z.strictObject({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
  })
  .meta({ id: 'Error' });

export const qualifier = z.enum(['exact', 'approx', 'lower_bound']).describe('exact; approx ("~N", "about"); lower_bound (">N", "more than")');
export const place = z.strictObject({ adcode: z.number().int(), nameEn: z.string(), nameZh: z.string() });

export const source = z
  .strictObject({
    id: z.string(),
    kind: z.enum(['paper', 'official', 'industry', 'press']),
    publisher: z.string(),
    title: z.string(),
    date: z.string().nullable().describe('Publication date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); null when the source gives none'),
    asReportedBy: z.string().nullable(),
    whereRead: z.string(),
    licence: z.string(),
    citation: z
      .strictObject({ authors: z.array(z.string()).optional(), year: z.number().int().nullable().optional(), container: z.string().nullable().optional() })
      .nullable()
      .describe('Bibliographic details beyond publisher and title, where the source has them'),
    dateKind: z.literal('title-year').optional().describe("Present only when `date` is the year in the source's title, not a publication date"),
    reader: sourceReader.nullable().describe('The source as a reader cites it, in English and Chinese: publisher, title, the page it was read on (with its address where known), place in the source, licence. Null for an imported source that has none'),
  })
  .meta({ id: 'Source' });

export const dataNote = z
  .strictObject({
    id: z.string(),
    kind: z.string(),
    sourceId: z.string().nullable().describe('The source the note rests on; null for an editorial note by the compilers'),
    textEn: z.string(),
    textZh: z.string(),
    scope: z.strictObject({ year: z.number().int().nullable(), provinceAdcode: z.number().int().nullable(), cityAdcode: z.number().int().nullable() }),
  })
  .meta({ id: 'DataNote' });

export type Qualifier = z.infer<typeof qualifier>;
export type Place = z.infer<typeof place>;
export type SourceInfo = z.infer<typeof source>;
export type DataNoteInfo = z.infer<typeof dataNote>;
