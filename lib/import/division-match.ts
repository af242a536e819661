import { editDistance } from '@/lib/registry/index.ts';

// Name matching of a village-level row below the city: county → town → village, to the village's
// 12-digit NBS 2023 code. Lists print names with or without their suffix (普宁市/普宁, 军埔村/军埔村委会/
// 军埔村民委员会, 东山社区/东山社区居委会), so names are compared by their stem. An unmatched or
// ambiguous name is an error with the nearest candidates, never a guess. Pure: the index is built
// from the registry rows (lib/import/division-index.ts reads them from the store).

export type CountyRow = { adcode: number; nameZh: string; cityAdcode: number | null; provinceAdcode: number };
export type TownRow = { code: number; nameZh: string };
export type VillageRow = { code: string; nameZh: string; townCode: number };

const COUNTY_SUFFIX = /(林区|特区|新区|县|市|区|旗)$/;
const TOWN_SUFFIX = /(街道办事处|街道|民族乡|民族苏木|乡|镇|苏木|办事处)$/;
const VILLAGE_SUFFIX = /(村民委员会|村委会|居民委员会|社区居民委员会|社区居委会|社区居委|居委会|委员会|社区|嘎查|村)$/;

/**
 * Pre-2023 names the importer knows of whose stem changed (a 县/市 that became a district under
 * another name). Same-stem changes (富阳市 → 富阳区, 揭东县 → 揭东区) match by stem without an entry.
 */
export const FORMER_COUNTY_NAMES: Readonly<Record<string, string>> = {
  绍兴县: '柯桥区', // 2013
  襄樊市: '襄阳市',
};

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[（(].*?[)）]/g, '');
// 围场满族蒙古族自治县 → 围场, 彭水苗族土家族自治县 → 彭水: lists often print the place name alone.
const PEOPLES = ('满 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 ' +
  '土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 鄂温克 德昂 保安 裕固 京 独龙 鄂伦春 各').split(' ');
function withoutAutonomy(c: string): string | null {
  const m = /自治[县旗]$/.exec(c);
  if (!m) return null;
  let stem = c.slice(0, m.index);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PEOPLES) {
      for (const suffix of [`${p}族`, p]) {
        if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) {
          stem = stem.slice(0, -suffix.length);
          changed = true;
        }
      }
    }
  }
  return stem;
}
export const countyStem = (s: string) => {
  const c = clean(s);
  return withoutAutonomy(c) ?? (c.replace(COUNTY_SUFFIX, '') || c);
};
export const townStem = (s: string) => clean(s).replace(TOWN_SUFFIX, '') || clean(s);
/** 军埔村民委员会, 军埔村委会, 军埔村 → 军埔; 东山社区居委会, 东山社区 → 东山. */
export const villageStem = (s: string) => {
  const c = clean(s);
  let out = c;
  for (let i = 0; i < 2; i++) out = out.replace(VILLAGE_SUFFIX, '') || out;
  return out || c;
};

/** A village name's kind by its suffix: 村/村委会/村民委员会 (village) or 社区/居委会 (community); null without one. */
export function villageKind(s: string): 'village' | 'community' | null {
  const c = clean(s);
  if (/(社区|居委会|居委|居民委员会)$/.test(c)) return 'community';
  if (/(村|村委会|村民委员会|嘎查)$/.test(c)) return 'village';
  return null;
}

export type Match<T> = { ok: true; value: T } | { ok: false; column: 'county' | 'town' | 'village'; value: string; expected: string; suggestions: string[] };

function group<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

// Each pool (a city's counties, a county's towns, a town's villages) is keyed by name and by stem
// once, on first use: a list of 7,780 villages then costs two map lookups per level and row.
const keyed = new WeakMap<readonly unknown[], { byName: Map<string, unknown[]>; byStem: Map<string, unknown[]> }>();
function keysOf<T extends { nameZh: string }>(candidates: readonly T[], stem: (s: string) => string) {
  let k = keyed.get(candidates) as { byName: Map<string, T[]>; byStem: Map<string, T[]> } | undefined;
  if (!k) {
    k = { byName: group(candidates, (c) => c.nameZh), byStem: group(candidates, (c) => stem(c.nameZh)) };
    keyed.set(candidates, k);
  }
  return k;
}

/** Exact name first, then the stem; several candidates by stem = ambiguous. */
function pick<T extends { nameZh: string }>(name: string, candidates: readonly T[], stem: (s: string) => string): { found: T[]; by: 'name' | 'stem' } {
  const wanted = clean(name);
  const { byName, byStem } = keysOf(candidates, stem);
  const exact = byName.get(wanted);
  if (exact) return { found: exact, by: 'name' };
  // The name as written may itself be a candidate's stem (辉县 for 辉县市, whose own stem would be 辉).
  return { found: byStem.get(stem(wanted)) ?? byStem.get(wanted) ?? [], by: 'stem' };
}

