import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { apiError } from '@/lib/schemas/responses/common.ts';
import { sourcesResponse } from '@/lib/schemas/responses/sources.ts';
import { SOURCE_KINDS, SOURCE_SECTIONS, SOURCES_PAGE_SIZE } from '@/lib/schemas/sources-query.ts';

// Documents GET /api/v1/sources (the Sources page's query, lib/schemas/sources-query.ts).
export function register(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/sources',
    summary: `The sources, searched and filtered, ${SOURCES_PAGE_SIZE} per page, each with the figures it backs`,
    request: {
      query: z.object({
        q: z.string().optional().openapi({ description: 'Words that must all occur in the title, publisher, report, series names or notes (case-insensitive)', example: 'cnnic' }),
        section: z.enum(SOURCE_SECTIONS).optional().openapi({ description: 'Only sources backing figures on this page of the site' }),
        kind: z.enum(SOURCE_KINDS).optional(),
        publisher: z.string().optional().openapi({ description: 'A publisher as the page lists it (its name without glosses)', example: 'CNNIC' }),
        source: z.string().optional().openapi({ description: 'A source id: answers the page holding it (filters that leave it out are cleared)' }),
        page: z.string().optional().openapi({ description: 'Page number from 1', example: '1' }),
      }),
    },
    responses: {
      200: { description: 'One page of sources', content: { 'application/json': { schema: sourcesResponse } } },
      400: { description: 'Invalid query parameter', content: { 'application/json': { schema: apiError } } },
    },
  });
}
