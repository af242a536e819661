import provinces from '@/data/registry/provinces.json';
import cities from '@/data/registry/cities.json';

export type ProvinceEntry = (typeof provinces)[number];
export type CityEntry = (typeof cities)[number];

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const STRIP_ZH = /(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;

const provinceIndex = new Map<string, ProvinceEntry>();
for (const p of provinces) {
  for (const key of [String(p.adcode), p.nameZh, p.shortZh, p.nameEn, p.nameZh.replace(STRIP_ZH, '')]) {
    provinceIndex.set(normalise(key), p);
  }
  provinceIndex.set(normalise(`${p.nameEn} province`), p);
}

/** Resolves an adcode, an English name ("Zhejiang", "zhejiang province") or a Chinese name ("浙江", "浙江省"). */
export function findProvince(query: string): ProvinceEntry | undefined {
  return provinceIndex.get(normalise(query));
}

export const allProvinces: readonly ProvinceEntry[] = provinces;
export const allCities: readonly CityEntry[] = cities;

const cityByAdcode = new Map(cities.map((c) => [c.adcode, c]));
export const findCityByAdcode = (adcode: number) => cityByAdcode.get(adcode);

/** A place as messages name it: "Jieyang 揭阳市 (445200)". */
export const placeLabel = (p: { adcode: number; nameEn: string; nameZh: string }) => `${p.nameEn} ${p.nameZh} (${p.adcode})`;

// ---------------------------------------------------------------------------------------------
// City lookup and near-miss suggestions (used by the importers in lib/import).

/** Lower-case, accents and punctuation removed, a separate trailing "city"/"shi"/"prefecture" dropped: "Ding'an" → "dingan", "Jieyang City" → "jieyang". */
export function latinKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-_]+(city|shi|prefecture|league|meng|diqu)$/, '')
    .replace(/[^a-z]/g, '');
}

const ETHNIC = ['土家族', '苗族', '朝鲜族', '藏族', '羌族', '彝族', '布依族', '哈尼族', '壮族', '傣族', '白族', '景颇族', '傈僳族', '回族', '蒙古族', '蒙古', '柯尔克孜', '哈萨克', '黎族', '侗族'];
const ZH_CITY_SUFFIX = /(市|地区|盟|林区|县)$/;

/** Chinese short forms of a city name: 揭阳市 → 揭阳; 恩施土家族苗族自治州 → 恩施, 恩施州. */
export function zhCityAliases(nameZh: string): string[] {
  const out = new Set([nameZh]);
  const auto = /自治(州|县)$/.exec(nameZh);
  if (auto) {
    let stem = nameZh.slice(0, auto.index);
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of ETHNIC) {
        if (stem.endsWith(e) && stem.length > e.length) {
          stem = stem.slice(0, -e.length);
          changed = true;
        }
      }
    }
    out.add(stem);
    out.add(`${stem}${auto[1]}`);
  } else if (ZH_CITY_SUFFIX.test(nameZh)) {
    out.add(nameZh.replace(ZH_CITY_SUFFIX, ''));
  }
  return [...out].filter((s) => s.length >= 2 || s === nameZh);
}

