import { getYongkangData } from '@/lib/queries/clusters/case-studies.ts';
import type { YongkangData } from '@/lib/queries/clusters/types.ts';
import type { SourceInfo } from '@/lib/queries/types.ts';
import { checkThreshold } from '@/lib/metrics/sem.ts';
import type { ConstructId, YongkangFile } from '@/lib/schemas/case-study-files.ts';
import { resolveNotes, toSourceRef, uniqueIds, type ClusterNote, type LocalText, type SourceRef } from './common.ts';
import { buildSemTable, TABLE_IDS, type Lang, type SemTable, type TableId } from './yongkang-tables.ts';

/*
 * The Yongkang hardware cluster case study (seed 003, Zhu & Lu, a structural equation model) as its
 * page and GET /api/v1/clusters/yongkang show it, built from the store. Every value is the paper's,
 * as printed; the derived columns are the tables' (yongkang-tables.ts).
 */

const local = (en: string, zh: string): LocalText => ({ en, zh });
const sourceOf = toSourceRef;

function yongkangSource(data: YongkangData): SourceInfo {
  if (!data.source) throw new Error('the store has no source entry for the Yongkang paper (seed 003)');
  return data.source;
}

/** The page's content: the case study, its seven tables in `lang`, and the numbers of its notes. */
export async function getYongkangPage(lang: Lang) {
  const data = await getYongkangData();
  const cs = buildYongkangCaseStudy(data, yongkangSource(data));
  const tables = Object.fromEntries(TABLE_IDS.map((id) => [id, buildSemTable(data.file, id, lang)])) as Record<TableId, SemTable>;
  const order = pageNoteOrder(data.file, lang === 'en' ? Object.values(tables) : TABLE_IDS.map((id) => buildSemTable(data.file, id, 'en')));
  return { cs, tables, noteNumbers: Object.fromEntries(order.map((id, i) => [id, i + 1])), rates: questionnaireRates(data.file) };
}


export const questionnaires = (d: YongkangFile) => ({
  distributed: d.sample.questionnairesDistributed,
  returned: d.sample.questionnairesReturned,
  valid: d.sample.questionnairesValid,
});

/** Returned ÷ distributed and valid ÷ returned (derived fractions; the paper prints no rate). */
export function questionnaireRates(d: YongkangFile) {
  const q = questionnaires(d);
  return { returnedOfDistributed: q.returned / q.distributed, validOfReturned: q.valid / q.returned, validOfDistributed: q.valid / q.distributed };
}

export type Breakdown = {
  dimension: 'education' | 'yearsInCrossBorderEcommerce' | 'unitType' | 'job';
  categories: { label: LocalText; sharePct: number; count: number | null }[];
  sumPct: number;
  source: SourceRef;
};

export type PathEdge = {
  from: ConstructId;
  to: ConstructId;
  estimate: number;
  sigPrinted: string;
  /** "***" as printed; "*" where the printed Sig is below 0.05 (0.018; this project's mark, the paper defines only ***); "" otherwise. */
  stars: '***' | '*' | '';
  significant: boolean;
};

/** The edges of the path diagram, from Table 4. */
export function pathEdges(d: YongkangFile): PathEdge[] {
  return d.table4.paths.map((p) => {
    const stars = p.sigPrinted === '***' ? '***' : p.p !== null && p.p < 0.05 ? '*' : '';
    return { from: p.from, to: p.to, estimate: p.estimate, sigPrinted: p.sigPrinted, stars, significant: stars !== '' };
  });
}

export type ProseFigure = {
  id: string;
  label: LocalText;
  value: number;
  unit: string;
  qualifier: 'about' | 'more than' | null;
  year: number | null;
  baseYear: number | null;
  yearNote: LocalText | null;
  rankNote: LocalText | null;
  scope: LocalText | null;
  source: SourceRef;
  noteIds: string[];
};

type FigureRecord = YongkangFile['proseFigures'][number];
/** The figures of one list of the page (their group in the data), in the data's order. */
const figuresIn = (d: YongkangFile, group: FigureRecord['groups'][number]) => d.proseFigures.filter((f) => f.groups.includes(group));

