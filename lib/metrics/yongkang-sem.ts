import {
  averageVarianceExtracted,
  checkThreshold,
  compositeReliability,
  fornellLarcker,
  mediationShare,
  sqrtAve,
  type Threshold,
} from '@/lib/metrics/sem.ts';
import type { ConstructId, YongkangFile } from '@/lib/schemas/case-study-files.ts';

/*
 * What can be recomputed from the Yongkang paper's printed tables, from the stored values: AVE and
 * CR from Table 1's loadings, √AVE and the Fornell–Larcker check from Table 2, each fit index of
 * Table 3 against its printed thresholds, the mediation shares of Table 5. Pure; never stored,
 * always shown beside the printed value (columns marked derived).
 */

/** Rounds a derived number to the precision it is shown (and exported) with. */
export const roundTo = (x: number | null, digits: number): number | null => (x === null || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));

export type AveComparison = {
  construct: ConstructId;
  /** Table 2's AVE. */
  avePrinted: number;
  /** Σλ²/n over Table 1's printed loadings (derived, unrounded). */
  aveRecomputed: number | null;
  /** Composite reliability from the same loadings (derived; the paper prints no CR). */
  crRecomputed: number | null;
  loadingsUsed: number;
  /** Items printed with no loading (skipped), by item id. */
  skippedItems: string[];
  items: number;
};

type Table1Item = YongkangFile['table1']['items'][number];
type Table2Row = YongkangFile['table2']['rows'][number];
const loadingsOf = (items: readonly Table1Item[], c: ConstructId) => Object.fromEntries(items.filter((i) => i.construct === c).map((i) => [i.itemId, i.loading]));

/** AVE (and CR) recomputed from Table 1's loadings, beside Table 2's printed AVE. */
export function aveComparison(items: readonly Table1Item[], table2: readonly Table2Row[]): AveComparison[] {
  return table2.map((row) => {
    const loadings = loadingsOf(items, row.construct);
    const ave = averageVarianceExtracted(loadings);
    const cr = compositeReliability(loadings);
    return {
      construct: row.construct,
      avePrinted: row.ave,
      aveRecomputed: ave.value,
      crRecomputed: cr.value,
      loadingsUsed: ave.used,
      skippedItems: ave.skipped,
      items: Object.keys(loadings).length,
    };
  });
}

export type DiscriminantRow = {
  construct: ConstructId;
  ave: number;
  /** The diagonal as printed (√AVE per the prose). */
  diagonalPrinted: number;
  /** √ of the printed AVE (derived, unrounded). */
  sqrtAve: number | null;
  /** Whether √AVE rounded to three decimals is the printed diagonal. */
  diagonalMatches: boolean | null;
  maxCorrelation: number | null;
  with: string | null;
  /** Fornell–Larcker: √AVE > |largest correlation|, with the correlations as printed. */
  passes: boolean | null;
};


/** √AVE and the Fornell–Larcker check from Table 2 as printed. */
export function discriminantValidity(table2: readonly Table2Row[]): DiscriminantRow[] {
  const ave = Object.fromEntries(table2.map((r) => [r.construct, r.ave]));
  const fl = fornellLarcker({ ave, correlations: Object.fromEntries(table2.map((r) => [r.construct, r.correlations])) });
  return table2.map((row, i) => {
    const root = sqrtAve(row.ave);
    const f = fl[i]!;
    return {
      construct: row.construct,
      ave: row.ave,
      diagonalPrinted: row.diagonal,
      sqrtAve: root,
      diagonalMatches: root === null ? null : roundTo(root, 3) === row.diagonal,
      maxCorrelation: f.maxCorrelation,
      with: f.with,
      passes: f.passes,
    };
  });
}

export type FitCheck = {
  index: string;
  value: number;
  thresholdPrinted: string;
  thresholds: Threshold[];
  judgmentPrinted: 'Yes' | 'Acceptable';
  /** The value meets every printed "ideal standard" threshold. */
  meetsThreshold: boolean;
  /** The ">0.85" acceptable level, stated only in the prose (attached to GFI, see the note). */
  acceptableThreshold: Threshold | null;
  meetsAcceptable: boolean | null;
  /** Whether the recomputed check gives the printed judgment (Yes ⇔ meets; Acceptable ⇔ fails ideal, meets acceptable). */
  agreesWithJudgment: boolean;
  noteIds: string[];
};

/** Each fit index of Table 3 against its printed thresholds. */
export function fitChecks(indices: YongkangFile['table3']['indices']): FitCheck[] {
  return indices.map((ix) => {
    const meetsThreshold = ix.thresholds.every((t) => checkThreshold(ix.value, t));
    const acceptable = ix.acceptableThreshold ? { op: ix.acceptableThreshold.op, value: ix.acceptableThreshold.value } : null;
    const meetsAcceptable = acceptable ? checkThreshold(ix.value, acceptable) : null;
    const agrees = ix.judgmentPrinted === 'Yes' ? meetsThreshold : !meetsThreshold && meetsAcceptable === true;
    return {
      index: ix.name,
      value: ix.value,
      thresholdPrinted: ix.thresholdPrinted,
      thresholds: ix.thresholds,
      judgmentPrinted: ix.judgmentPrinted,
      meetsThreshold,
      acceptableThreshold: acceptable,
      meetsAcceptable,
      agreesWithJudgment: agrees,
      noteIds: ix.noteIds,
    };
  });
}

export type MediationModel = 'F1→M→Y' | 'F2→M→Y' | 'F3→M→Y';
export type MediationShareRow = {
  model: MediationModel;
  direct: number | null;
  indirect: number | null;
  /** direct + indirect (derived) and the printed total. */
  totalRecomputed: number | null;
  totalPrinted: number | null;
  /** Fractions (0.2651 = 26.51 %), derived, unrounded. */
  indirectShare: number | null;
  directShare: number | null;
  /** Table 5's printed proportions (%). */
  indirectPctPrinted: number | null;
  directPctPrinted: number | null;
  /** The prose's proportions (%), as printed, where the prose gives them. */
  indirectPctProse: number | null;
  directPctProse: number | null;
};

type ProseClaimRecord = YongkangFile['proseClaims'][number];
const proseShares = (claims: readonly ProseClaimRecord[], id: string) => {
  const claim = claims.find((c) => c.id === id);
  const v = claim?.values ?? {};
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  return { direct: num(v.directSharePct), indirect: num(v.indirectSharePct) };
};

/** Indirect / total and direct / total for each mediation model of Table 5. */
export function mediationShares(table5: Pick<YongkangFile['table5'], 'rows' | 'shareClaims'>, claims: readonly ProseClaimRecord[]): MediationShareRow[] {
  const models = [...new Set(table5.rows.map((r) => r.model))];
  return models.map((model) => {
    const row = (effect: 'indirect' | 'direct' | 'total') => table5.rows.find((r) => r.model === model && r.effect === effect)!;
    const direct = row('direct').pointEstimate;
    const indirect = row('indirect').pointEstimate;
    const share = direct === null || indirect === null ? null : mediationShare({ direct, indirect });
    const claim = table5.shareClaims[model];
    const prose = claim ? proseShares(claims, claim) : { direct: null, indirect: null };
    return {
      model,
      direct,
      indirect,
      totalRecomputed: share?.total ?? null,
      totalPrinted: row('total').pointEstimate,
      indirectShare: share?.indirectShare ?? null,
      directShare: share?.directShare ?? null,
      indirectPctPrinted: row('indirect').proportionPct,
      directPctPrinted: row('direct').proportionPct,
      indirectPctProse: prose.indirect,
      directPctProse: prose.direct,
    };
  });
}
