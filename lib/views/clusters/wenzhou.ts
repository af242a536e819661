import { findProvince } from '@/lib/registry/index.ts';
import { getWenzhouData } from '@/lib/queries/clusters/case-studies.ts';
import type { WenzhouData } from '@/lib/queries/clusters/types.ts';
import type { RawNode } from '@/lib/schemas/case-study-files.ts';
import { localText, resolveNotes, toKeyFigure, toSourceRef, uniqueIds, type ClusterNote, type KeyFigure, type LocalText, type SourceRef } from './common.ts';

/*
 * The Wenzhou rural e-commerce cluster case study (seed 001) as its page and API show it, built from
 * the store (lib/queries/clusters): key figures, the three-level index system of Table 1 (as a tree),
 * the five development factors of Table 2, the problems the paper names, and the data notes.
 * Wording is kept as printed.
 */

// ---------------------------------------------------------------- mapped types

export type IndexNode = {
  /** Stable path id, e.g. "the-government-behavior/base-installation". */
  id: string;
  level: 1 | 2 | 3;
  /** The indicator exactly as printed in Table 1. */
  namePrinted: string;
  /** Cluster Atlas's Chinese rendering (a translation, not the paper's). */
  nameZh: string;
  /** The Chinese rendering is a guess (the printed wording is unclear). */
  zhUncertain: boolean;
  source: SourceRef;
  noteIds: string[];
  /** Why a node has no children, when the table prints none. */
  childrenNote: LocalText | null;
  /** Number of descendants per level below this node. */
  counts: { level2: number; level3: number };
  children: IndexNode[];
};

export type DevelopmentFactor = { id: string; factorPrinted: string; factorZh: string; text: LocalText; source: SourceRef; noteIds: string[] };

export type WenzhouCaseStudy = {
  id: 'wenzhou';
  title: LocalText;
  paper: { title: string; authors: string[]; year: number | null; yearNote: LocalText; source: SourceRef; /** Entry in data/sources.json (/sources#source-{id}). */ sourceId: string | null };
  /** What the *Zh fields and quotes are. */
  translationNote: LocalText;
  cluster: { name: LocalText; province: LocalText; provinceAdcode: number; source: SourceRef };
  fieldwork: { text: LocalText; source: SourceRef };
  /** The paper's figures about Wenzhou. */
  keyFigures: KeyFigure[];
  /** Figures the paper gives about other clusters (kept apart so they are never read as Wenzhou's). */
  otherFigures: KeyFigure[];
  indexSystem: {
    titlePrinted: string;
    subtitlePrinted: string;
    titleZh: string;
    columnsPrinted: string[];
    columnsZh: string[];
    connotationNote: LocalText;
    /** Counted from the tree; equal to the counts stored with the data (checked on load). */
    counts: { level1: number; level2: number; level3: number };
    source: SourceRef;
    noteIds: string[];
    tree: IndexNode[];
  };
  developmentFactors: {
    titlePrinted: string;
    titleZh: string;
    columnsPrinted: string[];
    source: SourceRef;
    framework: { text: LocalText; source: SourceRef };
    factors: DevelopmentFactor[];
  };
  problems: { id: string; text: LocalText; source: SourceRef }[];
  /** Every data note that concerns this case study, resolved. */
  notes: ClusterNote[];
  /** Related views (prefix with /{locale}). */
  links: { villages: string };
};

// ---------------------------------------------------------------- mapping

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function mapNode(raw: RawNode, level: 1 | 2 | 3, parentId: string): IndexNode {
  const id = parentId ? `${parentId}/${slug(raw.nameEn)}` : slug(raw.nameEn);
  const children = (raw.children ?? []).map((c) => mapNode(c, (level + 1) as 2 | 3, id));
  if (level === 3 && children.length) throw new Error(`Table 1 has only three levels, but "${raw.nameEn}" has children`);
  const below = (lvl: 2 | 3) => children.reduce((n, c) => n + (c.level === lvl ? 1 : 0) + (lvl === 3 ? c.counts.level3 : c.counts.level2), 0);
  return {
    id,
    level,
    namePrinted: raw.nameEn,
    nameZh: raw.nameZh,
    zhUncertain: raw.zhUncertain ?? false,
    source: toSourceRef(raw.source),
    noteIds: raw.noteIds ?? [],
    childrenNote: localText(raw.childrenNoteEn, raw.childrenNoteZh),
    counts: { level2: below(2), level3: below(3) },
    children,
  };
}

