import { z } from 'zod';
import { yearParam } from '@/lib/schemas/params.ts';
import { SERIES_GROUPS, SERIES_MODES, SERIES_PERIODS } from '@/lib/schemas/series-url.ts';

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
  })
  .superRefine(rangeOrder);
export type SeriesViewQuery = z.output<typeof seriesViewQuery>;
