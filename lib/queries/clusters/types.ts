import type { SourceInfo } from '@/lib/queries/types.ts';
import type { CrossBorderFile, WenzhouFile, YongkangFile } from '@/lib/schemas/case-study-files.ts';

export type LocalText = { en: string; zh: string };

/** Where a value was read: a paper (its source id), the table/section, and the exact sentence. */
export type SourceRef = { sourceId: string; where: string; quote: string | null; alsoQuotes: string[] };

/** A data note (data_note) that concerns a case study. */
export type ClusterNote = {
  id: string;
  kind: string;
  textEn: string;
  textZh: string;
  /** Null for an editorial note by the compilers (every cluster note is one). */
  sourceId: string | null;
  /** Where in the paper the note is about (null for the series notes of data/notes.json). */
  source: SourceRef | null;
};

/**
 * A case study as the store holds it, in the shape of its data file (lib/schemas/case-study-files.ts),
 * with the source entry citing its paper and every note it can show, by id.
 */
export type CaseStudyData<F> = { file: F; sourceId: string | null; source: SourceInfo | null; notes: ReadonlyMap<string, ClusterNote> };

export type YongkangData = CaseStudyData<YongkangFile>;
export type WenzhouData = CaseStudyData<WenzhouFile>;
export type CrossBorderData = CaseStudyData<CrossBorderFile> & {
  /** Seed 003's figures and paper, which the cross-border page shows too. */
  yongkang: Pick<YongkangFile, 'meta' | 'cluster' | 'proseFigures'>;
  yongkangSourceId: string | null;
};
