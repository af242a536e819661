import { z } from 'zod';
import { lookupCity, placeLabel } from '@/lib/registry/index.ts';
import { singleString, yearParam } from '@/lib/schemas/params.ts';
import { provinceRef } from '@/lib/schemas/villages.ts';

export const cityRef = z.string().transform((value, ctx) => {
  const found = lookupCity(value);
  if (found.kind === 'match') return found.city.adcode;
  const hint =
    found.kind === 'ambiguous'
      ? `; it names ${found.candidates.map(placeLabel).join(' and ')}: use the adcode`
      : found.suggestions.length
        ? `; did you mean ${found.suggestions.map(placeLabel).join(', ')}?`
        : '';
  ctx.addIssue({ code: 'custom', message: `unknown city "${value}"${hint}` });
  return z.NEVER;
});

const uniqueSorted = (codes: number[]) => [...new Set(codes)].sort((a, b) => a - b);

/** The places of an API filter of village-level and county data (this list, its rankings, the county counts): repeatable, deduplicated, in code order. */
export const placeFilterShape = {
  province: z.array(provinceRef).max(34, 'at most 34 provinces').default([]).transform(uniqueSorted),
  city: z.array(cityRef).max(50, 'at most 50 cities').default([]).transform(uniqueSorted),
};

const filterShape = {
  year: yearParam.optional(),
  ...placeFilterShape,
};
export const VILLAGE_LIST_ARRAY_KEYS = ['province', 'city'] as const;

/** The village-level list export: every village of the loaded lists, optionally one year and some places. */
export const villageListCsvQueryStrict = z.strictObject(filterShape);

export const VILLAGE_PAGE_MAX = 1000;

/** One page of the village-level list, in id order; `after` is the last id of the previous page. */
export const villageListQueryStrict = z.strictObject({
  ...filterShape,
  limit: singleString('a page size')
    .regex(/^\d{1,4}$/, `limit must be a whole number from 1 to ${VILLAGE_PAGE_MAX}`)
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit must be at least 1').max(VILLAGE_PAGE_MAX, `limit must be at most ${VILLAGE_PAGE_MAX}`))
    .default(100),
  after: singleString('a village id')
    .regex(/^\d{1,10}$/, 'after must be the id of a village (a whole number)')
    .transform(Number)
    .pipe(z.number().int().max(2_147_483_647, 'after is larger than any village id'))
    .default(0),
});

export type VillageListFilter = z.output<typeof villageListCsvQueryStrict>;
export type VillageListQuery = z.output<typeof villageListQueryStrict>;
