import type { SourceInfo } from '@/lib/queries/types.ts';
import { publisherName } from '@/lib/source-label.ts';

/*
 * A source in the reader's words, from its `reader` fields (data/sources.json), for every page,
 * chart export and citation. A source without reader fields (one added by an import) falls back
 * to its written publisher and title; never to its id, whereRead or file key.
 */

export type Lang = 'en' | 'zh';
type Src = Pick<SourceInfo, 'publisher' | 'title'> & { reader?: SourceInfo['reader'] };

/** The publisher as a reader names it ("National Bureau of Statistics of China" / "国家统计局"). */
export function readerPublisher(s: Src, lang: Lang): string {
  return s.reader?.publisher[lang] ?? publisherName(s.publisher, lang);
}

/** A short name for a marker beside a figure: the paper's short name, else the publisher. */
export function readerShortName(s: Src, lang: Lang): string {
  if (!s.reader) return publisherName(s.publisher, lang);
  if (s.reader.shortName) return s.reader.shortName[lang];
  // "China Internet Network Information Center (CNNIC)": beside a figure the acronym readers know.
  const acronym = lang === 'en' ? /^[^()]+ \(([A-Z0-9]{2,})\)$/.exec(s.reader.publisher.en)?.[1] : undefined;
  return acronym ?? s.reader.publisher[lang];
}

/** The title, with "(descriptive title)" where we wrote it because the source gives none. */
export function readerTitle(s: Src, lang: Lang, { marked = true } = {}): string {
  if (!s.reader) return s.title;
  const { title } = s.reader;
  if (!marked || !title.descriptive) return title[lang];
  return lang === 'zh' ? `${title.zh}（描述性标题）` : `${title.en} (descriptive title)`;
}

/** "As reported by": the site in words and its address where known. */
export function readerReportedBy(s: Src, lang: Lang): { site: string; url: string | null } | null {
  const r = s.reader?.asReportedBy;
  return r ? { site: r.site[lang], url: r.url } : null;
}

export function readerPlace(s: Src, lang: Lang): string | null {
  return s.reader?.place?.[lang] ?? null;
}

export function readerLicence(s: Pick<SourceInfo, 'licence'> & { reader?: SourceInfo['reader'] }, lang: Lang): string {
  return s.reader?.licence[lang] ?? s.licence;
}

/** One line naming a source: "Publisher, Title (date)", as chart exports and tooltips print it. */
export function sourceLine(s: Src & Pick<SourceInfo, 'date'>, lang: Lang): string {
  const sep = lang === 'zh' ? '，' : ', ';
  const date = s.date ? (lang === 'zh' ? `（${s.date}）` : ` (${s.date})`) : '';
  const title = readerTitle(s, lang);
  // A tooltip cannot mark part of itself as English: on a Chinese page an English-only title gives way to the paper's Chinese short name.
  const short = lang === 'zh' && !/[\u3400-\u9fff]/.test(title) ? s.reader?.shortName?.zh : undefined;
  return `${readerPublisher(s, lang)}${sep}${short ?? title}${date}`;
}
