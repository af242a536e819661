import { z } from 'zod';
import { singleString, yearParam } from '@/lib/schemas/params.ts';
import { cityRef, placeFilterShape } from '@/lib/schemas/village-list.ts';
import { provinceRef } from '@/lib/schemas/villages.ts';

// Rankings counted from a loaded village-level list (by county, by town) and the Taobao towns
// derived from it: GET /api/v1/taobao-villages/list-counties and /list-towns (+ .csv).

/** AliResearch's rule: a town (乡镇/街道) with at least three Taobao villages is a Taobao town. */
export const TAOBAO_TOWN_MIN_VILLAGES = 3;

const listFilterShape = {
  /** A year with a loaded village-level list; absent = the latest (rankings of different lists never mix). */
  year: yearParam.optional(),
  ...placeFilterShape,
};
export const LIST_RANKING_ARRAY_KEYS = ['province', 'city'] as const;

export const listCountiesQueryStrict = z.strictObject(listFilterShape);
export type ListCountiesQuery = z.output<typeof listCountiesQueryStrict>;

export const listTownsQueryStrict = z.strictObject({
  ...listFilterShape,
  /** true: only the derived Taobao towns (≥ 3 villages of the list). */
  taobao: singleString('true or false')
    .pipe(z.enum(['true', 'false'], { error: 'taobao must be true or false' }))
    .transform((v) => v === 'true')
    .default(false),
});
export type ListTownsQuery = z.output<typeof listTownsQueryStrict>;

/**
 * The loaded-list view of the villages page: its own parameters (`lyear`, `lprovince`, `lcity`), so
 * it never changes the city ranking's year or provinces. A value that does not parse is dropped (the
 * page still renders) and reported.
 */
export const LIST_PAGE_PARAMS = ['lyear', 'lprovince', 'lcity'] as const;
export const listPageQuery = z.object({
  lyear: yearParam.optional().catch(undefined),
  lprovince: provinceRef.optional().catch(undefined),
  lcity: cityRef.optional().catch(undefined),
});
