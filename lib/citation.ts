import type { SourceInfo } from '@/lib/queries/types.ts';
import { readerPublisher, readerReportedBy, readerTitle, type Lang } from '@/lib/source-text.ts';

/*
 * "Cite this view": the view's own citation (Cluster Atlas, the view's title, its address, the
 * access date) followed by its sources as a list, in APA (7th ed.), BibTeX and the Chinese national
 * standard GB/T 7714-2015. Sources are named by their reader fields (publisher, title, date, the
 * page read with its address where known), never by id or file. Small pure functions: no citation
 * library models a source "as reported by" a reprint, which is what most of ours are.
 */

export type CitationInput = { title: string; url: string; accessed: string; sources: SourceInfo[]; locale?: Lang };
export type Citation = { apa: string; bibtex: string; gbt: string };

const ATLAS = 'Cluster Atlas';

/** Authors as a paper names them, else the publisher as a reader names it (a group author). */
function authorsOf(s: SourceInfo, lang: Lang): string[] {
  return s.citation?.authors?.length ? s.citation.authors : [readerPublisher(s, lang)];
}
const yearOf = (s: SourceInfo): string | null => (s.citation?.year ? String(s.citation.year) : (s.date?.slice(0, 4) ?? null));

// ---- APA ----
function apaSource(s: SourceInfo, lang: Lang): string {
  const authors = authorsOf(s, lang);
  const who = authors.length > 1 ? `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}` : authors[0];
  const year = yearOf(s) ?? (lang === 'zh' ? '无日期' : 'n.d.');
  const title = readerTitle(s, lang);
  const container = s.citation?.container ? ` ${s.citation.container}.` : '';
  const reported = readerReportedBy(s, lang);
  const via = reported ? (lang === 'zh' ? ` 转引自 ${reported.site}${reported.url ? `：${reported.url}` : ''}` : ` As reported by ${reported.site}${reported.url ? `: ${reported.url}` : ''}`) : '';
  return `${who} (${year}). ${title}.${container}${via}`.trim();
}
function apa({ title, url, accessed, sources, locale = 'en' }: CitationInput): string {
  const view =
    locale === 'zh'
      ? `${ATLAS}. (${accessed.slice(0, 4)}). ${title} [数据集]. 检索于 ${accessed}，${url}`
      : `${ATLAS}. (${accessed.slice(0, 4)}). ${title} [Data set]. Retrieved ${accessed}, from ${url}`;
  return [view, ...sourcesBlock(sources.map((s) => apaSource(s, locale)), locale)].join('\n');
}

// ---- BibTeX ----
const bibEscape = (text: string) => text.replace(/([{}%&#_$])/g, '\\$1');
const bibKey = (...parts: string[]) =>
  parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
function bibEntry(type: string, key: string, fields: [string, string | null][]): string {
  const kept = fields.filter((f): f is [string, string] => f[1] !== null);
  return [`@${type}{${key},`, ...kept.map(([k, v], i) => `  ${k.padEnd(12)} = {${v}}${i < kept.length - 1 ? ',' : ''}`), '}'].join('\n');
}
function bibSource(s: SourceInfo, lang: Lang, i: number): string {
  const authors = s.citation?.authors?.length ? s.citation.authors.map(bibEscape).join(' and ') : `{${bibEscape(readerPublisher(s, lang))}}`;
  const reported = readerReportedBy(s, lang);
  const year = yearOf(s);
  const note = reported ? (lang === 'zh' ? `转引自 ${reported.site}` : `As reported by ${reported.site}`) : null;
  return bibEntry(s.kind === 'paper' && s.citation?.container ? 'article' : 'misc', `source${i + 1}_${bibKey(readerPublisher(s, 'en').split(' ').slice(0, 2).join(' '), year ?? 'nd')}`, [
    ['author', authors],
    ['title', `{${bibEscape(readerTitle(s, lang))}}`],
    ['journal', s.citation?.container && s.kind === 'paper' ? bibEscape(s.citation.container) : null],
    ['year', year],
    ['date', s.date && s.date.length > 4 ? s.date : null],
    ['howpublished', reported?.url ? `\\url{${reported.url}}` : null],
    ['note', note ? bibEscape(note) : null],
  ]);
}
function bibtex({ title, url, accessed, sources, locale = 'en' }: CitationInput): string {
  const year = accessed.slice(0, 4);
  const view = bibEntry('misc', bibKey('clusteratlas', title, year), [
    ['author', `{${ATLAS}}`],
    ['title', bibEscape(title)],
    ['year', year],
    ['howpublished', `\\url{${url}}`],
    ['note', locale === 'zh' ? `数据集，访问于 ${accessed}` : `Data set, accessed ${accessed}`],
  ]);
  return [view, ...sources.map((s, i) => bibSource(s, locale, i))].join('\n\n');
}

// ---- GB/T 7714-2015 ----
/** Document type codes of GB/T 7714-2015: journal article, report, newspaper, online bulletin. */
function gbtType(s: SourceInfo): string {
  if (s.kind === 'paper') return s.citation?.container ? 'J' : 'R';
  if (s.kind === 'press') return 'N';
  return readerReportedBy(s, 'en')?.url ? 'EB/OL' : 'R';
}
function gbtSource(s: SourceInfo, lang: Lang, i: number): string {
  const authors = authorsOf(s, lang);
  // The standard lists up to three authors, then "等" / "et al".
  const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, ${lang === 'zh' ? '等' : 'et al'}` : authors.join(', ');
  const type = gbtType(s);
  const reported = readerReportedBy(s, lang);
  const container = s.citation?.container ? ` ${s.citation.container},` : '';
  const date = s.date ?? yearOf(s);
  const dated = type === 'EB/OL' ? (date ? ` (${date})` : '') : date ? `${container} ${date}` : container.replace(/,$/, '');
  const via = reported ? (reported.url ? ` ${reported.url}` : lang === 'zh' ? ` 转引自 ${reported.site}` : ` As reported by ${reported.site}`) : '';
  return `[${i + 1}] ${who}. ${readerTitle(s, lang)}[${type}].${dated}${dated ? '.' : ''}${via}${via && !via.endsWith('.') ? '.' : ''}`.replace(/\.\./g, '.');
}
function gbt({ title, url, accessed, sources, locale = 'en' }: CitationInput): string {
  const view = `${ATLAS}. ${title}[DS/OL]. (${accessed.slice(0, 4)})[${accessed}]. ${url}.`;
  return [view, ...sourcesBlock(sources.map((s, i) => gbtSource(s, locale, i)), locale)].join('\n');
}

function sourcesBlock(lines: string[], lang: Lang): string[] {
  return lines.length ? ['', lang === 'zh' ? '数据来源：' : 'Sources:', ...lines] : [];
}

/** The view's citation and its sources, in APA, BibTeX and GB/T 7714. */
export function buildCitation(input: CitationInput): Citation {
  return { apa: apa(input), bibtex: bibtex(input), gbt: gbt(input) };
}
