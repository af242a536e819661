import { z } from 'zod';
import data from '@/data/clusters/cross-border.json';
import yongkang from '@/data/clusters/yongkang.json';
import seriesNotesData from '@/data/notes.json';
import {
  clusterNotes,
  figureSchema,
  localText,
  once,
  seedSource,
  sourceRefSchema,
  toKeyFigure,
  toSourceRef,
  uniqueIds,
  type ClusterNote,
  type KeyFigure,
  type LocalText,
  type SourceRef,
} from './common.ts';

/*
 * The cross-border e-commerce case study: the qualitative points of seed 002 (logistics models,
 * government role, talent shortage) from data/clusters/cross-border.json, and the cross-border
 * figures of seed 003 read from data/clusters/yongkang.json (proseFigures): Yongkang's own figures
 * and the national 2020 transaction volume, with the series notes that explain that national figure.
 */

// ---------------------------------------------------------------- schemas of the data files

const point = z.object({
  id: z.string().min(1),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
  zhIsTranslation: z.boolean().optional(),
  source: sourceRefSchema,
  noteIds: z.array(z.string()),
});

const fileSchema = z.object({
  meta: z.object({
    titleEn: z.string(),
    titleZh: z.string(),
    paperTitle: z.null(),
    paperTitleNoteEn: z.string(),
    paperTitleNoteZh: z.string(),
    figuresNoteEn: z.string(),
    figuresNoteZh: z.string(),
    zhNoteEn: z.string(),
    zhNoteZh: z.string(),
    source: sourceRefSchema,
  }),
  logisticsOverview: z.array(point),
  logisticsModels: z.array(
    z.object({
      id: z.string().min(1),
      namePrinted: z.string().min(1),
      nameEn: z.string().min(1),
      nameZh: z.string().min(1),
      whatThePaperSaysEn: z.string().min(1),
      whatThePaperSaysZh: z.string().min(1),
      advantages: z.string().nullable(),
      disadvantages: z.string().nullable(),
      notStatedEn: z.string().optional(),
      notStatedZh: z.string().optional(),
      source: sourceRefSchema,
      noteIds: z.array(z.string()),
    }),
  ),
  governmentRole: z.array(point),
  talentShortage: z.array(point),
  otherPoints: z.array(point),
  noteIds: z.array(z.string()),
});

const proseFigureSchema = figureSchema.extend({
  yearNoteEn: z.string().optional(),
  yearNoteZh: z.string().optional(),
  baseYear: z.number().int().optional(),
  rankInZhejiang: z.number().int().optional(),
  rankNoteEn: z.string().optional(),
  rankNoteZh: z.string().optional(),
  scopeEn: z.string().optional(),
  scopeZh: z.string().optional(),
});

const yongkangSchema = z.object({
  meta: z.object({ paperTitle: z.string(), authors: z.array(z.string()), source: sourceRefSchema }),
  cluster: z.object({ id: z.literal('yongkang'), nameEn: z.string(), nameZh: z.string(), source: sourceRefSchema }),
  proseFigures: z.array(proseFigureSchema),
});

const seriesNoteSchema = z.object({ id: z.string(), kind: z.string(), sourceId: z.string().nullable(), textEn: z.string(), textZh: z.string() });

/** Seed 003's figures about Yongkang's cross-border e-commerce, in the order the page shows them. */
export const YONGKANG_FIGURE_IDS = ['cb-firms', 'cb-firms-growth-vs-2016', 'trad-foreign-trade-share', 'cb-online-retail-exports-2019'] as const;
/** Seed 003's national cross-border scale figures (2020). */
export const NATIONAL_FIGURE_IDS = ['china-cb-ecommerce-2020', 'china-cb-ecommerce-2020-growth'] as const;
/** Series notes (data/notes.json) that explain the national figure and the two definitions. */
export const SCALE_NOTE_IDS = ['ser-seed003-cross-border-2020', 'ser-cb-three-definitions'] as const;
/** The two series the transaction-scale section shows side by side, never spliced. */
export const SCALE_SERIES_IDS = ['100ec-cross-border-transaction-scale', 'gacc-cross-border-ecommerce-trade'] as const;

// ---------------------------------------------------------------- mapped types

export type Point = { id: string; text: LocalText; source: SourceRef; noteIds: string[] };

export type LogisticsModel = {
  id: string;
  /** The model's name as printed in seed 002. */
  namePrinted: string;
  name: LocalText;
  whatThePaperSays: LocalText;
  /** Null: the paper does not state any. */
  advantages: string | null;
  disadvantages: string | null;
  notStated: LocalText | null;
  source: SourceRef;
  noteIds: string[];
};

