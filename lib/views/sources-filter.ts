import type { DataNoteInfo, SourceInfo } from '@/lib/queries/types.ts';
import type { SourceFigures } from '@/lib/queries/source-figures.ts';
import type { SourceSection, SourcesQuery } from '@/lib/schemas/sources-query.ts';

/** One source as the Sources page lists it; `text` is what a search reads (lower case, both languages). */
export type SourceEntry = { source: SourceInfo; figures: SourceFigures; notes: DataNoteInfo[]; sections: SourceSection[]; publisherKey: string; text: string };

type Filterable = Pick<SourceEntry, 'sections' | 'publisherKey' | 'text'> & { source: Pick<SourceInfo, 'id' | 'kind'> };

const matches = (e: Filterable, q: Pick<SourcesQuery, 'q' | 'section' | 'kind' | 'publisher'>) => {
  if (q.section && !e.sections.includes(q.section)) return false;
  if (q.kind && e.source.kind !== q.kind) return false;
  if (q.publisher && e.publisherKey !== q.publisher) return false;
  // Every word must occur somewhere (title, publisher, report, series names, notes).
  return q.q
    .toLowerCase()
    .split(' ')
    .filter(Boolean)
    .every((word) => e.text.includes(word));
};

/**
 * Pure: the sources a query selects and the page to show. A `source` asked for shows the page that
 * holds it; when the filters leave it out, they are dropped (a deep link always lands on its
 * source) and `query` says so by coming back without them.
 */
export function filterSources<E extends Filterable>(entries: E[], query: SourcesQuery, pageSize: number) {
  let q = query;
  let matched = entries.filter((e) => matches(e, q));
  let notFound: string | undefined;
  let page = q.page;
  if (q.source) {
    let at = matched.findIndex((e) => e.source.id === q.source);
    if (at < 0 && entries.some((e) => e.source.id === q.source)) {
      q = { q: '', page: 1, source: q.source };
      matched = entries;
      at = matched.findIndex((e) => e.source.id === q.source);
    }
    if (at < 0) notFound = q.source;
    else page = Math.floor(at / pageSize) + 1;
  }
  const pageCount = Math.max(1, Math.ceil(matched.length / pageSize));
  const pageOutOfRange = page > pageCount;
  if (pageOutOfRange) page = pageCount;
  return { query: { ...q, page }, matched: matched.length, page, pageCount, pageOutOfRange, notFound, shown: matched.slice((page - 1) * pageSize, page * pageSize) };
}
