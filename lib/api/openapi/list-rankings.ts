import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { apiError } from '@/lib/schemas/responses/common.ts';
import { listCountiesResponse, listTownsResponse } from '@/lib/schemas/responses/list-rankings.ts';

// GET /api/v1/taobao-villages/list-counties, /list-towns and their CSV twins: rankings counted from a
// loaded village-level list. The query as clients send it; the handlers validate with
// listCountiesQueryStrict / listTownsQueryStrict (lib/schemas/list-rankings.ts).

const query = z.object({
  year: z.string().regex(/^\d{4}$/).optional().describe('A year with a loaded village-level list (default: the latest; another year is a 400 naming the years; no list loaded: no rows, query.year null)'),
  province: z.array(z.string()).optional().describe('Repeatable. Adcode (370000), English (Shandong) or Chinese (山东) name.').meta({ example: ['Shandong'] }),
  city: z.array(z.string()).optional().describe('Repeatable. Adcode (371700), English (Heze) or Chinese (菏泽) name; an ambiguous name (Suzhou) needs the adcode.').meta({ example: ['菏泽'] }),
});
const townQuery = query.extend({ taobao: z.enum(['true', 'false']).optional().describe('true: only the derived Taobao towns (≥ 3 villages of the list)') });

export function register(registry: OpenAPIRegistry) {
  const bad = { description: 'Invalid query parameter', content: { 'application/json': { schema: apiError } } };
  const csv = { 200: { description: 'CSV of the rows (basis column: derived-from-loaded-list)', content: { 'text/csv': { schema: z.string() } } }, 400: bad };
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/list-counties',
    summary: 'Counties ranked by the villages of a loaded village-level list, with towns and derived Taobao towns (derived, never published counts)',
    request: { query },
    responses: { 200: { description: 'Rows, totals and the sources of the list', content: { 'application/json': { schema: listCountiesResponse } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/list-counties.csv', summary: 'Same rows as /list-counties, as CSV (UTF-8 with BOM)', request: { query }, responses: csv });
  registry.registerPath({
    method: 'get', path: '/api/v1/taobao-villages/list-towns',
    summary: "Towns ranked by the villages of a loaded village-level list; taobao=true: the Taobao towns derived by AliResearch's rule (≥ 3 villages)",
    request: { query: townQuery },
    responses: { 200: { description: 'Rows, totals and the sources of the list', content: { 'application/json': { schema: listTownsResponse } } }, 400: bad },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/taobao-villages/list-towns.csv', summary: 'Same rows as /list-towns, as CSV (UTF-8 with BOM)', request: { query: townQuery }, responses: csv });
}