function proseFigure(f: FigureRecord): ProseFigure {
  return {
    id: f.id,
    label: local(f.labelEn, f.labelZh),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    year: f.year,
    baseYear: f.baseYear ?? null,
    yearNote: f.yearNoteEn && f.yearNoteZh ? local(f.yearNoteEn, f.yearNoteZh) : null,
    rankNote: f.rankNoteEn && f.rankNoteZh ? local(f.rankNoteEn, f.rankNoteZh) : null,
    scope: f.scopeEn && f.scopeZh ? local(f.scopeEn, f.scopeZh) : null,
    source: sourceOf(f.source),
    noteIds: f.noteIds,
  };
}

export type DataQualityFigure = ProseFigure & { thresholdPrinted: string | null; meetsThreshold: boolean | null; significancePrinted: string | null };

/** KMO, Bartlett and variance explained (4.2), with KMO checked against its printed threshold. */
export function dataQualityFigures(d: YongkangFile): DataQualityFigure[] {
  return figuresIn(d, 'data-quality').map((f) => {
    return {
      ...proseFigure(f),
      thresholdPrinted: f.thresholdPrinted ?? null,
      meetsThreshold: f.threshold ? checkThreshold(f.value, f.threshold) : null,
      significancePrinted: f.significancePrinted ?? null,
    };
  });
}

export type Hypothesis = { id: string; text: LocalText; outcomePrinted: 'established' | 'not established'; source: SourceRef; noteIds: string[] };
export type Construct = { id: ConstructId; name: LocalText; namePrinted: string; role: 'independent' | 'mediator' | 'dependent'; definition: LocalText; source: SourceRef };

export type YongkangCaseStudy = {
  id: 'yongkang';
  title: LocalText;
  name: LocalText;
  province: LocalText;
  paper: { title: string; authors: string[]; year: number | null; yearNote: LocalText; software: string; source: SourceRef };
  translationNote: LocalText;
  derivedNote: LocalText;
  formulas: { ave: string; cr: string };
  source: SourceInfo;
  constructs: Construct[];
  hypotheses: Hypothesis[];
  sample: {
    distributed: number;
    returned: number;
    valid: number;
    mode: LocalText;
    invalidCriteria: LocalText;
    scope: LocalText;
    preSurvey: { questionnaires: number; text: LocalText; source: SourceRef };
    scale: { text: LocalText; source: SourceRef };
    baseNote: LocalText;
    source: SourceRef;
    noteIds: string[];
    breakdowns: Breakdown[];
  };
  figures: ProseFigure[];
  nationalFigures: ProseFigure[];
  dataQuality: DataQualityFigure[];
  fitLegendPrinted: string;
  pathsNotePrinted: string;
  mediationMethod: { text: LocalText; source: SourceRef };
  tableTitles: Record<'table1' | 'table2' | 'table3' | 'table4' | 'table5', string>;
  /** The edges of the path diagram (Table 4). */
  pathEdges: PathEdge[];
  /** Every note the page can show, by id. */
  notesById: ReadonlyMap<string, ClusterNote>;
};

