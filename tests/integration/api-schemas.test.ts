import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentedRoutes, openApiDocument } from '@/lib/api/openapi.ts';
import { BASE_URL, getJson } from './http.ts';

// Every route of the OpenAPI document, requested from the real server with its documented
// parameters (each value of an enum, else the example), and every JSON answer validated against the
// very zod schema the document was generated from (strict where the schema is). The CSV twins are
// routes of the document too, so they are requested alongside their JSON routes.

type Parameter = { name: string; in: 'path' | 'query'; schema?: { enum?: string[]; example?: unknown }; example?: unknown };
type Operation = { parameters?: Parameter[]; security?: unknown[] };

const routes = await documentedRoutes();
const document = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, Operation>> };

/** The values to request for one documented parameter: every enum value, else its example. */
function valuesOf(route: RouteConfig, p: Parameter): string[] {
  if (p.schema?.enum) return p.schema.enum;
  const example = p.example ?? p.schema?.example;
  if (example === undefined) throw new Error(`${route.method.toUpperCase()} ${route.path}: parameter "${p.name}" has neither an enum nor an example`);
  return [String(example)];
}

/** The concrete URLs of a route: every combination of its path parameters; without a query, and with the query examples when there are any. */
function urlsOf(route: RouteConfig): string[] {
  const parameters = document.paths[route.path]?.[route.method]?.parameters ?? [];
  let paths = [route.path];
  for (const p of parameters.filter((x) => x.in === 'path')) {
    paths = paths.flatMap((path) => valuesOf(route, p).map((v) => path.replace(`{${p.name}}`, encodeURIComponent(v))));
  }
  const exampleQuery = new URLSearchParams();
  for (const p of parameters.filter((x) => x.in === 'query')) {
    const example = p.example ?? p.schema?.example;
    if (example !== undefined) exampleQuery.set(p.name, String(example));
  }
  return paths.flatMap((path) => (exampleQuery.size ? [path, `${path}?${exampleQuery}`] : [path]));
}

/** The zod schema of a documented response of the route, for a media type (undefined: none documented). */
function responseSchema(route: RouteConfig, status: number, mediaType: string): z.ZodType | undefined {
  const response = route.responses[status] as { content?: Record<string, { schema: unknown }> } | undefined;
  const schema = response?.content?.[mediaType]?.schema;
  return schema instanceof z.ZodType ? schema : undefined;
}

const requests = routes.flatMap((route) => urlsOf(route).map((url) => ({ route, url, name: `${route.method.toUpperCase()} ${url}` })));

describe('every route of the OpenAPI document answers with a body its own schema accepts', () => {
  it('covers every documented path and operation, the JSON and CSV twins among them', () => {
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(new Set(requests.map((r) => `${r.route.method} ${r.route.path}`))).toEqual(new Set(documented));
    for (const twin of ['/api/v1/taobao-villages/cities', '/api/v1/taobao-villages/counties', '/api/v1/series/{id}', '/api/v1/clusters/yongkang/sem/{table}', '/api/v1/models']) {
      expect(documented).toContain(`get ${twin}`);
      expect(documented).toContain(`get ${twin}.csv`);
    }
    // The clusters route is requested once per case study, the SEM route once per table.
    expect(requests.filter((r) => r.route.path === '/api/v1/clusters/{id}').map((r) => r.url)).toEqual(expect.arrayContaining(['/api/v1/clusters/wenzhou', '/api/v1/clusters/cross-border', '/api/v1/clusters/yongkang']));
  });

  it('serves the same document it was generated from', async () => {
    const served = await getJson('/api/v1/openapi.json');
    expect(served.status).toBe(200);
    expect(served.body).toEqual(JSON.parse(JSON.stringify(await openApiDocument())));
  });

  it.each(requests)('$name', async ({ route, url }) => {
    const res = await fetch(`${BASE_URL}${url}`, { method: route.method.toUpperCase(), redirect: 'manual' });
    const status = res.status;
    // Authenticated routes (the imports) are asked without credentials: the documented refusal.
    const secured = (document.paths[route.path]?.[route.method]?.security?.length ?? 0) > 0;
    if (secured) expect([401, 403]).toContain(status);
    else expect(status, `${url} answered ${status}: ${await res.clone().text()}`).toBe(200);
    expect(Object.keys(route.responses)).toContain(String(status));
    const type = res.headers.get('content-type') ?? '';
    const json = responseSchema(route, status, 'application/json');
    if (json) {
      expect(type).toContain('application/json');
      const result = json.safeParse(await res.json());
      expect(result.success, result.success ? '' : `${url}: ${z.prettifyError(result.error)}`).toBe(true);
      return;
    }
    const csv = (route.responses[status] as { content?: Record<string, unknown> }).content?.['text/csv'];
    expect(csv, `${route.path} documents neither a JSON nor a CSV body for ${status}`).toBeDefined();
    expect(type).toContain('text/csv');
    const text = await res.text();
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.length).toBeGreaterThan(0);
  });
});
