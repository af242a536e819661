import { lookupCity, lookupProvince, placeLabel, type CityEntry, type ProvinceEntry, findProvinceByAdcode } from '@/lib/registry/index.ts';

export { placeLabel };

export type PlaceResult<T> = { ok: true; place: T } | { ok: false; expected: string; suggestions: string[] };

// A file repeats the same few hundred names; remember the answers (bounded).
const cityCache = new Map<string, PlaceResult<CityEntry>>();
const provinceCache = new Map<string, PlaceResult<ProvinceEntry>>();
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit;
  const value = make();
  if (cache.size > 20_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** A province by adcode, English or Chinese name; an unknown name is an error with near misses, never a new province. */
export function resolveProvince(value: string): PlaceResult<ProvinceEntry> {
  return remember(provinceCache, value, () => {
    const r = lookupProvince(value);
    if (r.kind === 'match') return { ok: true, place: r.province };
    return {
      ok: false,
      expected: 'a province of the registry: adcode (330000), English (Zhejiang) or Chinese (浙江, 浙江省) name',
      suggestions: r.suggestions.map(placeLabel),
    };
  });
}

/**
 * A prefecture-level city by adcode, English or Chinese name, inside `provinceAdcode` when given.
 * An unmatched or ambiguous name is an error (with suggestions such as "jiayang" → Jieyang 揭阳 (445200)), never a new city.
 */
export function resolveCity(value: string, provinceAdcode?: number): PlaceResult<CityEntry> {
  return remember(cityCache, `${provinceAdcode ?? ''}|${value}`, () => {
    const r = lookupCity(value, provinceAdcode);
    if (r.kind === 'match') return { ok: true, place: r.city };
    const province = provinceAdcode === undefined ? undefined : findProvinceByAdcode(provinceAdcode);
    if (r.kind === 'ambiguous') {
      return { ok: false, expected: 'one city: the name fits several, give the province or the city adcode', suggestions: r.candidates.map(placeLabel) };
    }
    const elsewhere = province ? lookupCity(value) : null;
    if (province && elsewhere && elsewhere.kind !== 'none') {
      const others = elsewhere.kind === 'match' ? [elsewhere.city] : elsewhere.candidates;
      return { ok: false, expected: `a city in ${placeLabel(province)}; "${value.trim()}" names a city of another province`, suggestions: [...new Set([...others, ...r.suggestions].map(placeLabel))].slice(0, 4) };
    }
    return {
      ok: false,
      expected: `a prefecture-level city of the registry${province ? ` in ${placeLabel(province)}` : ''} (adcode, English or Chinese name); a county-level city goes in the county column`,
      suggestions: r.suggestions.map(placeLabel),
    };
  });
}
