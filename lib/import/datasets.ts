import { z } from 'zod';
import { zhCityAliases } from '@/lib/registry/index.ts';
import { placeLabel, resolveCity, resolveProvince } from '@/lib/import/places.ts';
import { refuseStoredVillages } from '@/lib/import/stored-villages.ts';
import type { ImportIssue } from '@/lib/import/types.ts';
import type { DivisionMatcher } from '@/lib/import/village-matching.ts';

// What can be imported: one definition per dataset, with its columns (and their aliases), a zod
// schema for a row's cells, the checks that need the registry or the store, and how a row is staged
// and keyed in PostgreSQL (lib/import/store.ts turns these into SQL).

export type Cells = Record<string, string>;
export type StageType = 'int4' | 'int8' | 'text' | 'float8' | 'bool' | 'Qualifier' | 'PeriodKind' | 'text[]';
export type StageColumn = { name: string; type: StageType };
export type ColumnSpec = {
  name: string;
  required: boolean;
  aliases?: string[];
  en: string;
  zh: string;
  example: string;
};
export type ValidateContext = {
  /** The source every row will reference (checked against an optional source_id column). */
  sourceId: string | null;
  /** Note ids in the store; null skips the check. */
  noteIds: ReadonlySet<string> | null;
  /** The registry below the city, for datasets that match rows to it (taobao-villages); see matchBatch. */
  divisions?: DivisionMatcher | null;
};
export type RowIssue = Omit<ImportIssue, 'row'>;
export type Validated = { record: Record<string, unknown> | null; issues: RowIssue[] };

export type DatasetKind = 'villages' | 'cities' | 'provinces' | 'national' | 'series';
export type DatasetDef = {
  id: string;
  kind: DatasetKind;
  titleEn: string;
  titleZh: string;
  table: string;
  columns: ColumnSpec[];
  /** Columns of the staging table = the target's columns this import writes. */
  stage: StageColumn[];
  /** Natural key (a unique index of the target): re-importing the same rows changes nothing. */
  key: string[];
  /** The seed replaces rows of its own sources, so imports may neither use nor overwrite them. */
  seedOwned: boolean;
  /** Extra columns of the preview (e.g. a readable place). */
  previewExtra: string[];
  /** The file column a duplicate-key error points at. */
  keyColumn: string;
  schema: z.ZodType;
  validate(cells: Cells, ctx: ValidateContext): Validated;
  /**
   * A second, asynchronous step over a batch of valid rows (it may read the store): completes the
   * records in place and returns the issues of rows that fail it, by row number.
   */
  matchBatch?(batch: (Record<string, unknown> & { row: number })[], ctx: ValidateContext): Promise<Map<number, RowIssue[]>>;
  /**
   * A check of the staged rows (import_stage) against the store, run under the dataset's lock: lists
   * the rows it refuses (at most `limit`, with their total) and takes them out of the stage.
   */
  refuseStored?: typeof refuseStoredVillages;
};

// ---- cells -------------------------------------------------------------------------------------

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

const text = (max: number, required: boolean) =>
  z.string().transform((raw, ctx) => {
    const s = clean(raw);
    if (required && s === '') ctx.addIssue({ code: 'custom', message: 'a non-empty text' });
    else if (s.length > max) ctx.addIssue({ code: 'custom', message: `a text of at most ${max} characters` });
    else if (CONTROL.test(s)) ctx.addIssue({ code: 'custom', message: 'text without control characters' });
    else return s;
    return z.NEVER;
  });

const NUMBER = /^\d+$|^\d{1,3}(,\d{3})+$/;
const wholeNumber = (what: string, { optional, max = 1e12 }: { optional: boolean; max?: number }) =>
  z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '' && optional) return null;
    if (!NUMBER.test(s) || Number(s.replaceAll(',', '')) > max) {
      ctx.addIssue({ code: 'custom', message: `${what}${optional ? ' or an empty cell (not published)' : ''}` });
      return z.NEVER;
    }
    return Number(s.replaceAll(',', ''));
  });

