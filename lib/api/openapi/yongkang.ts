import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { TABLE_IDS } from '@/lib/views/clusters/yongkang-tables.ts';

// Documents GET /api/v1/clusters/yongkang/sem/{table} and its CSV twin. The shapes mirror
// semTableJson / semTableCsv in lib/views/clusters/yongkang.ts (tests/integration/api-yongkang.test.ts
// parses real responses with semTableResponseSchema). No `.openapi()` calls, so this module does not
// depend on the zod extension.

const error = z.object({
  error: z.string().describe('e.g. "invalid path parameter: table"'),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const semTableResponseSchema = z.object({
  data: z
    .array(
      z
        .object({ noteIds: z.record(z.string(), z.array(z.string())).describe('Data notes per column key (only cells that have notes); resolved in meta.notes') })
        .catchall(cell)
        .describe('One row: a value per column key of meta.columns, in the table’s order'),
    )
    .describe('The rows of the table, exactly as on the page'),
  meta: z.object({
    table: z.enum(TABLE_IDS),
    title: z.string().describe('The printed table (or section) the rows come from'),
    lang: z.enum(['en', 'zh']),
    columns: z
      .array(
        z.object({
          key: z.string(),
          label: z.string().describe('Column heading on the page, in `lang`'),
          type: z.enum(['id', 'text', 'number', 'enum', 'boolean']),
          derived: z.boolean().describe('true: computed by Cluster Atlas from printed values (lib/metrics/sem.ts), not a figure of the paper'),
          noteIds: z.array(z.string()),
        }),
      )
      .describe('The columns, in page order (the CSV header is the keys)'),
    source: z.object({ where: z.string().describe('Table or section'), sourceId: z.string().describe('The paper: its entry in /api/v1/sources, seed003-zhu-lu-yongkang (the former `file`, its text file name, is gone)') }),
    derivedNote: z.string(),
    notes: z
      .array(z.object({ id: z.string(), kind: z.string(), text: z.string().describe('In `lang`'), textEn: z.string(), textZh: z.string() }))
      .describe('Every data note shown with the table (inconsistencies of the source, OCR damage, gaps)'),
    questionnaires: z
      .object({ distributed: z.number().int(), returned: z.number().int(), valid: z.number().int() })
      .optional()
      .describe('Only for table=sample: questionnaires distributed, returned and valid (3.5)'),
  }),
});

const tableParam = z.object({
  table: z.enum(TABLE_IDS).describe(`One of ${TABLE_IDS.join(', ')}`),
});
const query = z.object({
  lang: z.enum(['en', 'zh']).optional().describe('Language of text cells and column labels (default en). Numbers, codes and booleans do not change.'),
});

export function register(registry: OpenAPIRegistry): void {
  const bad = { description: 'Unknown table (issues[0].path is ["table"]) or an invalid / unknown query parameter', content: { 'application/json': { schema: error } } };
  registry.registerPath({
    method: 'get',
    path: '/api/v1/clusters/yongkang/sem/{table}',
    summary: 'One table of the Yongkang SEM case study (seed 003): items, reliability, validity, fit, paths, mediation or sample',
    description:
      'The rows and columns of the table shown on /{locale}/clusters/yongkang: the paper’s printed values, with recomputed values in columns marked derived, and the data notes attached per cell.',
    request: { params: tableParam, query },
    responses: {
      200: { description: 'The table', content: { 'application/json': { schema: semTableResponseSchema } } },
      400: bad,
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/clusters/yongkang/sem/{table}.csv',
    summary: 'The same table as CSV (UTF-8 with BOM): header = column keys, exactly the rows and columns on the page',
    description: 'Numbers as numbers, booleans as true/false, a missing or empty cell as an empty field; text cells in `lang`.',
    request: { params: tableParam, query },
    responses: {
      200: { description: 'CSV of the table', content: { 'text/csv': { schema: z.string() } } },
      400: bad,
    },
  });
}
