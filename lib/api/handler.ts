import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { UnknownSeriesError } from '@/lib/queries/series.ts';
import { UnknownYearError } from '@/lib/queries/villages.ts';
import { searchParamsToObject, toApiIssues, type ApiIssue } from '@/lib/schemas/params.ts';

export type ApiError = { error: string; issues: ApiIssue[] };

export function badRequest(error: string, issues: ApiIssue[]): NextResponse<ApiError> {
  return NextResponse.json({ error, issues }, { status: 400 });
}

/**
 * Every v1 GET handler: parse the query with the view's strict zod schema (unknown or repeated
 * parameters are errors), run the domain function, and map domain errors to a structured 4xx.
 */
export function apiGet<S extends z.ZodType, C = unknown>(
  schema: S,
  arrayKeys: readonly string[],
  run: (query: z.output<S>, request: Request, context: C) => Promise<Response>,
) {
  return async (request: Request, context: C): Promise<Response> => {
    const url = new URL(request.url);
    const parsed = schema.safeParse(searchParamsToObject(url.searchParams, arrayKeys));
    if (!parsed.success) {
      const issues = toApiIssues(parsed.error);
      const fields = [...new Set(issues.map((i) => i.path[0]).filter((p) => p !== undefined))];
      return badRequest(`invalid query parameter${fields.length > 1 ? 's' : ''}: ${fields.join(', ') || 'query'}`, issues);
    }
    try {
      return await run(parsed.data, request, context);
    } catch (error) {
      if (error instanceof UnknownYearError) {
        return badRequest('invalid query parameter: year', [{ path: ['year'], message: error.message }]);
      }
      if (error instanceof UnknownSeriesError) {
        return badRequest('invalid series id', [{ path: ['id'], message: error.message }]);
      }
      console.error(error);
      return NextResponse.json({ error: 'internal error: the request could not be completed', issues: [] }, { status: 500 });
    }
  };
}
