import type { z } from 'zod';
import { findCityByAdcode, findProvinceByAdcode } from '@/lib/registry/index.ts';
import { searchParamsToObject, type SearchParamsInput } from '@/lib/schemas/params.ts';
import type { Place } from '@/lib/queries/types.ts';

// The year / province / city filter of a view of the villages page that has parameters of its own
// (the Counties view: cyear, cprovince, ccity; the loaded-list view: lyear, lprovince, lcity), so it
// never changes the city ranking's view. One province and one city at most (selects).

export type PlaceOptions = { provinceOptions: Place[]; cityOptions: (Place & { provinceAdcode: number })[] };

/** What such a view shows of its filter: the chosen year and places, the selects' options, its API parameters and what was ignored. */
export type PlaceFilterView = PlaceOptions & {
  year: number | null;
  years: number[];
  province: number | null;
  city: number | null;
  /** The filter as the API's parameters (year, province, city). */
  apiParams: [string, string][];
  /** Parameters of the view that did not parse or did not apply, and were ignored. */
  invalid: string[];
};

const place = (p: { adcode: number; nameEn: string; nameZh: string }): Place => ({ adcode: p.adcode, nameEn: p.nameEn, nameZh: p.nameZh });

/**
 * The view's own parameters, parsed by `schema` (each field drops a value it cannot read); a dropped
 * value is named in `invalid` ("cyear: 1800") so the page can say it was ignored.
 */
export function ownParams<K extends string, Q extends Partial<Record<K, unknown>>>(searchParams: SearchParamsInput, keys: readonly K[], schema: z.ZodType<Q>): { query: Q; invalid: string[] } {
  const raw = searchParamsToObject(searchParams);
  const own = Object.fromEntries(keys.flatMap((k) => (raw[k] === undefined ? [] : [[k, raw[k]]])));
  const query = schema.parse(own);
  const invalid = keys.filter((k) => own[k] !== undefined && query[k] === undefined).map((k) => `${k}: ${String(own[k])}`);
  return { query, invalid };
}

/** The year to show: the requested one when it has data, else the latest that has; null when none has. */
export const yearOrLatest = (requested: number | undefined, years: number[]): number | null => (requested !== undefined && years.includes(requested) ? requested : (years.at(-1) ?? null));

/** The selects' options: the provinces and cities that have data (the cities of `withinProvince` only, when given). */
export function placeOptions(places: { provinces: number[]; cities: number[] }, withinProvince: number | null = null): PlaceOptions {
  return {
    provinceOptions: places.provinces.flatMap((a) => {
      const p = findProvinceByAdcode(a);
      return p ? [place(p)] : [];
    }),
    cityOptions: places.cities.flatMap((a) => {
      const c = findCityByAdcode(a);
      return c && (withinProvince === null || c.provinceAdcode === withinProvince) ? [{ ...place(c), provinceAdcode: c.provinceAdcode }] : [];
    }),
  };
}

/** The filter as the API's parameters (year, province, city), for the view's JSON and CSV links. */
export function filterApiParams(year: number | null, province: number | null, city: number | null): [string, string][] {
  return [
    ...(year === null ? [] : [['year', String(year)] as [string, string]]),
    ...(province === null ? [] : [['province', String(province)] as [string, string]]),
    ...(city === null ? [] : [['city', String(city)] as [string, string]]),
  ];
}
