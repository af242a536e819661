import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { MODEL_FILES, parseModelFiles, type ModelFileKey } from '@/lib/data/seed-models.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';
import { z } from 'zod';
import {
  cityRegistryRecord,
  cityRow,
  countyRegistryRow,
  countyRow,
  nationalRow,
  noteRecord,
  provinceRegistryRecord,
  provinceRow,
  seriesRecord,
  seriesValueRow,
  sourceRecord,
  townRegistryRow,
} from '@/lib/schemas/data-files.ts';
import { presetProblems } from '@/lib/pickers/series-presets.ts';
import { SERIES_SECTIONS } from '@/lib/sections.ts';

export const DATA_FILES = {
  sources: 'sources.json',
  notes: 'notes.json',
  provinceRegistry: 'registry/provinces.json',
  cityRegistry: 'registry/cities.json',
  national: 'taobao-villages/national.csv',
  provinces: 'taobao-villages/provinces.csv',
  cities: 'taobao-villages/cities.csv',
  seriesCatalogue: 'series/catalogue.json',
  seriesValues: 'series/values.csv',
  ...MODEL_FILES,
  countyRegistry: 'registry/counties.csv',
  townRegistry: 'registry/towns.csv',
  counties: 'taobao-villages/counties.csv',
} as const;

export class DataFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`data files are invalid:\n  ${problems.join('\n  ')}`);
  }
}

type Lined<T> = T & { line: number };

function parseRows<S extends z.ZodType>(file: string, text: string, schema: S, problems: string[]): Lined<z.output<S>>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  for (const e of parsed.errors) problems.push(`${file}: row ${(e.row ?? 0) + 2}: ${e.message}`);
  const out: Lined<z.output<S>>[] = [];
  parsed.data.forEach((raw, i) => {
    const line = i + 2; // the header is line 1
    const result = schema.safeParse(raw);
    if (result.success) out.push({ ...(result.data as object), line } as Lined<z.output<S>>);
    else for (const issue of result.error.issues) problems.push(`${file}: row ${line}, column ${issue.path.join('.')}: ${issue.message}`);
  });
  return out;
}

