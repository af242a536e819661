import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// POST/GET /api/v1/imports (app/api/v1/imports/route.ts). No `.openapi()` calls, so this module
// does not depend on the zod extension. The request fields are validated by importFormSchema
// (lib/import/http.ts); the file formats are in docs/data.md.

const error = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});
const issue = z.object({
  row: z.number().int().nullable().describe('As a spreadsheet numbers it: the header is row 1; null for a file-level problem'),
  column: z.string().nullable(),
  value: z.string().nullable(),
  expected: z.string(),
  suggestions: z.array(z.string()).optional().describe('Near misses, e.g. "Jieyang 揭阳市 (445200)" for "jiayang"'),
});
const diffRow = z.object({ row: z.number().int(), key: z.record(z.string(), z.unknown()), before: z.record(z.string(), z.unknown()).nullable(), after: z.record(z.string(), z.unknown()) });
const result = z.object({
  status: z.enum(['valid', 'committed', 'unchanged', 'rejected', 'failed']).describe('valid = clean dry run; unchanged = nothing to write (a re-import)'),
  dryRun: z.boolean(),
  dataset: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be']).nullable(),
  sourceId: z.string().nullable(),
  counts: z.object({ rows: z.number().int(), added: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() }),
  errors: z.array(issue).describe('The first 1,000 problems'),
  errorCount: z.number().int(),
  warnings: z.array(z.string()),
  columns: z.array(z.string()),
  preview: z.array(z.record(z.string(), z.unknown())).describe('The first 20 valid rows as they would be stored'),
  diff: z.object({ added: z.array(diffRow), changed: z.array(diffRow) }),
  recordId: z.number().int().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
});
const record = z.object({
  id: z.number().int(), dataset: z.string(), fileName: z.string(), sha256: z.string(), sourceId: z.string().nullable(), actor: z.string(), encoding: z.string(),
  startedAt: z.string(), finishedAt: z.string(), rowsTotal: z.number().int(), added: z.number().int(), changed: z.number().int(), unchanged: z.number().int(),
  rejected: z.number().int(), status: z.enum(['committed', 'unchanged', 'rejected', 'failed']), errorSummary: z.string().nullable(),
});
const form = z.object({
  file: z.string().describe('The CSV file (UTF-8 with or without BOM, or GB18030)'),
  dataset: z.string().describe('taobao-villages, taobao-villages-cities, taobao-villages-provinces, taobao-villages-national or series:<series id>'),
  source: z.string().optional().describe('Id of the source every row references'),
  newSource: z.string().optional().describe('A source to register with the import: JSON shaped like an entry of data/sources.json'),
  dryRun: z.enum(['true', 'false']).optional().describe('Validate and diff only (default false)'),
  encoding: z.enum(['auto', 'utf-8', 'gb18030']).optional(),
  actor: z.string().optional().describe('Who imports (recorded)'),
  expectSha256: z.string().optional().describe('Commit only if the file has this SHA-256 (the one a dry run reported)'),
});
const auth = (what: string) => ({
  401: { description: `No or wrong credentials: send Authorization: Bearer <ATLAS_ADMIN_TOKEN>${what}`, content: { 'application/json': { schema: error } } },
  403: { description: 'Imports are disabled (the server has no ATLAS_ADMIN_TOKEN), or a browser session from another origin', content: { 'application/json': { schema: error } } },
});

export function register(registry: OpenAPIRegistry): void {
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'The server\'s ATLAS_ADMIN_TOKEN' });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/imports',
    summary: 'Import a CSV file into a dataset, all or nothing (authenticated)',
    description:
      'Validates every row (zod; places matched to the registry), diffs against the store and, unless dryRun, commits in one transaction under a per-dataset advisory lock. Natural keys make a re-import a no-op. Every non-dry-run attempt is recorded (GET lists them). Uploads are limited to ATLAS_IMPORT_MAX_BYTES (50 MB by default); larger files go through `npm run data:import`.',
    security: [{ bearer: [] }],
    request: { body: { content: { 'multipart/form-data': { schema: form } } } },
    responses: {
      200: { description: 'Valid (dry run), committed, or nothing to change', content: { 'application/json': { schema: result } } },
      400: { description: 'Missing or invalid fields, unknown dataset', content: { 'application/json': { schema: error } } },
      ...auth(''),
      413: { description: 'File too large for HTTP', content: { 'application/json': { schema: error } } },
      422: { description: 'The file has errors: nothing was written. issues[].path is [row, column]; the full result follows', content: { 'application/json': { schema: error.extend(result.shape) } } },
      503: { description: 'The database is unavailable', content: { 'application/json': { schema: error } } },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/imports',
    summary: 'Import history (newest first) and the importable datasets (authenticated)',
    security: [{ bearer: [] }],
    request: { query: z.object({ limit: z.string().optional().describe('1–200, default 50'), dataset: z.string().optional() }) },
    responses: {
      200: {
        description: 'History and datasets',
        content: { 'application/json': { schema: z.object({ imports: z.array(record), datasets: z.array(z.object({ id: z.string(), kind: z.string(), titleEn: z.string(), titleZh: z.string() })) }) } },
      },
      400: { description: 'Invalid query parameter', content: { 'application/json': { schema: error } } },
      ...auth(' (or the admin page\'s session cookie)'),
    },
  });
}
