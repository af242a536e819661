import { getCrossBorderData } from '@/lib/queries/clusters/case-studies.ts';
import type { CrossBorderData } from '@/lib/queries/clusters/types.ts';
import type { CrossBorderFile } from '@/lib/schemas/case-study-files.ts';
import { localText, resolveNotes, toKeyFigure, toSourceRef, uniqueIds, type ClusterNote, type KeyFigure, type LocalText, type SourceRef } from './common.ts';

/*
 * The cross-border e-commerce case study as its page and API show it, built from the store: the
 * qualitative points of seed 002 (logistics models, government role, talent shortage) and the
 * cross-border figures of seed 003 (Yongkang's own figures and the national 2020 transaction
 * volume), with the series notes that explain that national figure.
 */

/** Seed 003's figures about Yongkang's cross-border e-commerce (their group in the data), in the order the page shows them. */
const YONGKANG_FIGURE_GROUP = 'cross-border';
/** Seed 003's national cross-border scale figures (2020). */
const NATIONAL_FIGURE_GROUP = 'national';
/** Series notes (data/notes.json) that explain the national figure and the two definitions. */
const SCALE_NOTE_IDS = ['ser-seed003-cross-border-2020', 'ser-cb-three-definitions'] as const;
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

const mapPoint = (p: CrossBorderFile['governmentRole'][number]): Point => ({ id: p.id, text: { en: p.textEn, zh: p.textZh }, source: toSourceRef(p.source), noteIds: p.noteIds });

export const transactionsPath = () => `/transactions?${SCALE_SERIES_IDS.map((id) => `series=${encodeURIComponent(id)}`).join('&')}`;

/** The case study as the page and GET /api/v1/clusters/cross-border show it. */
export function buildCrossBorderCaseStudy({ file: d, sourceId, notes, yongkang: yk, yongkangSourceId }: CrossBorderData): CrossBorderCaseStudy {
  const inGroup = (group: string) => yk.proseFigures.filter((f) => (f.groups as readonly string[]).includes(group));
  const yongkangFigures = inGroup(YONGKANG_FIGURE_GROUP).map((f) => toKeyFigure(f, 'yongkang', notes));
  const nationalFigures = inGroup(NATIONAL_FIGURE_GROUP).map((f) => toKeyFigure(f, 'china', notes));
  const scaleNotes: ClusterNote[] = resolveNotes(notes, SCALE_NOTE_IDS).map((n) => ({ ...n, source: null }));

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
      source: toSourceRef(d.meta.source),
      sourceId,
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
      source: toSourceRef(yk.cluster.source),
      sourceId: yongkangSourceId,
      figures: yongkangFigures,
    },
    notes: resolveNotes(notes, noteIds),
    links: { transactions: transactionsPath(), yongkang: '/clusters/yongkang' },
  };
}

/** The cross-border case study, read from the store. */
export async function getCrossBorderCaseStudy(): Promise<CrossBorderCaseStudy> {
  return buildCrossBorderCaseStudy(await getCrossBorderData(SCALE_NOTE_IDS));
}
