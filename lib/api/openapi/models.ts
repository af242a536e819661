import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { MATRIX_CSV_COLUMNS } from '@/lib/views/models-matrix.ts';

// Documents the query as clients send it (strings); the handlers validate with guideQueryStrict
// in lib/schemas/models.ts. No `.openapi()` calls, so this module does not depend on the zod extension.

const levelParam = z.enum(['1', '2', '3']).optional().describe('1 = low, 2 = medium, 3 = high. capital, info and mgmt must be given together.');
const guideParams = z.object({ capital: levelParam, info: levelParam, mgmt: levelParam });

const error = z.object({
  error: z.string().describe('e.g. "invalid query parameter: capital"'),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});

const level = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable();
const sourceRef = z.object({
  sourceId: z.string().describe('The paper: its entry in /api/v1/sources, e.g. seed000-agglomeration-big-data (replaces the former `file`, the paper\'s text file name)'),
  where: z.string(), quote: z.string().nullable().optional(), alsoQuotes: z.array(z.string()).optional() });
const cell = z.object({
  level,
  quote: z.string().nullable(),
  where: z.string(),
  support: z.enum(['explicit', 'comparative', 'general', 'bounded']).nullable(),
  noteEn: z.string(),
  noteZh: z.string(),
  source: sourceRef,
  alsoQuotes: z.array(z.string()),
  ordinal: z.boolean(),
});
const model = z
  .object({
    id: z.enum(['B2B', 'B2C', 'C2C', 'O2O']),
    nameEn: z.string(),
    nameZh: z.string(),
    definition: z.object({ kind: z.string(), textEn: z.string(), textZh: z.string(), source: sourceRef }).passthrough(),
    typicalPlatforms: z.array(z.object({ name: z.string(), nameZh: z.string().nullable(), source: sourceRef }).passthrough()),
    requirements: z.object({ capital: cell, informatisation: cell, management: cell, informationSecurity: cell, platformRole: cell }),
    noteIds: z.array(z.string()),
  })
  .passthrough();
const check = z.object({
  dimension: z.enum(['capital', 'informatisation', 'management', 'informationSecurity']),
  required: level,
  support: z.string().nullable(),
  cluster: level,
  outcome: z.enum(['met', 'unmet', 'paper-silent', 'not-asked']),
  quote: z.string().nullable(),
  alsoQuotes: z.array(z.string()),
  noteEn: z.string(),
  noteZh: z.string(),
});
const guideEntry = z.object({
  position: z.number().int(),
  model: z.string(),
  status: z.enum(['within-reach', 'out-of-reach', 'paper-silent']),
  paperRank: z.number().int().nullable(),
  checks: z.array(check),
  sentences: z.array(z.string()),
});
const note = z.object({ id: z.string(), dataset: z.literal('models'), kind: z.string(), sourceId: z.string().nullable(), textEn: z.string(), textZh: z.string() }).passthrough();

const body = z.object({
  data: z.object({
    meta: z.object({}).passthrough(),
    models: z.array(model),
    contextClaims: z.array(z.object({}).passthrough()),
    platformTypes: z.object({ meta: z.object({}).passthrough(), definition: z.object({}).passthrough(), types: z.array(z.object({}).passthrough()) }),
    guide: z.object({ disclaimerEn: z.string(), disclaimerZh: z.string(), ordering: z.object({ order: z.array(z.string()), ruleEn: z.string(), ruleZh: z.string() }) }).passthrough(),
    guideResult: z
      .object({ input: z.object({ capital: z.number().int(), info: z.number().int(), mgmt: z.number().int() }), entries: z.array(guideEntry) })
      .optional()
      .describe('Present only when capital, info and mgmt are given'),
  }),
  meta: z.object({ sources: z.array(z.object({ sourceId: z.string().describe('Entry in /api/v1/sources (replaces the former `file`)'), where: z.string() })), notes: z.array(note) }).passthrough(),
});

export function register(registry: OpenAPIRegistry): void {
  const bad = { description: 'Invalid query parameter (the issues name the field)', content: { 'application/json': { schema: error } } };
  registry.registerPath({
    method: 'get',
    path: '/api/v1/models',
    summary: 'E-commerce business models (seed 000), platform types (seed 004) and the "which model fits" guide',
    description:
      'The requirement matrix with the quoted sentence behind each cell, the platform types, and the guide rules. With capital, info and mgmt (1–3) the response adds data.guideResult: the models ordered by the paper\'s qualitative argument (a restatement, not a fitted model).',
    request: { query: guideParams },
    responses: { 200: { description: 'Models, platform types, guide and sources', content: { 'application/json': { schema: body } } }, 400: bad },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/models.csv',
    summary: 'The requirement matrix as CSV (UTF-8 with BOM), one row per model and dimension',
    description: `Columns: ${MATRIX_CSV_COLUMNS.join(', ')}. level is empty where the paper gives no level; level_label then says why. source_id is the paper's entry in /api/v1/sources (it replaced source_file, the paper's text file name).`,
    request: { query: z.object({ lang: z.enum(['en', 'zh']).optional().describe('Language of dimension_label, level_label and note (quotes stay in English)') }) },
    responses: { 200: { description: 'CSV of the matrix', content: { 'text/csv': { schema: z.string() } } }, 400: bad },
  });
}