const cityKeys = new Map<string, CityEntry[]>();
function addCityKey(key: string, c: CityEntry) {
  if (!key) return;
  const list = cityKeys.get(key) ?? [];
  if (!list.includes(c)) list.push(c);
  cityKeys.set(key, list);
}
for (const c of cities) {
  addCityKey(String(c.adcode), c);
  addCityKey(`en:${latinKey(c.nameEn)}`, c);
  for (const zh of zhCityAliases(c.nameZh)) addCityKey(`zh:${zh}`, c);
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
const cityKey = (query: string) => {
  const q = query.normalize('NFKC').trim();
  if (/^\d{6}$/.test(q)) return q;
  return hasHan(q) ? `zh:${q.replace(/\s+/g, '')}` : `en:${latinKey(q)}`;
};

/** Levenshtein distance with an early exit once every cell of a row exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

export type CityLookup =
  | { kind: 'match'; city: CityEntry }
  /** The name fits several cities (e.g. "Suzhou": 苏州 in Jiangsu and 宿州 in Anhui): give the province or the adcode. */
  | { kind: 'ambiguous'; candidates: CityEntry[] }
  | { kind: 'none'; suggestions: CityEntry[] };

/**
 * Resolves a city by adcode (445200), English name ("Jieyang", "jieyang city") or Chinese name
 * ("揭阳", "揭阳市"); `provinceAdcode` narrows ambiguous English names and is checked against the match.
 * An unmatched name returns up to three near misses ("jiayang" → Jieyang 揭阳).
 */
export function lookupCity(query: string, provinceAdcode?: number): CityLookup {
  const found = cityKeys.get(cityKey(query)) ?? [];
  const inProvince = provinceAdcode === undefined ? found : found.filter((c) => c.provinceAdcode === provinceAdcode);
  if (inProvince.length === 1) return { kind: 'match', city: inProvince[0] };
  if (inProvince.length > 1) return { kind: 'ambiguous', candidates: inProvince };
  return { kind: 'none', suggestions: suggestCities(query, provinceAdcode) };
}

/** Up to `limit` registry cities whose names are a few edits from the query, nearest (and same province) first. */
export function suggestCities(query: string, provinceAdcode?: number, limit = 3): CityEntry[] {
  const q = query.normalize('NFKC').trim();
  const han = hasHan(q);
  const needle = han ? q.replace(/\s+/g, '').replace(ZH_CITY_SUFFIX, '') : latinKey(q);
  if (!needle) return [];
  const max = han ? 1 : needle.length <= 4 ? 1 : needle.length <= 8 ? 2 : 3;
  const scored: { city: CityEntry; d: number }[] = [];
  for (const c of cities) {
    const names = han ? zhCityAliases(c.nameZh) : [latinKey(c.nameEn)];
    const d = Math.min(...names.map((n) => editDistance(needle, n, max)));
    if (d <= max) scored.push({ city: c, d });
  }
  const sameProvince = (c: CityEntry) => (provinceAdcode !== undefined && c.provinceAdcode === provinceAdcode ? 0 : 1);
  return scored
    .sort((a, b) => a.d - b.d || sameProvince(a.city) - sameProvince(b.city) || a.city.adcode - b.city.adcode)
    .slice(0, limit)
    .map((s) => s.city);
}

/** A province by adcode or name, more leniently than findProvince ("Zhejiang Sheng", "zhe jiang"). */
export function lookupProvince(query: string): { kind: 'match'; province: ProvinceEntry } | { kind: 'none'; suggestions: ProvinceEntry[] } {
  const exact = findProvince(query) ?? findProvince(query.replace(/\s*(province|sheng)$/i, ''));
  if (exact) return { kind: 'match', province: exact };
  const q = query.normalize('NFKC').trim();
  const han = hasHan(q);
  const needle = han ? q.replace(STRIP_ZH, '') : latinKey(q.replace(/\s+(province|sheng)$/i, ''));
  const byLatin = provinces.filter((p) => !han && latinKey(p.nameEn) === needle);
  if (byLatin.length === 1) return { kind: 'match', province: byLatin[0] };
  const max = han ? 1 : 2;
  const suggestions = provinces
    .map((p) => ({ p, d: han ? editDistance(needle, p.shortZh, max) : editDistance(needle, latinKey(p.nameEn), max) }))
    .filter((x) => x.d <= max)
    .sort((a, b) => a.d - b.d || a.p.adcode - b.p.adcode)
    .slice(0, 3)
    .map((x) => x.p);
  return { kind: 'none', suggestions };
}

export const findProvinceByAdcode = (adcode: number) => provinces.find((p) => p.adcode === adcode);