const yearCell = z.string().transform((raw, ctx) => {
  const s = raw.trim();
  if (!/^\d{4}$/.test(s) || Number(s) < 2000 || Number(s) > 2100) {
    ctx.addIssue({ code: 'custom', message: 'a four-digit year from 2000 to 2100' });
    return z.NEVER;
  }
  return Number(s);
});

const QUALIFIERS: Record<string, 'exact' | 'approx' | 'lower_bound'> = {
  '': 'exact',
  exact: 'exact',
  approx: 'approx',
  '~': 'approx',
  'lower-bound': 'lower_bound',
  lower_bound: 'lower_bound',
  '>': 'lower_bound',
};
const qualifierCell = z.string().transform((raw, ctx) => {
  const q = QUALIFIERS[raw.trim().toLowerCase()];
  if (!q) {
    ctx.addIssue({ code: 'custom', message: 'empty (exact as printed), approx (printed with "~") or lower-bound (printed as ">N")' });
    return z.NEVER;
  }
  return q;
});

const noteIdsCell = z.string().transform((raw, ctx) => {
  const ids = raw.split(';').map((x) => x.trim()).filter(Boolean);
  if (ids.some((id) => !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id))) {
    ctx.addIssue({ code: 'custom', message: 'note ids separated by ";"' });
    return z.NEVER;
  }
  return ids;
});

const optionalCell = z.string().default('');

function zodIssues(error: z.ZodError, cells: Cells): RowIssue[] {
  return error.issues.map((i) => {
    const column = i.path.length ? String(i.path[0]) : null;
    return { column, value: column === null ? null : (cells[column] ?? ''), expected: i.message };
  });
}

function checkNotes(cells: Cells, ctx: ValidateContext, issues: RowIssue[]) {
  if (!ctx.noteIds) return;
  const ids = (cells.note_ids ?? '').split(';').map((x) => x.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !ctx.noteIds!.has(id));
  if (unknown.length && !issues.some((i) => i.column === 'note_ids')) {
    issues.push({ column: 'note_ids', value: cells.note_ids ?? '', expected: `ids of notes in the store (unknown: ${unknown.join(', ')})` });
  }
}

function checkSource(cells: Cells, ctx: ValidateContext, issues: RowIssue[]) {
  const given = (cells.source_id ?? '').trim();
  if (given && ctx.sourceId && given !== ctx.sourceId) {
    issues.push({ column: 'source_id', value: given, expected: `empty or the import's source "${ctx.sourceId}"` });
  }
}

/** Optional "name check" columns: the Chinese name must be the registry's name of the place the adcode/name resolved to. */
function checkZhName(column: string, cells: Cells, names: string[], issues: RowIssue[]) {
  const given = clean(cells[column] ?? '');
  if (given && !names.includes(given)) issues.push({ column, value: given, expected: `the registry's name ${names[0]} (or leave it empty)` });
}

const COUNT_COLUMNS: ColumnSpec[] = [
  { name: 'villages', required: false, en: 'Taobao villages as printed; empty = not published', zh: '淘宝村数量（按原文）；空 = 未公布', example: '267' },
  { name: 'villages_qualifier', required: false, en: 'empty = exact; approx = printed with "~"; lower-bound = printed as ">N"', zh: '空 = 精确；approx = 约数；lower-bound = “>N”', example: '' },
  { name: 'towns', required: false, en: 'Taobao towns as printed; empty = not published', zh: '淘宝镇数量；空 = 未公布', example: '35' },
  { name: 'towns_qualifier', required: false, en: 'as villages_qualifier', zh: '同 villages_qualifier', example: '' },
];
const NOTE_COLUMN: ColumnSpec = { name: 'note_ids', required: false, en: 'ids of notes already in the store, separated by ";"', zh: '已有注释的 id，以“;”分隔', example: '' };
const SOURCE_CHECK: ColumnSpec = {
  name: 'source_id',
  required: false,
  en: 'optional check: empty or the import\'s source id (every row references the source named by the import)',
  zh: '可选校验：空或本次导入的来源 id',
  example: '',
};
const countShape = {
  villages: wholeNumber('a whole number', { optional: true }),
  villages_qualifier: qualifierCell,
  towns: wholeNumber('a whole number', { optional: true }),
  towns_qualifier: qualifierCell,
  note_ids: noteIdsCell,
  source_id: optionalCell,
};
const COUNT_STAGE: StageColumn[] = [
  { name: 'villages', type: 'int4' },
  { name: 'villages_qualifier', type: 'Qualifier' },
  { name: 'towns', type: 'int4' },
  { name: 'towns_qualifier', type: 'Qualifier' },
];

