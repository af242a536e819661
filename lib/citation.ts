import type { SourceInfo } from '@/lib/queries/types.ts';

export type CitationInput = { title: string; url: string; accessed: string; sources: SourceInfo[] };

function sourceApa(s: SourceInfo): string {
  const authors = s.citation?.authors?.length ? s.citation.authors.join(', ') : s.publisher;
  const year = s.citation?.year ?? s.date?.slice(0, 4) ?? 'n.d.';
  const reprint = s.asReportedBy ? ` As reported by ${s.asReportedBy}.` : '';
  return `${authors} (${year}). ${s.title}.${reprint}`;
}

const bibEscape = (text: string) => text.replace(/([{}%&#_$])/g, '\\$1');

/** APA and BibTeX text for a view of the dataset, naming the sources it is compiled from. */
export function buildCitation({ title, url, accessed, sources }: CitationInput): { apa: string; bibtex: string } {
  const year = accessed.slice(0, 4);
  const compiled = sources.map(sourceApa).join(' ');
  const apa = `Cluster Atlas. (${year}). ${title} [Data set]. Retrieved ${accessed}, from ${url}${compiled ? `. Compiled from: ${compiled}` : ''}`;
  const key = `clusteratlas_${title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}_${year}`;
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{Cluster Atlas}},`,
    `  title        = {${bibEscape(title)}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note         = {Data set, accessed ${accessed}. Compiled from: ${bibEscape(sources.map((s) => `${s.publisher}, ${s.title}${s.date ? ` (${s.date})` : ''}`).join('; '))}}`,
    `}`,
  ].join('\n');
  return { apa, bibtex };
}