function nearest<T extends { nameZh: string }>(name: string, candidates: readonly T[], stem: (s: string) => string, label: (c: T) => string, limit = 3): string[] {
  const s = stem(clean(name));
  return candidates
    .map((c) => ({ c, d: editDistance(s, stem(c.nameZh), 3) }))
    .filter((x) => x.d <= Math.max(1, Math.floor(s.length / 2)))
    .sort((a, b) => a.d - b.d || label(a.c).localeCompare(label(b.c)))
    .slice(0, limit)
    .map((x) => label(x.c));
}

const countyLabel = (c: CountyRow) => `${c.nameZh} (${c.adcode})`;
const townLabel = (t: TownRow) => `${t.nameZh} (${t.code})`;
const villageLabel = (v: VillageRow) => `${v.nameZh} (${v.code})`;

export type DivisionIndex = ReturnType<typeof createDivisionIndex>;

/** The registry rows grouped for matching: counties by city (and province), towns by county, villages by town. */
export function createDivisionIndex(counties: readonly CountyRow[], towns: readonly TownRow[], villages: readonly VillageRow[]) {
  const countiesByCity = group(counties, (c) => c.cityAdcode);
  const withoutCity = group(counties.filter((c) => c.cityAdcode === null), (c) => c.provinceAdcode);
  const NONE: CountyRow[] = [];
  const townsByCounty = group(towns, (t) => Math.floor(t.code / 1000));
  const villagesByTown = group(villages, (v) => v.townCode);
  const NO_TOWNS: TownRow[] = [];
  const NO_VILLAGES: VillageRow[] = [];

  function matchCounty(name: string, cityAdcode: number, provinceAdcode: number): Match<CountyRow> {
    const inCity = countiesByCity.get(cityAdcode) ?? [];
    // A province-administered unit (仙桃) is its own city; two Xinjiang units have no map city.
    const pool = inCity.length ? inCity : (withoutCity.get(provinceAdcode) ?? NONE);
    const former = FORMER_COUNTY_NAMES[clean(name)];
    const { found } = pick(former ?? name, pool, countyStem);
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return { ok: false, column: 'county', value: name, expected: 'one county: the name fits several in this city, write it in full', suggestions: found.map(countyLabel) };
    return { ok: false, column: 'county', value: name, expected: `a county of the city (NBS 2023 division codes)`, suggestions: nearest(name, pool, countyStem, countyLabel) };
  }

  function matchTown(name: string, county: CountyRow): Match<TownRow> {
    const pool = townsByCounty.get(county.adcode) ?? NO_TOWNS;
    const { found } = pick(name, pool, townStem);
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return { ok: false, column: 'town', value: name, expected: `one town of ${county.nameZh}: the name fits several, write it in full`, suggestions: found.map(townLabel) };
    return { ok: false, column: 'town', value: name, expected: `a town or street of ${county.nameZh} (NBS 2023 division codes)`, suggestions: nearest(name, pool, townStem, townLabel) };
  }

  function matchVillage(name: string, town: TownRow): Match<VillageRow> {
    const pool = villagesByTown.get(town.code) ?? NO_VILLAGES;
    const picked = pick(name, pool, villageStem).found;
    // 高井村 is the 高井村委会, not the 高井社区居委会 of the same town: a written suffix narrows by kind.
    const kind = villageKind(name);
    const sameKind = kind === null ? picked : picked.filter((v) => villageKind(v.nameZh) === kind);
    const found = sameKind.length ? sameKind : picked;
    if (found.length === 1) return { ok: true, value: found[0] };
    if (found.length > 1) return { ok: false, column: 'village', value: name, expected: `one village of ${town.nameZh}: the name fits several, write it in full`, suggestions: found.map(villageLabel) };
    return { ok: false, column: 'village', value: name, expected: `a village or neighbourhood committee of ${town.nameZh} (NBS 2023 division codes)`, suggestions: nearest(name, pool, villageStem, villageLabel) };
  }

  /** The row's village code, or the first level that does not match (with its candidates). */
  function match(row: { county: string; town: string; village: string }, cityAdcode: number, provinceAdcode: number): Match<{ county: CountyRow; town: TownRow; village: VillageRow }> {
    const county = matchCounty(row.county, cityAdcode, provinceAdcode);
    if (!county.ok) return county;
    const town = matchTown(row.town, county.value);
    if (!town.ok) return town;
    const village = matchVillage(row.village, town.value);
    if (!village.ok) return village;
    return { ok: true, value: { county: county.value, town: town.value, village: village.value } };
  }

  /**
   * Adds the villages of towns not indexed yet (an import fetches them batch by batch, only for the
   * towns its rows name, rather than holding all 620,573). A town's villages come in whole or not at all.
   */
  function addVillages(townCodes: readonly number[], rows: readonly VillageRow[]) {
    const byTown = group(rows, (v) => v.townCode);
    for (const code of townCodes) if (!villagesByTown.has(code)) villagesByTown.set(code, byTown.get(code) ?? []);
  }
  const hasVillagesOf = (townCode: number) => villagesByTown.has(townCode);

  return { matchCounty, matchTown, matchVillage, match, addVillages, hasVillagesOf };
}