// ---- taobao-villages (village level) -------------------------------------------------------------

const villageSchema = z.object({
  year: yearCell,
  province: z.string(),
  city: z.string(),
  county: text(100, true),
  town: text(100, true),
  village: text(200, true),
  sales_band: text(100, false),
});

const villages: DatasetDef = {
  id: 'taobao-villages',
  kind: 'villages',
  titleEn: 'Taobao villages, village level (one row per village of a published list)',
  titleZh: '淘宝村名单（村级，每行一个村）',
  table: 'taobao_village',
  columns: [
    { name: 'year', required: true, aliases: ['年份', '年度'], en: 'year of the list (2000–2100)', zh: '名单年份', example: '2023' },
    { name: 'province', required: true, aliases: ['省', '省份', '省区市', '省（区、市）'], en: 'province: adcode, English or Chinese name', zh: '省份：行政区划代码、英文或中文名', example: '广东省' },
    { name: 'city', required: true, aliases: ['市', '城市', '地级市', '地市', 'city_adcode'], en: 'prefecture-level city: adcode, English or Chinese name (matched to the registry)', zh: '地级市：代码、英文或中文名（与登记表匹配）', example: '揭阳市' },
    { name: 'county', required: true, aliases: ['县', '区县', '县区', '县（市、区）', '县(市、区)'], en: 'county, county-level city or district as printed (matched to the NBS 2023 codes)', zh: '县（市、区），按原文（与国家统计局2023年区划代码匹配）', example: '普宁市' },
    { name: 'town', required: true, aliases: ['镇', '乡镇', '乡镇街道', '镇（乡、街道）', '镇(乡、街道)'], en: 'town, township or sub-district as printed (matched within the county)', zh: '乡镇（街道），按原文（在该县内匹配）', example: '池尾街道' },
    { name: 'village', required: true, aliases: ['村', '村名', '村庄', '淘宝村', '村（社区）', 'name'], en: 'village name as printed; 村, 村委会 and 社区居委会 variants match (matched within the town to its 12-digit code)', zh: '村名，按原文；村、村委会、社区居委会等写法均可（在该镇内匹配到12位代码）', example: '军埔村' },
    { name: 'sales_band', required: false, aliases: ['销售额', '销售额区间'], en: 'sales band as printed, if the list gives one', zh: '销售额区间（如名单提供）', example: '' },
  ],
  stage: [
    { name: 'year', type: 'int4' },
    { name: 'city_adcode', type: 'int4' },
    { name: 'county', type: 'text' },
    { name: 'town', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'sales_band', type: 'text' },
    { name: 'source_id', type: 'text' },
    { name: 'county_adcode', type: 'int4' },
    { name: 'town_code', type: 'int4' },
    { name: 'village_code', type: 'int8' },
  ],
  key: ['year', 'city_adcode', 'county', 'town', 'name'],
  seedOwned: false,
  keyColumn: 'village',
  previewExtra: ['place'],
  schema: villageSchema,
  validate(cells, ctx) {
    const parsed = villageSchema.safeParse(cells);
    const issues = parsed.success ? [] : zodIssues(parsed.error, cells);
    const province = resolveProvince(cells.province ?? '');
    if (!province.ok) issues.push({ column: 'province', value: cells.province ?? '', expected: province.expected, suggestions: province.suggestions });
    const city = resolveCity(cells.city ?? '', province.ok ? province.place.adcode : undefined);
    if (!city.ok && province.ok) issues.push({ column: 'city', value: cells.city ?? '', expected: city.expected, suggestions: city.suggestions });
    else if (!city.ok && !province.ok) {
      const anywhere = resolveCity(cells.city ?? '');
      if (!anywhere.ok) issues.push({ column: 'city', value: cells.city ?? '', expected: anywhere.expected, suggestions: anywhere.suggestions });
    }
    if (issues.length || !parsed.success || !city.ok) return { record: null, issues };
    const r = parsed.data;
    return {
      record: {
        year: r.year,
        city_adcode: city.place.adcode,
        county: r.county,
        town: r.town,
        name: r.village,
        sales_band: r.sales_band === '' ? null : r.sales_band,
        source_id: ctx.sourceId,
        place: placeLabel(city.place),
      },
      issues,
    };
  },
  matchBatch(batch, ctx) {
    // Without the registry nothing can be checked below the city: that is a caller's mistake, not the file's.
    if (!ctx.divisions) throw new Error('taobao-villages needs the division registry (ValidateContext.divisions)');
    return ctx.divisions.matchBatch(batch as Parameters<DivisionMatcher['matchBatch']>[0]);
  },
  // The same village (code) from the same source and year under another spelling: lib/import/stored-villages.ts.
  refuseStored: refuseStoredVillages,
};

