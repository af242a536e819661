import 'server-only';
import { getAllNotes, getSources } from '@/lib/queries/villages.ts';
import { getDivisionRegistryStatus } from '@/lib/queries/division-registry.ts';
import { getEditorialNotes, getSourceFigures, type SourceFigures } from '@/lib/queries/source-figures.ts';
import type { DataNoteInfo, SourceInfo } from '@/lib/queries/types.ts';
import { publisherName } from '@/lib/source-label.ts';
import { readerPublisher } from '@/lib/source-text.ts';
import { SOURCES_PAGE_SIZE, type SourceSection, type SourcesQuery } from '@/lib/schemas/sources-query.ts';
import type { SourcesResponse } from '@/lib/schemas/responses/sources.ts';
import { filterSources, type SourceEntry } from '@/lib/views/sources-filter.ts';

export type { SourceEntry };
export type { DivisionRegistryStatus } from '@/lib/queries/division-registry.ts';

/** Which pages of the site a source backs figures on, from what it backs in the store. */
function sectionsOf(figures: SourceFigures): SourceSection[] {
  const out = new Set<SourceSection>();
  for (const s of figures.series) out.add(s.group === 'internet-users' ? 'users' : 'transactions');
  if (figures.villageTables.length || figures.noteDatasets.includes('taobao-villages')) out.add('villages');
  if (figures.modelCitations || figures.noteDatasets.includes('models')) out.add('models');
  if (figures.cases.length || figures.noteDatasets.includes('clusters')) out.add('clusters');
  return [...out];
}

/** The reader's names of a source (both languages), so a search finds what the page shows. */
const readerText = (s: SourceInfo) => (s.reader ? [s.reader.publisher.en, s.reader.publisher.zh, s.reader.title.en, s.reader.title.zh] : []);

/** Every source with what it backs, its notes, its sections and the text a search reads. */
async function loadEntries(): Promise<{ entries: SourceEntry[]; editorialCount: number }> {
  const [sources, figures, notes] = await Promise.all([getSources(), getSourceFigures(), getAllNotes()]);
  const notesBy = new Map<string, DataNoteInfo[]>();
  for (const n of notes) if (n.sourceId) (notesBy.get(n.sourceId) ?? notesBy.set(n.sourceId, []).get(n.sourceId)!).push(n);
  const entries = sources.map((source: SourceInfo): SourceEntry => {
    const f = figures.get(source.id) ?? { series: [], villageTables: [], cases: [], modelCitations: 0, noteDatasets: [] };
    const own = notesBy.get(source.id) ?? [];
    return {
      source,
      figures: f,
      notes: own,
      sections: sectionsOf(f),
      publisherKey: publisherName(source.publisher, 'en'),
      text: [source.title, source.publisher, ...readerText(source), source.asReportedBy ?? '', source.whereRead, source.date ?? '', ...f.series.flatMap((s) => [s.nameEn, s.nameZh]), ...own.flatMap((n) => [n.textEn, n.textZh])]
        .join('\n')
        .toLowerCase(),
    };
  });
  return { entries, editorialCount: notes.filter((n) => !n.sourceId).length };
}

export type SourcesPageView = Awaited<ReturnType<typeof getSourcesPage>>;

/** The Sources page (and GET /api/v1/sources): one page of the sources the query selects, with the filters' choices. */
export async function getSourcesPage(query: SourcesQuery) {
  const [{ entries, editorialCount }, registry] = await Promise.all([loadEntries(), getDivisionRegistryStatus()]);
  const result = filterSources(entries, query, SOURCES_PAGE_SIZE);
  // The editorial notes of the page chosen in the filter (all of them at once would double the page's size).
  const editorial = result.query.section ? await getEditorialNotes(result.query.section) : [];
  // The Chinese name is the reader's name of the group's first source where it has one.
  const publishers = [...new Map(entries.map((e) => [e.publisherKey, e.source])).entries()]
    .map(([key, source]) => ({ key, nameZh: source.reader ? readerPublisher(source, 'zh') : publisherName(source.publisher, 'zh'), count: entries.filter((e) => e.publisherKey === key).length }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { ...result, publishers, total: entries.length, editorial, editorialCount, registry };
}

/** GET /api/v1/sources: the same page as JSON (sources with what they back; notes by id). */
export async function getSourcesResponse(query: SourcesQuery): Promise<SourcesResponse> {
  const view = await getSourcesPage(query);
  return {
    data: view.shown.map((e) => ({ ...e.source, sections: e.sections, backs: e.figures, noteIds: e.notes.map((n) => n.id) })),
    meta: { query: view.query, matched: view.matched, total: view.total, page: view.page, pageCount: view.pageCount, pageSize: SOURCES_PAGE_SIZE, ...(view.notFound ? { notFound: view.notFound } : {}) },
  };
}
