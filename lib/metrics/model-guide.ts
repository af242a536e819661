/*
 * "Which model fits this cluster": a pure restatement of seed 000's qualitative argument as an
 * ordering. No data is imported here, so the function can be tested with any inputs.
 *
 * Rule (our formalisation of the paper's wording, stated on the page):
 *  1. A dimension the user states (capital, informatisation, management) is "met" when the cluster's
 *     level is at least the model's stated minimum, "unmet" when below it, and "paper-silent" when
 *     the minimum is null. Information security is not among the inputs: it is reported as
 *     "not-asked" and never decides anything.
 *  2. A model is "within-reach" when no stated dimension is unmet and at least one is met;
 *     "out-of-reach" when at least one is unmet; "paper-silent" when the paper gives a minimum on
 *     none of the stated dimensions (B2B).
 *  3. Order: within-reach models first, then out-of-reach, then paper-silent. Inside a group, models
 *     follow the paper's own ranking of what they require (B2C above O2O above C2C), derived from
 *     the stated minimums by `paperDemandOrder`: most demanding first.
 */

export type Level = 1 | 2 | 3;
export const LEVELS = [1, 2, 3] as const;
export const GUIDE_DIMENSIONS = ['capital', 'informatisation', 'management', 'informationSecurity'] as const;
export type GuideDimension = (typeof GUIDE_DIMENSIONS)[number];
/** The three levels the user states, in form order. */
export const ASKED_DIMENSIONS = ['capital', 'informatisation', 'management'] as const;
export type AskedDimension = (typeof ASKED_DIMENSIONS)[number];
export type ClusterLevels = Record<AskedDimension, Level>;
/** URL parameter of the page and the API → the dimension it states. */
export const GUIDE_PARAMS = { capital: 'capital', info: 'informatisation', mgmt: 'management' } as const satisfies Record<string, AskedDimension>;
export type GuideParam = keyof typeof GUIDE_PARAMS;
export const GUIDE_PARAM_NAMES = ['capital', 'info', 'mgmt'] as const satisfies readonly GuideParam[];

export type Evidence = { quote: string | null; alsoQuotes: string[]; noteEn: string; noteZh: string };

export type GuideModel = {
  model: string;
  minimum: Record<GuideDimension, Level | null>;
  support: Record<GuideDimension, string | null>;
  sentencesFollowed: string[];
  evidence: Record<GuideDimension, Evidence>;
};

export type CheckOutcome = 'met' | 'unmet' | 'paper-silent' | 'not-asked';
export type GuideCheck = {
  dimension: GuideDimension;
  required: Level | null;
  support: string | null;
  cluster: Level | null;
  outcome: CheckOutcome;
} & Evidence;

export type GuideStatus = 'within-reach' | 'out-of-reach' | 'paper-silent';
export type GuideEntry = {
  position: number;
  model: string;
  status: GuideStatus;
  /** 1 = most demanding in the paper's ranking; null when the paper gives the model no minimum. */
  paperRank: number | null;
  checks: GuideCheck[];
  /** The sentences of seed 000 this model's rule follows (model-guide.json), in order. */
  sentences: string[];
};

const STATUS_ORDER: Record<GuideStatus, number> = { 'within-reach': 0, 'out-of-reach': 1, 'paper-silent': 2 };

const isAsked = (d: GuideDimension): d is AskedDimension => (ASKED_DIMENSIONS as readonly string[]).includes(d);

/** A is above B when, on every dimension both state, A's minimum is at least B's and at least once higher. */
function dominates(a: GuideModel, b: GuideModel): boolean {
  let higher = false;
  let shared = 0;
  for (const d of GUIDE_DIMENSIONS) {
    const x = a.minimum[d];
    const y = b.minimum[d];
    if (x === null || y === null) continue;
    shared += 1;
    if (x < y) return false;
    if (x > y) higher = true;
  }
  return shared > 0 && higher;
}

/**
 * The paper's ranking of the models by what they require, most demanding first, read off the
 * stated minimums: a model ranks above every model it dominates. Models with no stated minimum
 * are left out. Ties keep the input order.
 */
export function paperDemandOrder(models: readonly GuideModel[]): string[] {
  const ranked = models.filter((m) => GUIDE_DIMENSIONS.some((d) => m.minimum[d] !== null));
  const score = new Map(ranked.map((m) => [m.model, ranked.filter((o) => o !== m && dominates(m, o)).length]));
  return ranked
    .map((m, i) => ({ m, i }))
    .sort((a, b) => score.get(b.m.model)! - score.get(a.m.model)! || a.i - b.i)
    .map(({ m }) => m.model);
}

export function checkModel(cluster: ClusterLevels, model: GuideModel): { status: GuideStatus; checks: GuideCheck[] } {
  const checks: GuideCheck[] = GUIDE_DIMENSIONS.map((dimension) => {
    const required = model.minimum[dimension];
    const clusterLevel = isAsked(dimension) ? cluster[dimension] : null;
    const outcome: CheckOutcome = !isAsked(dimension) ? 'not-asked' : required === null ? 'paper-silent' : clusterLevel! >= required ? 'met' : 'unmet';
    return { dimension, required, support: model.support[dimension], cluster: clusterLevel, outcome, ...model.evidence[dimension] };
  });
  const asked = checks.filter((c) => isAsked(c.dimension));
  const status: GuideStatus = asked.some((c) => c.outcome === 'unmet') ? 'out-of-reach' : asked.some((c) => c.outcome === 'met') ? 'within-reach' : 'paper-silent';
  return { status, checks };
}

/** Orders the models for a cluster's stated levels; see the rule at the top of this file. */
export function rankModels(cluster: ClusterLevels, models: readonly GuideModel[]): GuideEntry[] {
  const order = paperDemandOrder(models);
  const rankOf = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? null : i + 1;
  };
  return models
    .map((m, inputIndex) => ({ m, inputIndex, ...checkModel(cluster, m), paperRank: rankOf(m.model) }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (a.paperRank ?? Number.POSITIVE_INFINITY) - (b.paperRank ?? Number.POSITIVE_INFINITY) ||
        a.inputIndex - b.inputIndex,
    )
    .map((e, i) => ({ position: i + 1, model: e.m.model, status: e.status, paperRank: e.paperRank, checks: e.checks, sentences: [...e.m.sentencesFollowed] }));
}
