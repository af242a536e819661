import { z } from 'zod';
import clusterNotesData from '@/data/clusters/notes.json';
import sourcesData from '@/data/sources.json';

/*
 * Cluster case studies: shared types and helpers, and the registry of cluster ids → loaders
 * used by GET /api/v1/clusters/{id}. Each case study lives in its own module
 * (lib/clusters/<id>.ts) that validates its data/clusters/<id>.json and maps it to plain objects.
 *
 * The registry imports the modules lazily (dynamic import), so that a case-study module can import
 * the shared helpers below without an import cycle, and adding a cluster is one line
 * (`<id>: async () => (await import('./<id>.ts')).<loader>(),`).
 */

// ---------------------------------------------------------------- shared types

export type LocalText = { en: string; zh: string };

/** Where a value was read: a seed paper (file name only), the table/section, and the exact sentence. */
export type SourceRef = { file: string; where: string; quote: string | null; alsoQuotes: string[] };

/** An editorial data note from data/clusters/notes.json (or, for series, data/notes.json). */
export type ClusterNote = {
  id: string;
  kind: string;
  textEn: string;
  textZh: string;
  /** Null for an editorial note by the compilers (every cluster note is one). */
  sourceId: string | null;
  /** Where in the paper the note is about (absent for series notes). */
  source: SourceRef | null;
};

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

// ---------------------------------------------------------------- shared schemas

/** Seed files are cited by file name only, e.g. 001_495d597d84132fb6.txt. */
export const seedFileName = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name such as 001_495d597d84132fb6.txt');

export const sourceRefSchema = z.object({
  file: seedFileName,
  where: z.string().min(1),
  quote: z.string().min(1).optional(),
  alsoQuotes: z.array(z.string().min(1)).optional(),
});

export const toSourceRef = (s: z.output<typeof sourceRefSchema>): SourceRef => ({
  file: s.file,
  where: s.where,
  quote: s.quote ?? null,
  alsoQuotes: s.alsoQuotes ?? [],
});

export const qualifierSchema = z.enum(['about', 'more than']).nullable();

const clusterNoteSchema = z.object({
  id: z.string().min(1),
  dataset: z.string(),
  scope: z.record(z.string(), z.unknown()),
  kind: z.string().min(1),
  sourceId: z.string().nullable(),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  source: sourceRefSchema,
});

const NOTES = new Map<string, ClusterNote>(
  z
    .array(clusterNoteSchema)
    .parse(clusterNotesData)
    .map((n) => [n.id, { id: n.id, kind: n.kind, textEn: n.textEn, textZh: n.textZh, sourceId: n.sourceId, source: toSourceRef(n.source) }]),
);

/** Resolves note ids from data/clusters/notes.json, in the given order; an unknown id is a data error. */
export function clusterNotes(ids: readonly string[]): ClusterNote[] {
  return ids.map((id) => {
    const note = NOTES.get(id);
    if (!note) throw new Error(`data/clusters/notes.json has no note "${id}"`);
    return note;
  });
}

const sourceEntries = z.array(z.object({ id: z.string(), whereRead: z.string() })).parse(sourcesData);

/** The id of the entry in data/sources.json that cites a seed file (null if there is none, e.g. seed 002). */
export function seedSourceId(file: string): string | null {
  return sourceEntries.find((s) => s.whereRead.includes(file))?.id ?? null;
}

/** Distinct ids, first occurrence first. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];

// ---------------------------------------------------------------- shared mapping

/** Both languages of an optional text, or null unless both are there. */
export const localText = (en: string | undefined, zh: string | undefined): LocalText | null => (en && zh ? { en, zh } : null);

/** A case study's loader: validates and maps its data files on first use, then returns the same object. */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

/** A seed reference with the entry in data/sources.json that cites its file (/sources#source-{id}; null if none). */
export const seedSource = (source: z.output<typeof sourceRefSchema>) => ({ source: toSourceRef(source), sourceId: seedSourceId(source.file) });

/** The fields of every prose figure in data/clusters/*.json; a file adds its own (notes, ranks, …) with .extend(). */
export const figureSchema = z.object({
  id: z.string().min(1),
  labelEn: z.string().min(1),
  labelZh: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  qualifier: qualifierSchema,
  year: z.number().int().nullable(),
  source: sourceRefSchema,
  noteIds: z.array(z.string()),
});

/** The optional particulars a figure may have, as the data files spell them. */
type FigureExtras = Partial<Record<'noteEn' | 'noteZh' | 'yearNoteEn' | 'yearNoteZh' | 'scopeEn' | 'scopeZh' | 'rankNoteEn' | 'rankNoteZh', string>> & {
  baseYear?: number;
  rankInZhejiang?: number;
};

/** A prose figure as the pages and the API show it, with the data notes that concern it resolved. */
export function toKeyFigure(f: z.output<typeof figureSchema> & FigureExtras, aboutCluster: string): KeyFigure {
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
    notes: clusterNotes(f.noteIds),
  };
}

// ---------------------------------------------------------------- registry

type Loader = () => unknown;

const LOADERS = {
  wenzhou: async () => (await import('./wenzhou.ts')).getWenzhouCaseStudy(),
  'cross-border': async () => (await import('./cross-border.ts')).getCrossBorderCaseStudy(),
  yongkang: async () => (await import('./yongkang.ts')).getYongkangSummary(),
} satisfies Record<string, Loader>;

export type ClusterId = keyof typeof LOADERS;

/** The ids GET /api/v1/clusters/{id} serves, in registry order. */
export const CLUSTER_IDS = Object.keys(LOADERS) as ClusterId[];

export const isClusterId = (id: string): id is ClusterId => Object.hasOwn(LOADERS, id);

/** The case study of a known cluster id, or null for an unknown id. */
export async function loadClusterCaseStudy(id: string): Promise<unknown> {
  return isClusterId(id) ? await LOADERS[id]() : null;
}
