import { z } from 'zod';
import { yearParam } from '@/lib/schemas/params.ts';
import { cityRef, placeFilterShape } from '@/lib/schemas/village-list.ts';
import { provinceRef } from '@/lib/schemas/villages.ts';

const countyFilterShape = {
  /** A year with published county counts; absent = every year. */
  year: yearParam.optional(),
  ...placeFilterShape,
};
export const COUNTY_ARRAY_KEYS = ['province', 'city'] as const;

/** GET /api/v1/taobao-villages/counties (+ .csv): published county counts, by year and place. */
export const countyQueryStrict = z.strictObject(countyFilterShape);
export type CountyQuery = z.output<typeof countyQueryStrict>;

/**
 * The Counties view of the villages page: its own parameters (`cyear`, `cprovince`, `ccity`), so
 * it never changes the city ranking's year or provinces. One province and one city at most (selects).
 * A value that does not parse is dropped (the page still renders) and reported.
 */
export const COUNTY_PAGE_PARAMS = ['cyear', 'cprovince', 'ccity'] as const;
export const countyPageQuery = z.object({
  cyear: yearParam.optional().catch(undefined),
  cprovince: provinceRef.optional().catch(undefined),
  ccity: cityRef.optional().catch(undefined),
});
export type CountyPageQuery = z.output<typeof countyPageQuery>;
