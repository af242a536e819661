import { z } from 'zod';

/**
 * How a reader cites a source, in both languages: what every page, chart export and citation
 * shows instead of the machine fields (id, whereRead). Written in data/sources.json,
 * stored in source.reader, served as `reader` in the API's source objects.
 */
const bilingual = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });

/** Words a reader may not meet: our file names, research-note paths and section marks. */
const internal = /(\.txt|\.json|\.csv|\.md\b|public-series|shared\/|seed \d{3}|§)/;
const readerText = bilingual.refine((t) => !internal.test(t.en) && !internal.test(t.zh), 'reader text names an internal file, path or research-note section');

export const sourceReader = z
  .strictObject({
    /** The publisher as a reader names it ("National Bureau of Statistics of China" / "国家统计局"). */
    publisher: readerText,
    /** The report's title; `descriptive` marks a title we wrote because the source gives none. */
    title: z.strictObject({ en: z.string().min(1), zh: z.string().min(1), descriptive: z.boolean() }),
    /** The page the figures were read on: its site in words and, only where known, its address. */
    asReportedBy: z.strictObject({ site: readerText, url: z.url({ protocol: /^https?$/ }).nullable() }).nullable(),
    /** Where in the source (table, figure, section), or null when only the page as a whole is known. */
    place: readerText.nullable(),
    licence: readerText,
    /** For the papers: the short name the pages use ("Zhu and Lu's Yongkang paper"). */
    shortName: readerText.optional(),
  })
  .meta({ id: 'SourceReader' });

export type SourceReader = z.infer<typeof sourceReader>;