export type CrossBorderCaseStudy = {
  id: 'cross-border';
  title: LocalText;
  paper: { title: null; titleNote: LocalText; figuresNote: LocalText; source: SourceRef; sourceId: string | null };
  translationNote: LocalText;
  logisticsOverview: Point[];
  logisticsModels: LogisticsModel[];
  governmentRole: Point[];
  talentShortage: Point[];
  otherPoints: Point[];
  /** Seed 003's national figures, with the series notes about them. */
  scale: { figures: KeyFigure[]; seriesIds: string[]; notes: ClusterNote[] };
  /** Seed 003's Yongkang figures (read from data/clusters/yongkang.json proseFigures). */
  yongkang: { name: LocalText; paperTitle: string; authors: string[]; source: SourceRef; sourceId: string | null; figures: KeyFigure[] };
  notes: ClusterNote[];
  /** Related views (prefix with /{locale}). */
  links: { transactions: string; yongkang: string };
};

// ---------------------------------------------------------------- mapping

const mapPoint = (p: z.output<typeof point>): Point => ({ id: p.id, text: { en: p.textEn, zh: p.textZh }, source: toSourceRef(p.source), noteIds: p.noteIds });

function pick<T extends { id: string }>(items: T[], ids: readonly string[], what: string): T[] {
  return ids.map((id) => {
    const item = items.find((i) => i.id === id);
    if (!item) throw new Error(`${what} has no "${id}"`);
    return item;
  });
}

export const transactionsPath = () => `/transactions?${SCALE_SERIES_IDS.map((id) => `series=${encodeURIComponent(id)}`).join('&')}`;

/** The validated, mapped case study (computed once). Throws if a data file is inconsistent. */
export const getCrossBorderCaseStudy = once((): CrossBorderCaseStudy => {
  const d = fileSchema.parse(data);
  const yk = yongkangSchema.parse(yongkang);
  const seriesNotes = z.array(seriesNoteSchema).parse(seriesNotesData);

  const yongkangFigures = pick(yk.proseFigures, YONGKANG_FIGURE_IDS, 'yongkang.json proseFigures').map((f) => toKeyFigure(f, 'yongkang'));
  const nationalFigures = pick(yk.proseFigures, NATIONAL_FIGURE_IDS, 'yongkang.json proseFigures').map((f) => toKeyFigure(f, 'china'));
  const scaleNotes: ClusterNote[] = pick(seriesNotes, SCALE_NOTE_IDS, 'data/notes.json').map((n) => ({
    id: n.id,
    kind: n.kind,
    textEn: n.textEn,
    textZh: n.textZh,
    sourceId: n.sourceId,
    source: null,
  }));

  const points = [d.logisticsOverview, d.governmentRole, d.talentShortage, d.otherPoints].flat();
  const noteIds = uniqueIds([
    ...d.noteIds,
    ...points.flatMap((p) => p.noteIds),
    ...d.logisticsModels.flatMap((m) => m.noteIds),
    ...yongkangFigures.flatMap((f) => f.notes.map((n) => n.id)),
    ...nationalFigures.flatMap((f) => f.notes.map((n) => n.id)),
  ]);

  return {
    id: 'cross-border',
    title: { en: d.meta.titleEn, zh: d.meta.titleZh },
    paper: {
      title: null,
      titleNote: { en: d.meta.paperTitleNoteEn, zh: d.meta.paperTitleNoteZh },
      figuresNote: { en: d.meta.figuresNoteEn, zh: d.meta.figuresNoteZh },
      ...seedSource(d.meta.source),
    },
    translationNote: { en: d.meta.zhNoteEn, zh: d.meta.zhNoteZh },
    logisticsOverview: d.logisticsOverview.map(mapPoint),
    logisticsModels: d.logisticsModels.map((m) => ({
      id: m.id,
      namePrinted: m.namePrinted,
      name: { en: m.nameEn, zh: m.nameZh },
      whatThePaperSays: { en: m.whatThePaperSaysEn, zh: m.whatThePaperSaysZh },
      advantages: m.advantages,
      disadvantages: m.disadvantages,
      notStated: localText(m.notStatedEn, m.notStatedZh),
      source: toSourceRef(m.source),
      noteIds: m.noteIds,
    })),
    governmentRole: d.governmentRole.map(mapPoint),
    talentShortage: d.talentShortage.map(mapPoint),
    otherPoints: d.otherPoints.map(mapPoint),
    scale: { figures: nationalFigures, seriesIds: [...SCALE_SERIES_IDS], notes: scaleNotes },
    yongkang: {
      name: { en: yk.cluster.nameEn, zh: yk.cluster.nameZh },
      paperTitle: yk.meta.paperTitle,
      authors: yk.meta.authors,
      ...seedSource(yk.cluster.source),
      figures: yongkangFigures,
    },
    notes: clusterNotes(noteIds),
    links: { transactions: transactionsPath(), yongkang: '/clusters/yongkang' },
  };
});
