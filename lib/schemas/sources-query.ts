import { z } from 'zod';
import { singleString } from '@/lib/schemas/params.ts';

// URL state of the Sources page and GET /api/v1/sources: one schema for both (client-safe).

/** The sections a source can back figures in (the site's pages). */
export const SOURCE_SECTIONS = ['users', 'transactions', 'villages', 'models', 'clusters'] as const;
export type SourceSection = (typeof SOURCE_SECTIONS)[number];
export const SOURCE_KINDS = ['official', 'industry', 'paper', 'press'] as const;
export type SourceKindParam = (typeof SOURCE_KINDS)[number];

/** Sources per page: twenty cards stay within a few screens and the page under 40 KB gzip. */
export const SOURCES_PAGE_SIZE = 20;

/** An empty field (what a GET form sends for "all") is the same as no parameter. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const sourceId = singleString('a source id').pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,120}$/i, 'expected a source id such as cnnic-55th (letters, digits, . _ -)'));

export const sourcesQuery = z.strictObject({
  /** Words to find in a source's title, publisher, report or notes; case-insensitive. */
  q: singleString('search text')
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(80, 'search text: at most 80 characters'))
    .default(''),
  section: optional(singleString('a section').pipe(z.enum(SOURCE_SECTIONS, { error: `section must be one of: ${SOURCE_SECTIONS.join(', ')}` }))),
  kind: optional(singleString('a kind').pipe(z.enum(SOURCE_KINDS, { error: `kind must be one of: ${SOURCE_KINDS.join(', ')}` }))),
  /** A publisher as the filter lists it (its name without glosses, e.g. "CNNIC"). */
  publisher: optional(singleString('a publisher').pipe(z.string().max(120, 'publisher: at most 120 characters'))),
  /** One source: the page of results that holds it (deep links from the source markers). */
  source: optional(sourceId),
  page: singleString('a page number')
    .regex(/^\d{1,4}$/, 'page must be a whole number from 1')
    .transform(Number)
    .pipe(z.number().int().min(1, 'page must be 1 or more'))
    .default(1),
});
export type SourcesQuery = z.output<typeof sourcesQuery>;

/** The default view: no search, no filter, first page. */
export const DEFAULT_SOURCES_QUERY: SourcesQuery = { q: '', page: 1 };

/** Parameters that differ from the default view, in a stable order (links, pager, form). */
export function sourcesParams(query: Partial<SourcesQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.section) params.set('section', query.section);
  if (query.kind) params.set('kind', query.kind);
  if (query.publisher) params.set('publisher', query.publisher);
  if (query.source) params.set('source', query.source);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  return params;
}