// ---- published counts: taobao-villages-{cities,provinces,national} ------------------------------
//
// The three count datasets share their shape: year, the place (none for national totals), the four
// count cells, their own extra cells (a published rank, ...), note ids and the source check. Each
// row is staged as year, place key, counts, extras, source_id, note_ids, and keyed by year + place.

const COUNT_YEAR_COLUMN: ColumnSpec = { name: 'year', required: true, aliases: ['年份'], en: 'year', zh: '年份', example: '2023' };
const PUBLISHED_RANK_COLUMN: ColumnSpec = { name: 'published_rank', required: false, en: 'rank exactly as printed; empty if none', zh: '原文排名；无则空', example: '1' };

/** A row's place resolved against the registry: the staged key (e.g. city_adcode) and the preview's readable label. */
type ResolvedPlace = { key: Record<string, number>; label: Record<string, string> };

type Cellset = { shape: z.ZodRawShape; columns: ColumnSpec[]; stage: StageColumn[] };

type CountDatasetSpec = Pick<DatasetDef, 'id' | 'titleEn' | 'titleZh' | 'table' | 'keyColumn'> & {
  kind: 'cities' | 'provinces' | 'national';
  /** The place cells between the year and the counts (null for national totals); resolve adds its issues, null = unresolved. */
  place: (Cellset & { resolve(cells: Cells, issues: RowIssue[]): ResolvedPlace | null }) | null;
  /** The dataset's own cells after the counts; the record takes each staged one as parsed. */
  extra: Cellset;
};

function countDataset({ place, extra, ...spec }: CountDatasetSpec): DatasetDef {
  const schema = z.object({ year: yearCell, ...place?.shape, ...countShape, ...extra.shape });
  return {
    ...spec,
    columns: [COUNT_YEAR_COLUMN, ...(place?.columns ?? []), ...COUNT_COLUMNS, ...extra.columns, NOTE_COLUMN, SOURCE_CHECK],
    stage: [
      { name: 'year', type: 'int4' },
      ...(place?.stage ?? []),
      ...COUNT_STAGE,
      ...extra.stage,
      { name: 'source_id', type: 'text' },
      { name: 'note_ids', type: 'text[]' },
    ],
    key: ['year', ...(place?.stage ?? []).map((c) => c.name)],
    seedOwned: true,
    previewExtra: place ? ['place'] : [],
    schema,
    validate(cells, ctx) {
      const parsed = schema.safeParse(cells);
      const issues = parsed.success ? [] : zodIssues(parsed.error, cells);
      const resolved = place ? place.resolve(cells, issues) : { key: {}, label: {} };
      checkNotes(cells, ctx, issues);
      checkSource(cells, ctx, issues);
      if (issues.length || !parsed.success || !resolved) return { record: null, issues };
      const r: Record<string, unknown> = parsed.data;
      return {
        record: {
          year: r.year,
          ...resolved.key,
          villages: r.villages,
          villages_qualifier: r.villages_qualifier,
          towns: r.towns,
          towns_qualifier: r.towns_qualifier,
          ...Object.fromEntries(extra.stage.map((c) => [c.name, r[c.name]])),
          source_id: ctx.sourceId,
          note_ids: r.note_ids,
          ...resolved.label,
        },
        issues,
      };
    },
  };
}