function parseJson<S extends z.ZodType>(file: string, text: string, schema: S, problems: string[]): z.output<S>[] {
  const result = z.array(schema).safeParse(JSON.parse(text));
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: item ${issue.path.join('.')}: ${issue.message}`);
  return [];
}

/** Reads and validates every file the seed loads; throws DataFileError listing every problem. */
export function loadDataFiles(dataDir: string) {
  const texts = Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(dataDir, file), 'utf8')]),
  ) as Record<keyof typeof DATA_FILES, string>;
  const checksum = createHash('sha256');
  for (const key of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) checksum.update(key).update(texts[key]);

  const problems: string[] = [];
  const sources = parseJson(DATA_FILES.sources, texts.sources, sourceRecord, problems);
  const notes = parseJson(DATA_FILES.notes, texts.notes, noteRecord, problems);
  const provinceRegistry = parseJson(DATA_FILES.provinceRegistry, texts.provinceRegistry, provinceRegistryRecord, problems);
  const cityRegistry = parseJson(DATA_FILES.cityRegistry, texts.cityRegistry, cityRegistryRecord, problems);
  const national = parseRows(DATA_FILES.national, texts.national, nationalRow, problems);
  const provinces = parseRows(DATA_FILES.provinces, texts.provinces, provinceRow, problems);
  const cities = parseRows(DATA_FILES.cities, texts.cities, cityRow, problems);
  const seriesCatalogue = parseJson(DATA_FILES.seriesCatalogue, texts.seriesCatalogue, seriesRecord, problems);
  const seriesValues = parseRows(DATA_FILES.seriesValues, texts.seriesValues, seriesValueRow, problems);
  const countyRegistry = parseRows(DATA_FILES.countyRegistry, texts.countyRegistry, countyRegistryRow, problems);
  const townRegistry = parseRows(DATA_FILES.townRegistry, texts.townRegistry, townRegistryRow, problems);
  const counties = parseRows(DATA_FILES.counties, texts.counties, countyRow, problems);

  const sourceIds = new Set(sources.map((s) => s.id));
  // The papers: the entries with a source text (SEED_TEXT_FILES), which data/models and data/clusters cite by id.
  const paperIds: ReadonlySet<string> = new Set(sources.flatMap((s) => (SEED_TEXT_FILES.has(s.id) ? [s.id] : [])));
  const modelTexts = Object.fromEntries(Object.keys(MODEL_FILES).map((k) => [k, texts[k as ModelFileKey]])) as Record<ModelFileKey, string>;
  const models = parseModelFiles(modelTexts, paperIds, problems);
  const noteIds = new Set(notes.map((n) => n.id));
  const provinceCodes = new Set(provinceRegistry.map((p) => p.adcode));
  const cityProvince = new Map(cityRegistry.map((c) => [c.adcode, c.provinceAdcode]));
  const check = (file: string, rows: { source_id: string; note_ids: string[]; line: number }[]) =>
    rows.forEach((r) => {
      if (!sourceIds.has(r.source_id)) problems.push(`${file}: row ${r.line}: unknown source_id "${r.source_id}"`);
      for (const id of r.note_ids) if (!noteIds.has(id)) problems.push(`${file}: row ${r.line}: unknown note id "${id}"`);
    });
  check(DATA_FILES.national, national);
  check(DATA_FILES.provinces, provinces);
  check(DATA_FILES.cities, cities);
  check(DATA_FILES.seriesValues, seriesValues);
  const seriesIds = new Set(seriesCatalogue.map((s) => s.id));
  seriesValues.forEach((r) => {
    if (!seriesIds.has(r.series_id)) problems.push(`${DATA_FILES.seriesValues}: row ${r.line}: unknown series_id "${r.series_id}"`);
  });
  seriesCatalogue.forEach((s) => {
    for (const id of s.noteIds) if (!noteIds.has(id)) problems.push(`${DATA_FILES.seriesCatalogue}: series ${s.id}: unknown note id "${id}"`);
  });
  // The pages' named presets (lib/pickers/series-presets.ts) may name only series of the catalogue shown on their page.
  for (const p of presetProblems(seriesCatalogue, SERIES_SECTIONS)) problems.push(`${DATA_FILES.seriesCatalogue}: ${p}`);
  notes.forEach((n) => {
    if (n.sourceId !== null && !sourceIds.has(n.sourceId)) problems.push(`${DATA_FILES.notes}: note ${n.id}: unknown sourceId "${n.sourceId}"`);
  });
  provinces.forEach((r) => {
    if (!provinceCodes.has(r.province_adcode)) problems.push(`${DATA_FILES.provinces}: row ${r.line}: unknown province adcode ${r.province_adcode}`);
  });
  cities.forEach((r) => {
    const province = cityProvince.get(r.city_adcode);
    if (province === undefined) problems.push(`${DATA_FILES.cities}: row ${r.line}: unknown city adcode ${r.city_adcode}`);
    else if (province !== r.province_adcode)
      problems.push(`${DATA_FILES.cities}: row ${r.line}: city ${r.city_adcode} is in province ${province}, not ${r.province_adcode}`);
  });
  check(DATA_FILES.counties, counties);
  checkDivisions({ provinceCodes, cityProvince, countyRegistry, townRegistry, counties }, problems);
  if (problems.length) throw new DataFileError(problems);
  return {
    sources, notes, provinceRegistry, cityRegistry, national, provinces, cities, seriesCatalogue, seriesValues,
    countyRegistry, townRegistry, counties,
    models: models!, paperIds, checksum: checksum.digest('hex'),
  };
}

type DivisionFiles = {
  provinceCodes: Set<number>;
  cityProvince: Map<number, number>;
  countyRegistry: Lined<z.output<typeof countyRegistryRow>>[];
  townRegistry: Lined<z.output<typeof townRegistryRow>>[];
  counties: Lined<z.output<typeof countyRow>>[];
};

/** The county registry hangs off the province/city registry; a county row names a registry county by code and name. */
function checkDivisions({ provinceCodes, cityProvince, countyRegistry, townRegistry, counties }: DivisionFiles, problems: string[]) {
  const countyByCode = new Map(countyRegistry.map((c) => [c.adcode, c]));
  for (const c of countyRegistry) {
    const where = `${DATA_FILES.countyRegistry}: row ${c.line}`;
    if (!provinceCodes.has(c.province_adcode)) problems.push(`${where}: unknown province adcode ${c.province_adcode}`);
    if (Math.floor(c.adcode / 10000) * 10000 !== c.province_adcode) problems.push(`${where}: county ${c.adcode} is not in province ${c.province_adcode}`);
    if (c.city_adcode !== null && cityProvince.get(c.city_adcode) !== c.province_adcode)
      problems.push(`${where}: city ${c.city_adcode} is not a city of province ${c.province_adcode}`);
  }
  for (const t of townRegistry) {
    if (!countyByCode.has(Math.floor(t.code / 1000))) problems.push(`${DATA_FILES.townRegistry}: row ${t.line}: no county ${Math.floor(t.code / 1000)} for town ${t.code}`);
  }
  for (const r of counties) {
    const where = `${DATA_FILES.counties}: row ${r.line}`;
    const county = countyByCode.get(r.county_adcode);
    if (!county) problems.push(`${where}: unknown county adcode ${r.county_adcode}`);
    else {
      if (county.name_zh !== r.county_name_zh) problems.push(`${where}: county ${r.county_adcode} is ${county.name_zh}, not ${r.county_name_zh}`);
      if (county.city_adcode !== r.city_adcode) problems.push(`${where}: county ${r.county_adcode} is in city ${county.city_adcode}, not ${r.city_adcode}`);
    }
    if (r.villages === null && r.towns === null) problems.push(`${where}: a row needs a village or a town count`);
  }
}

export type DataFiles = ReturnType<typeof loadDataFiles>;
