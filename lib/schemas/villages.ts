import { z } from 'zod';
import { findProvince } from '@/lib/registry/index.ts';
import { singleString, yearParam } from '@/lib/schemas/params.ts';
import { CITY_SCOPES, CITY_SORTS, DEFAULT_CITY_YEAR, SORT_DIRS } from '@/lib/schemas/villages-url.ts';
import { tabParam, VILLAGE_TABS } from '@/lib/schemas/view-tabs.ts';

export { CITY_SCOPES, CITY_SORTS, DEFAULT_CITY_YEAR, SORT_DIRS };

/** A province by adcode, English or Chinese name, as its adcode. */
export const provinceRef = z.string().transform((value, ctx) => {
  const province = findProvince(value);
  if (!province) {
    ctx.addIssue({ code: 'custom', message: `unknown province "${value}": use an adcode (330000), an English (Zhejiang) or a Chinese (浙江) name` });
    return z.NEVER;
  }
  return province.adcode;
});

export const cityQueryShape = {
  year: yearParam.default(DEFAULT_CITY_YEAR),
  province: z
    .array(provinceRef)
    .max(34, 'at most 34 provinces')
    .default([])
    .transform((codes) => [...new Set(codes)].sort((a, b) => a - b)),
  q: singleString('a search text').trim().max(40, 'search text is at most 40 characters').default(''),
  sort: z.enum(CITY_SORTS, { error: `sort must be one of: ${CITY_SORTS.join(', ')}` }).default('villages'),
  dir: z.enum(SORT_DIRS, { error: 'dir must be asc or desc' }).default('desc'),
  lang: z.enum(['en', 'zh'], { error: 'lang must be en or zh' }).default('en'),
  scope: z.enum(CITY_SCOPES, { error: 'scope must be "ranked" (the published ranked list) or "all" (every published count)' }).default('ranked'),
  // Which tab the page shows; the API and CSV take it and ignore it (their rows are the view's whatever the tab).
  tab: tabParam(VILLAGE_TABS),
};
export const CITY_ARRAY_KEYS = ['province'] as const;

/** URL state of the city ranking: shared by the page, the JSON API and the CSV export. */
export const cityQuery = z.object(cityQueryShape);
export const cityQueryStrict = z.strictObject(cityQueryShape);
export type CityQuery = z.output<typeof cityQuery>;

export const provinceQueryShape = { year: yearParam.default(DEFAULT_CITY_YEAR) };
export const provinceQueryStrict = z.strictObject(provinceQueryShape);
export type ProvinceQuery = z.output<typeof provinceQueryStrict>;

export const nationalQueryStrict = z.strictObject({});