const cities = countDataset({
  id: 'taobao-villages-cities',
  kind: 'cities',
  titleEn: 'Taobao villages per city (published city counts)',
  titleZh: '各市淘宝村数量（公布的城市数据）',
  table: 'taobao_village_city_count',
  keyColumn: 'city',
  place: {
    shape: { city: z.string(), province: optionalCell, city_name_zh: optionalCell },
    columns: [
      { name: 'city', required: true, aliases: ['city_adcode', '市', '城市'], en: 'prefecture-level city: adcode, English or Chinese name', zh: '地级市：代码、英文或中文名', example: '371700' },
      { name: 'province', required: false, aliases: ['province_adcode', '省', '省份'], en: 'optional: province (checked against the city; decides ambiguous names such as Suzhou)', zh: '可选：省份（与城市核对；区分同名城市）', example: '370000' },
      { name: 'city_name_zh', required: false, en: 'optional check: the city\'s Chinese name', zh: '可选校验：城市中文名', example: '菏泽市' },
    ],
    stage: [{ name: 'city_adcode', type: 'int4' }],
    resolve(cells, issues) {
      let provinceAdcode: number | undefined;
      if ((cells.province ?? '').trim()) {
        const province = resolveProvince(cells.province);
        if (province.ok) provinceAdcode = province.place.adcode;
        else issues.push({ column: 'province', value: cells.province, expected: province.expected, suggestions: province.suggestions });
      }
      const city = resolveCity(cells.city ?? '', provinceAdcode);
      if (!city.ok) {
        issues.push({ column: 'city', value: cells.city ?? '', expected: city.expected, suggestions: city.suggestions });
        return null;
      }
      checkZhName('city_name_zh', cells, zhCityAliases(city.place.nameZh), issues);
      return { key: { city_adcode: city.place.adcode }, label: { place: placeLabel(city.place) } };
    },
  },
  extra: {
    shape: {
      published_rank: wholeNumber('a whole number (the rank as printed)', { optional: true, max: 100_000 }),
      ranked_list: text(100, false)
        .pipe(z.string().regex(/^$|^[a-z0-9][a-z0-9-]*$/, 'an id in kebab-case (e.g. aliresearch-2023-top100) or empty'))
        .transform((s) => (s === '' ? null : s)),
    },
    columns: [
      PUBLISHED_RANK_COLUMN,
      { name: 'ranked_list', required: false, en: 'id of the published ranking the row belongs to; empty for a count outside a ranking', zh: '所属排名榜单 id；不属于榜单则空', example: 'aliresearch-2023-top100' },
    ],
    stage: [
      { name: 'published_rank', type: 'int4' },
      { name: 'ranked_list', type: 'text' },
    ],
  },
});

const provinces = countDataset({
  id: 'taobao-villages-provinces',
  kind: 'provinces',
  titleEn: 'Taobao villages per province (published province counts)',
  titleZh: '各省淘宝村数量（公布的省级数据）',
  table: 'taobao_village_province_count',
  keyColumn: 'province',
  place: {
    shape: { province: z.string(), province_name_zh: optionalCell },
    columns: [
      { name: 'province', required: true, aliases: ['province_adcode', '省', '省份'], en: 'province: adcode, English or Chinese name', zh: '省份：代码、英文或中文名', example: '浙江' },
      { name: 'province_name_zh', required: false, en: 'optional check: the province\'s Chinese name', zh: '可选校验：省份中文名', example: '浙江省' },
    ],
    stage: [{ name: 'province_adcode', type: 'int4' }],
    resolve(cells, issues) {
      const province = resolveProvince(cells.province ?? '');
      if (!province.ok) {
        issues.push({ column: 'province', value: cells.province ?? '', expected: province.expected, suggestions: province.suggestions });
        return null;
      }
      checkZhName('province_name_zh', cells, [province.place.nameZh, province.place.shortZh], issues);
      return { key: { province_adcode: province.place.adcode }, label: { place: placeLabel(province.place) } };
    },
  },
  extra: {
    shape: { published_rank: wholeNumber('a whole number (the rank as printed)', { optional: true, max: 100 }) },
    columns: [PUBLISHED_RANK_COLUMN],
    stage: [{ name: 'published_rank', type: 'int4' }],
  },
});

