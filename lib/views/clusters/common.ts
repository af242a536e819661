import type { z } from 'zod';
import { toSourceRef } from '@/lib/queries/clusters/source-ref.ts';
import type { ClusterNote, LocalText, SourceRef } from '@/lib/queries/clusters/types.ts';
import type { figureSchema } from '@/lib/schemas/case-study-files.ts';

/*
 * Cluster case studies: shared view types and helpers, and the registry of cluster ids → builders
 * used by GET /api/v1/clusters/{id}. Each case study has its own view module
 * (lib/views/clusters/<id>.ts) that maps what lib/queries/clusters reads from the store to plain objects.
 *
 * The registry imports the modules lazily (dynamic import), so that a case-study module can import
 * the shared helpers below without an import cycle.
 */

export type { ClusterNote, LocalText, SourceRef };
export { toSourceRef };

/** One prose figure of a paper, with its source and the notes that concern it. */
export type KeyFigure = {
  id: string;
  label: LocalText;
  value: number;
  unit: string;
  /** As printed: "about" (≈) or "more than" (>) or null for an exact figure. */
  qualifier: 'about' | 'more than' | null;
  year: number | null;
  /** Why the year is what it is (or why there is none). */
  yearNote: LocalText | null;
  /** For a growth figure, the year it is compared with. */
  baseYear: number | null;
  /** The cluster (or "china") the figure is about. */
  aboutCluster: string;
  /** Scope as stated when it is not the cluster itself (e.g. national). */
  scope: LocalText | null;
  /** A rank the paper gives for the figure, with its wording. */
  rank: { value: number; note: LocalText } | null;
  source: SourceRef;
  /** The figure's own short note (how it was read). */
  note: LocalText | null;
  /** The data notes that concern this figure. */
  notes: ClusterNote[];
};

/** The notes of the given ids, in that order; an id the store does not hold is a data error. */
export function resolveNotes(notes: ReadonlyMap<string, ClusterNote>, ids: readonly string[]): ClusterNote[] {
  return ids.map((id) => {
    const note = notes.get(id);
    if (!note) throw new Error(`the store has no note "${id}"`);
    return note;
  });
}

/** Distinct ids, first occurrence first. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];

// ---------------------------------------------------------------- shared mapping

/** Both languages of an optional text, or null unless both are there. */
export const localText = (en: string | undefined, zh: string | undefined): LocalText | null => (en && zh ? { en, zh } : null);

/** The optional particulars a figure may have, as the data files spell them. */
type FigureExtras = Partial<Record<'noteEn' | 'noteZh' | 'yearNoteEn' | 'yearNoteZh' | 'scopeEn' | 'scopeZh' | 'rankNoteEn' | 'rankNoteZh', string>> & {
  baseYear?: number;
  rankInZhejiang?: number;
};

/** A prose figure as the pages and the API show it, with the data notes that concern it resolved. */
export function toKeyFigure(f: z.output<typeof figureSchema> & FigureExtras, aboutCluster: string, notes: ReadonlyMap<string, ClusterNote>): KeyFigure {
  return {
    id: f.id,
    label: { en: f.labelEn, zh: f.labelZh },
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    year: f.year,
    yearNote: localText(f.yearNoteEn, f.yearNoteZh),
    baseYear: f.baseYear ?? null,
    aboutCluster,
    scope: localText(f.scopeEn, f.scopeZh),
    rank: f.rankInZhejiang !== undefined && f.rankNoteEn && f.rankNoteZh ? { value: f.rankInZhejiang, note: { en: f.rankNoteEn, zh: f.rankNoteZh } } : null,
    source: toSourceRef(f.source),
    note: localText(f.noteEn, f.noteZh),
    notes: resolveNotes(notes, f.noteIds),
  };
}

// ---------------------------------------------------------------- registry

const BUILDERS = {
  wenzhou: async () => (await import('./wenzhou.ts')).getWenzhouCaseStudy(),
  'cross-border': async () => (await import('./cross-border.ts')).getCrossBorderCaseStudy(),
  yongkang: async () => (await import('./yongkang-page.ts')).getYongkangSummary(),
} satisfies Record<string, () => Promise<unknown>>;

export type ClusterId = keyof typeof BUILDERS;

/** The ids GET /api/v1/clusters/{id} serves, in registry order. */
export const CLUSTER_IDS = Object.keys(BUILDERS) as ClusterId[];

export const isClusterId = (id: string): id is ClusterId => Object.hasOwn(BUILDERS, id);

/** The case study of a known cluster id, read from the store, or null for an unknown id. */
export async function loadClusterCaseStudy(id: string): Promise<unknown> {
  return isClusterId(id) ? await BUILDERS[id]() : null;
}