/** Every node of a tree, depth first. */
export function* walkIndexTree(nodes: readonly IndexNode[]): Generator<IndexNode> {
  for (const n of nodes) {
    yield n;
    yield* walkIndexTree(n.children);
  }
}

export function countIndexLevels(tree: readonly IndexNode[]) {
  const counts = { level1: 0, level2: 0, level3: 0 };
  for (const n of walkIndexTree(tree)) counts[`level${n.level}`]++;
  return counts;
}

/** The case study as the page and GET /api/v1/clusters/wenzhou show it (the seed checked the tree against its stated counts). */
export function buildWenzhouCaseStudy({ file: d, sourceId, notes }: WenzhouData): WenzhouCaseStudy {
  const ix = d.indexSystem;
  const tree = ix.tree.map((n) => mapNode(n, 1, ''));
  const counts = countIndexLevels(tree);
  const province = findProvince(d.cluster.province);
  if (!province) throw new Error(`wenzhou.json: unknown province "${d.cluster.province}"`);

  const figures = d.keyFigures.map((f) => toKeyFigure(f, f.aboutCluster, notes));
  const nodeNoteIds = [...walkIndexTree(tree)].flatMap((n) => n.noteIds);
  const factorNoteIds = d.developmentFactors.factors.flatMap((f) => f.noteIds);
  const allNoteIds = uniqueIds([...d.noteIds, ...figures.flatMap((f) => f.notes.map((n) => n.id)), ...ix.noteIds, ...nodeNoteIds, ...factorNoteIds]);

  return {
    id: 'wenzhou',
    title: { en: d.meta.titleEn, zh: d.meta.titleZh },
    paper: {
      title: d.meta.paperTitle,
      authors: [d.meta.author],
      year: d.meta.paperYear,
      yearNote: { en: d.meta.paperYearNoteEn, zh: d.meta.paperYearNoteZh },
      source: toSourceRef(d.meta.source),
      sourceId,
    },
    translationNote: { en: d.meta.zhNoteEn, zh: d.meta.zhNoteZh },
    cluster: {
      name: { en: d.cluster.nameEn, zh: d.cluster.nameZh },
      province: { en: d.cluster.province, zh: d.cluster.provinceZh },
      provinceAdcode: province.adcode,
      source: toSourceRef(d.cluster.source),
    },
    fieldwork: { text: { en: d.fieldwork.textEn, zh: d.fieldwork.textZh }, source: toSourceRef(d.fieldwork.source) },
    keyFigures: figures.filter((f) => f.aboutCluster === 'wenzhou'),
    otherFigures: figures.filter((f) => f.aboutCluster !== 'wenzhou'),
    indexSystem: {
      titlePrinted: ix.titlePrinted,
      subtitlePrinted: ix.subtitlePrinted,
      titleZh: ix.titleZh,
      columnsPrinted: ix.columnsPrinted,
      columnsZh: ix.columnsZh,
      connotationNote: { en: ix.indexConnotationNoteEn, zh: ix.indexConnotationNoteZh },
      counts,
      source: toSourceRef(ix.source),
      noteIds: ix.noteIds,
      tree,
    },
    developmentFactors: {
      titlePrinted: d.developmentFactors.titlePrinted,
      titleZh: d.developmentFactors.titleZh,
      columnsPrinted: d.developmentFactors.columnsPrinted,
      source: toSourceRef(d.developmentFactors.source),
      framework: { text: { en: d.developmentFactors.framework.textEn, zh: d.developmentFactors.framework.textZh }, source: toSourceRef(d.developmentFactors.framework.source) },
      factors: d.developmentFactors.factors.map((f) => ({
        id: slug(f.factorPrinted),
        factorPrinted: f.factorPrinted,
        factorZh: f.factorZh,
        text: { en: f.textEn, zh: f.textZh },
        source: toSourceRef(f.source),
        noteIds: f.noteIds,
      })),
    },
    problems: d.problems.map((p) => ({ id: p.id, text: { en: p.textEn, zh: p.textZh }, source: toSourceRef(p.source) })),
    notes: resolveNotes(notes, allNoteIds),
    links: { villages: `/villages?province=${province.adcode}` },
  };
}

/** The Wenzhou case study, read from the store. */
export async function getWenzhouCaseStudy(): Promise<WenzhouCaseStudy> {
  return buildWenzhouCaseStudy(await getWenzhouData());
}