const national = countDataset({
  id: 'taobao-villages-national',
  kind: 'national',
  titleEn: 'Taobao villages in China (national totals)',
  titleZh: '全国淘宝村总数',
  table: 'taobao_village_national',
  keyColumn: 'year',
  place: null,
  extra: {
    shape: {
      reference_date: z
        .string()
        .trim()
        .regex(/^$|^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY or YYYY-MM (the list\'s reference date) or empty')
        .transform((s) => (s === '' ? null : s)),
    },
    columns: [{ name: 'reference_date', required: false, en: 'the list\'s reference date as the source states it (YYYY-MM)', zh: '名单统计截止时间（YYYY-MM）', example: '2023-06' }],
    stage: [{ name: 'reference_date', type: 'text' }],
  },
});

// ---- series:<id> ---------------------------------------------------------------------------------

export type SeriesUnit = 'persons' | 'yuan' | 'percent';

/** Units a file may state, per base unit of the series, with the power of ten to the base unit. */
export const UNIT_SCALES: Record<SeriesUnit, Record<string, number>> = {
  persons: { persons: 0, person: 0, 人: 0, '10k persons': 4, 万人: 4, '100m persons': 8, 亿人: 8 },
  yuan: { yuan: 0, 元: 0, '10k yuan': 4, 万元: 4, '100m yuan': 8, 亿元: 8, 'trillion yuan': 12, 万亿元: 12 },
  percent: { percent: 0, '%': 0 },
};

/** Shifts a decimal string by a power of ten without floating-point error: ("8.29", 8) → 829000000. */
export function scaleDecimal(value: string, exponent: number): number {
  const negative = value.startsWith('-');
  const [int, frac = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = `${int}${frac.padEnd(exponent, '0')}`;
  const point = int.length + exponent;
  const shifted = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/^0+(?=\d)/, '');
  return Number(`${negative ? '-' : ''}${shifted}`);
}

const DECIMAL = /^-?\d+(\.\d+)?$|^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function seriesDataset(series: { id: string; unit: SeriesUnit; nameEn: string; nameZh: string }): DatasetDef {
  const units = UNIT_SCALES[series.unit];
  const schema = z
    .object({
      period: z.string().trim().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'YYYY (a year value) or YYYY-MM (a mid-year or off-cycle reading)'),
      period_kind: z
        .string()
        .trim()
        .pipe(z.enum(['year', 'mid-year', 'substitute'], { error: 'year, mid-year or substitute' }))
        .transform((k) => (k === 'mid-year' ? 'mid_year' : k)),
      value: z
        .string()
        .trim()
        .refine((s) => s === '' || DECIMAL.test(s), 'a number (e.g. 8.29 or 1,234.5) or an empty cell (a gap)'),
      unit: z
        .string()
        .trim()
        .refine((u) => u.toLowerCase() in units || u in units, `a unit of this series: ${Object.keys(units).join(', ')}`),
      qualifier: qualifierCell,
      flag: z.string().trim().pipe(z.enum(['S', 'D', ''], { error: 'S (stated by the source), D (derived) or empty (= S)' })).transform((f) => f || 'S'),
      break_before: z.string().trim().pipe(z.enum(['', 'definition'], { error: 'empty or "definition" (the definition changed before this value)' })).transform((b) => b === 'definition'),
      note_ids: noteIdsCell,
      series_id: optionalCell,
      source_id: optionalCell,
    })
    .superRefine((row, ctx) => {
      const monthly = row.period.length === 7;
      if (row.period_kind === 'year' && monthly) ctx.addIssue({ code: 'custom', path: ['period'], message: 'YYYY for a year value (period_kind year)' });
      if (row.period_kind !== 'year' && !monthly) ctx.addIssue({ code: 'custom', path: ['period'], message: 'YYYY-MM for a mid-year or substitute reading' });
    });
  return {
    id: `series:${series.id}`,
    kind: 'series',
    titleEn: `Time series: ${series.nameEn} (${series.unit})`,
    titleZh: `时间序列：${series.nameZh}`,
    table: 'series_value',
    columns: [
      { name: 'period', required: true, aliases: ['期间', '年份'], en: 'YYYY for a year value, YYYY-MM for a mid-year or off-cycle reading', zh: '年份（YYYY）或月份（YYYY-MM）', example: '2023' },
      { name: 'period_kind', required: true, en: 'year, mid-year or substitute (an off-cycle reading standing in for a missing year-end value)', zh: 'year / mid-year / substitute', example: 'year' },
      { name: 'value', required: true, aliases: ['数值'], en: 'the value in the stated unit; empty = gap', zh: '数值（按所列单位）；空 = 缺失', example: '10.92' },
      { name: 'unit', required: true, aliases: ['单位'], en: `unit of the value: ${Object.keys(units).join(', ')} (converted to ${series.unit})`, zh: `单位：${Object.keys(units).join('、')}`, example: series.unit === 'persons' ? '亿人' : series.unit === 'yuan' ? '亿元' : 'percent' },
      { name: 'qualifier', required: false, en: 'empty = exact; approx; lower-bound', zh: '空 = 精确；approx；lower-bound', example: '' },
      { name: 'flag', required: false, en: 'S = stated by the source (default), D = derived by simple arithmetic', zh: 'S = 原文数据（默认），D = 推算', example: 'S' },
      { name: 'break_before', required: false, en: 'empty, or "definition" when the definition changed before this value', zh: '空，或 definition（口径变化）', example: '' },
      NOTE_COLUMN,
      { name: 'series_id', required: false, en: `optional check: empty or ${series.id}`, zh: `可选校验：空或 ${series.id}`, example: '' },
      SOURCE_CHECK,
    ],
    stage: [
      { name: 'series_id', type: 'text' },
      { name: 'period', type: 'text' },
      { name: 'period_kind', type: 'PeriodKind' },
      { name: 'year', type: 'int4' },
      { name: 'month', type: 'int4' },
      { name: 'value', type: 'float8' },
      { name: 'qualifier', type: 'Qualifier' },
      { name: 'flag', type: 'text' },
      { name: 'break_before', type: 'bool' },
      { name: 'source_id', type: 'text' },
      { name: 'note_ids', type: 'text[]' },
    ],
    key: ['series_id', 'period'],
    seedOwned: true,
    keyColumn: 'period',
    previewExtra: [],
    schema,
    validate(cells, ctx) {
      const parsed = schema.safeParse(cells);
      const issues = parsed.success ? [] : zodIssues(parsed.error, cells);
      const given = (cells.series_id ?? '').trim();
      if (given && given !== series.id) issues.push({ column: 'series_id', value: given, expected: `empty or ${series.id}` });
      checkNotes(cells, ctx, issues);
      checkSource(cells, ctx, issues);
      if (issues.length || !parsed.success) return { record: null, issues };
      const r = parsed.data;
      const exponent = units[r.unit] ?? units[r.unit.toLowerCase()];
      return {
        record: {
          series_id: series.id,
          period: r.period,
          period_kind: r.period_kind,
          year: Number(r.period.slice(0, 4)),
          month: r.period.length === 7 ? Number(r.period.slice(5)) : null,
          value: r.value === '' ? null : scaleDecimal(r.value.replaceAll(',', ''), exponent),
          qualifier: r.qualifier,
          flag: r.flag,
          break_before: r.break_before,
          source_id: ctx.sourceId,
          note_ids: r.note_ids,
        },
        issues,
      };
    },
  };
}

/** Datasets that need no lookup; series datasets are `series:<id>` for every series in the store. */
export const STATIC_DATASETS: readonly DatasetDef[] = [villages, cities, provinces, national];

export const findStaticDataset = (id: string) => STATIC_DATASETS.find((d) => d.id === id);
