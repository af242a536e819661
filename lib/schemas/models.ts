import { z } from 'zod';
import { searchParamsToObject, singleString, type SearchParamsInput } from '@/lib/schemas/params.ts';
import { GUIDE_PARAM_NAMES, type ClusterLevels, type Level } from '@/lib/metrics/model-guide.ts';

export { GUIDE_PARAM_NAMES, GUIDE_PARAMS, type GuideParam } from '@/lib/metrics/model-guide.ts';

const levelParam = singleString('1 (low), 2 (medium) or 3 (high)')
  .regex(/^[123]$/, 'expected 1 (low), 2 (medium) or 3 (high)')
  .transform((v) => Number(v) as Level);

const shape = { capital: levelParam.optional(), info: levelParam.optional(), mgmt: levelParam.optional() };

type RawGuideQuery = { capital?: Level; info?: Level; mgmt?: Level };

/** The three levels come together or not at all: a partial set cannot be ordered. */
function allOrNone(value: RawGuideQuery, ctx: z.RefinementCtx) {
  const given = GUIDE_PARAM_NAMES.filter((k) => value[k] !== undefined);
  if (given.length === 0 || given.length === GUIDE_PARAM_NAMES.length) return;
  for (const k of GUIDE_PARAM_NAMES.filter((k) => value[k] === undefined)) {
    ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} given: send capital, info and mgmt together` });
  }
}

/** Query of GET /api/v1/models and of the /models page (shared). */
export const guideQuery = z.object(shape).superRefine(allOrNone);
/** The API's version: unknown parameters are errors. */
export const guideQueryStrict = z.strictObject(shape).superRefine(allOrNone);
export type GuideQuery = z.output<typeof guideQuery>;

export function clusterLevelsOf(query: GuideQuery): ClusterLevels | null {
  if (query.capital === undefined || query.info === undefined || query.mgmt === undefined) return null;
  return { capital: query.capital, informatisation: query.info, management: query.mgmt };
}

/**
 * The page's reading of its URL, with the API's schema. Invalid values are dropped and reported
 * (a bad link still opens the page, without a guide result).
 */
export function parseGuideParams(searchParams: SearchParamsInput): { query: GuideQuery; invalid: string[] } {
  const raw = searchParamsToObject(searchParams);
  const picked: Record<string, string | string[]> = {};
  for (const k of GUIDE_PARAM_NAMES) if (raw[k] !== undefined) picked[k] = raw[k];
  const first = guideQuery.safeParse(picked);
  if (first.success) return { query: first.data, invalid: [] };
  const invalid = first.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const cleaned = z.object(shape).safeParse(
    Object.fromEntries(Object.entries(picked).filter(([k]) => !first.error.issues.some((i) => i.path[0] === k))),
  );
  const partial = cleaned.success ? cleaned.data : {};
  // A partial set after dropping bad values gives no result, but keeps the valid selections in the form.
  return { query: partial, invalid };
}

export function guideSearch(levels: ClusterLevels): string {
  return new URLSearchParams({ capital: String(levels.capital), info: String(levels.informatisation), mgmt: String(levels.management) }).toString();
}
