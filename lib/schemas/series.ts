import { z } from 'zod';
import { NOT_COMPUTED_REASONS, POINT_FLAGS } from '@/lib/metrics/derived.ts';
import { yearParam } from '@/lib/schemas/params.ts';
import { SERIES_GROUPS, SERIES_MODES, SERIES_PERIODS } from '@/lib/schemas/series-url.ts';
import { SERIES_TABS, tabParam } from '@/lib/schemas/view-tabs.ts';

const seriesId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'expected a series id such as cnnic-internet-users (see /api/v1/series)');
const flag = z.enum(['1', '0', 'true', 'false'], { error: 'expected 1 or 0' }).transform((v) => v === '1' || v === 'true');

function rangeOrder<T extends { from: number | null; to: number | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.from !== null && value.to !== null && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${value.to}) is before from (${value.from})` });
  }
}

export const seriesCatalogueQuery = z.strictObject({
  group: z.enum(SERIES_GROUPS, { error: `group must be one of: ${SERIES_GROUPS.join(', ')}` }).optional(),
});

/** GET /api/v1/series/{id}: one series, a year range, one period kind. */
export const seriesValuesQuery = z
  .strictObject({
    from: yearParam.nullable().default(null),
    to: yearParam.nullable().default(null),
    period: z.enum(SERIES_PERIODS, { error: 'period must be year-end or mid-year' }).default('year-end'),
  })
  .superRefine(rangeOrder);
export type SeriesValuesQuery = z.output<typeof seriesValuesQuery>;

export const SERIES_ARRAY_KEYS = ['series'] as const;

/** URL state of a time-series page (shared by the page and its CSV export). */
export const seriesViewQuery = z
  .object({
    series: z.array(seriesId).max(12, 'at most 12 series').default([]),
    from: yearParam.nullable().default(null),
    to: yearParam.nullable().default(null),
    mode: z.enum(SERIES_MODES, { error: `mode must be one of: ${SERIES_MODES.join(', ')}` }).default('absolute'),
    base: yearParam.nullable().default(null),
    log: flag.default(false),
    midyear: flag.default(false),
    // Which tab the page shows; the CSV takes it and ignores it (an export is the view's rows whatever the tab).
    tab: tabParam(SERIES_TABS),
  })
  .superRefine(rangeOrder);
export type SeriesViewQuery = z.output<typeof seriesViewQuery>;

// Response shapes (the one description of them: lib/api/openapi.ts registers these).

export const seriesQualifier = z
  .enum(['exact', 'approx', 'lower_bound', 'upper_bound'])
  .describe('How the figure was printed or what it inherits: exact; approx ("~N"); lower_bound (">N": the true value is above); upper_bound ("<N": below)');
export const pointFlag = z
  .enum(POINT_FLAGS)
  .nullable()
  .describe('stated (printed by the source), computed (from stated values), bound (involves a ">"/"<" value), estimate (involves a "~" value), substitute (stands in for a missing reading); null for a gap');

/** One stored reading of GET /api/v1/series/{id}. */
export const seriesValueRow = z.object({
  period: z.string().describe('"2018" for a year value, "2019-06" for a mid-year or substitute reading'),
  periodKind: z.enum(['year', 'mid_year', 'substitute']),
  year: z.number().int(),
  month: z.number().int().nullable(),
  value: z.number().nullable().describe('In the base unit (persons, yuan, percent); null is a gap the source leaves'),
  unit: z.enum(['persons', 'yuan', 'percent']),
  qualifier: seriesQualifier,
  flag: pointFlag,
  breakBefore: z.boolean().describe('The definition changed between the previous reading and this one'),
  sourceId: z.string(),
  noteIds: z.array(z.string()),
});

/** The columns of /api/v1/views/{section}.csv, described for the OpenAPI document. */
export const SERIES_VIEW_CSV_DESCRIPTION = [
  'Columns: series_id, series_en, series_zh, unit, period, period_kind, mode, value, qualifier, flag, reason, across_break, source_id.',
  'unit: the series\' unit in mode=absolute; in mode=yoy "percent-change" (relative change, %) for counts and amounts and "pp" (percentage points) for percentage series, which have no relative change; "index" in mode=index.',
  'qualifier: empty (exact), approx, lower-bound, upper-bound — a change computed from a ">" value is a bound in the direction it implies (growth from ">10" to 12 is upper-bound 20).',
  `flag: ${POINT_FLAGS.join(', ')}; empty for a gap.`,
  `reason (why value is empty when it is not a plain gap): ${NOT_COMPUTED_REASONS.filter((r) => r !== 'gap').join(', ')}.`,
].join(' ');