/** Everything the page shows besides the tables. */
export function buildYongkangCaseStudy({ file: FILE, notes }: YongkangData, source: SourceInfo): YongkangCaseStudy {
  const s = FILE.sample;
  return {
    id: 'yongkang',
    title: local(FILE.meta.titleEn, FILE.meta.titleZh),
    name: local(FILE.cluster.nameEn, FILE.cluster.nameZh),
    province: local(FILE.cluster.province, FILE.cluster.provinceZh),
    paper: {
      title: FILE.meta.paperTitle,
      authors: FILE.meta.authors,
      year: FILE.meta.paperYear,
      yearNote: local(FILE.meta.paperYearNoteEn, FILE.meta.paperYearNoteZh),
      software: FILE.meta.software,
      source: sourceOf(FILE.meta.source),
    },
    translationNote: local(FILE.meta.zhNoteEn, FILE.meta.zhNoteZh),
    derivedNote: local(FILE.recomputed.noteEn, FILE.recomputed.noteZh),
    formulas: { ave: FILE.recomputed.formulaAve, cr: FILE.recomputed.formulaCr },
    source,
    constructs: FILE.constructs.map((c) => ({
      id: c.id,
      name: local(c.nameEn, c.nameZh),
      namePrinted: c.namePrinted,
      role: c.role,
      definition: local(c.definitionEn, c.definitionZh),
      source: sourceOf(c.source),
    })),
    hypotheses: FILE.hypotheses.map((h) => ({ id: h.id, text: local(h.textEn, h.textZh), outcomePrinted: h.outcomePrinted, source: sourceOf(h.source), noteIds: h.noteIds })),
    sample: {
      distributed: s.questionnairesDistributed,
      returned: s.questionnairesReturned,
      valid: s.questionnairesValid,
      mode: local(s.mode, s.modeZh),
      invalidCriteria: local(s.invalidCriteriaEn, s.invalidCriteriaZh),
      scope: local(s.scopeEn, s.scopeZh),
      preSurvey: { questionnaires: s.preSurvey.questionnaires, text: local(s.preSurvey.textEn, s.preSurvey.textZh), source: sourceOf(s.preSurvey.source) },
      scale: { text: local(s.scale.textEn, s.scale.textZh), source: sourceOf(s.scale.source) },
      baseNote: local(s.breakdownBaseNoteEn, s.breakdownBaseNoteZh),
      source: sourceOf(s.source),
      noteIds: s.noteIds,
      breakdowns: s.breakdowns.map((b) => ({
        dimension: b.dimension,
        categories: b.categories.map((c) => ({ label: local(c.labelPrinted, c.labelZh), sharePct: c.sharePct, count: c.count })),
        sumPct: b.sumPct,
        source: sourceOf(b.source),
      })),
    },
    figures: figuresIn(FILE, 'yongkang').map(proseFigure),
    nationalFigures: figuresIn(FILE, 'national').map(proseFigure),
    dataQuality: dataQualityFigures(FILE),
    fitLegendPrinted: FILE.table3.notePrinted,
    pathsNotePrinted: FILE.table4.notePrinted,
    mediationMethod: { text: local(FILE.table5.method.textEn, FILE.table5.method.textZh), source: sourceOf(FILE.table5.method.source) },
    tableTitles: {
      table1: FILE.table1.titlePrinted,
      table2: FILE.table2.titlePrinted,
      table3: FILE.table3.titlePrinted,
      table4: FILE.table4.titlePrinted,
      table5: FILE.table5.titlePrinted,
    },
    pathEdges: pathEdges(FILE),
    notesById: notes,
  };
}

/** Every Yongkang note id, in the order the page first shows them (for numbering the markers). */
export function pageNoteOrder(FILE: YongkangFile, tables: readonly SemTable[]): string[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const figures = [...figuresIn(FILE, 'yongkang'), ...figuresIn(FILE, 'national')].flatMap((f) => f.noteIds);
  return uniqueIds([
    ...figures,
    ...byId.get('sample')!.noteIds,
    ...byId.get('items')!.noteIds,
    ...byId.get('reliability')!.noteIds,
    ...byId.get('validity')!.noteIds,
    ...byId.get('fit')!.noteIds,
    ...byId.get('paths')!.noteIds,
    ...byId.get('mediation')!.noteIds,
    ...FILE.hypotheses.flatMap((h) => h.noteIds),
    ...FILE.proseClaims.flatMap((c) => c.noteIds),
  ]);
}

/** A short summary for the clusters registry (GET /api/v1/clusters/yongkang). */
export function buildYongkangSummary(data: YongkangData, source: SourceInfo) {
  const cs = buildYongkangCaseStudy(data, source);
  const tables = TABLE_IDS.map((id) => buildSemTable(data.file, id, 'en'));
  return {
    id: cs.id,
    title: cs.title,
    name: cs.name,
    province: cs.province,
    paper: cs.paper,
    sample: { distributed: cs.sample.distributed, returned: cs.sample.returned, valid: cs.sample.valid },
    figures: cs.figures,
    hypotheses: cs.hypotheses,
    tables: TABLE_IDS.map((id) => ({ id, json: `/api/v1/clusters/yongkang/sem/${id}`, csv: `/api/v1/clusters/yongkang/sem/${id}.csv` })),
    notes: resolveNotes(data.notes, pageNoteOrder(data.file, tables)),
  };
}

/** GET /api/v1/clusters/yongkang, read from the store. */
export async function getYongkangSummary() {
  const data = await getYongkangData();
  return buildYongkangSummary(data, yongkangSource(data));
}
