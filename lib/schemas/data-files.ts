import { z } from 'zod';
import { sourceReader } from '@/lib/schemas/source-reader.ts';

// Shapes of the reviewable files under data/ (see docs/data-contracts.md).

const optionalInt = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    if (!/^\d+$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number or an empty cell, got "${s}"` });
      return z.NEVER;
    }
    return Number(s);
  });
const requiredInt = z.string().trim().regex(/^\d+$/, 'expected a whole number').transform(Number);
const qualifier = z
  .enum(['', 'approx', 'lower-bound'])
  .transform((q) => (q === '' ? 'exact' : q === 'lower-bound' ? 'lower_bound' : 'approx'));
const noteIds = z
  .string()
  .default('')
  .transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean));
const year = requiredInt.pipe(z.number().int().min(2000).max(2100));
const emptyToNull = z.string().trim().transform((s) => (s === '' ? null : s));

/** References a reader cannot follow: our research collections, the steering folder, seed numbers and the papers' text files. */
export const INTERNAL_REFERENCE = /public-series|shared\/|seed (paper )?0[0-9]{2}|\.txt/;

export const sourceRecord = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  kind: z.enum(['paper', 'official', 'industry', 'press']),
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  /** What `date` is: a publication date, or the year in the source's title (not when it was published). */
  dateKind: z.enum(['published', 'title-year']).default('published'),
  asReportedBy: z.string().min(1).nullable().default(null),
  /**
   * Where a reader finds the figure: the page (its address, or the site and path the research
   * collections give, marked when the full address was not recorded) and what is read there; for a
   * paper, the place in the paper. Never our research notes or a seed file (issue 14).
   */
  whereRead: z
    .string()
    .min(1)
    .refine((s) => !INTERNAL_REFERENCE.test(s), 'names an internal file (a research collection, shared/ or a seed text); say where a reader finds the figure'),
  licence: z.string().min(1),
  citation: z
    .object({ authors: z.array(z.string()).default([]), year: z.number().int().nullable().default(null), container: z.string().nullable().default(null) })
    .nullable()
    .default(null),
  /** The source as a reader cites it, in both languages (lib/schemas/source-reader.ts). */
  reader: sourceReader.nullable().default(null),
});
export type SourceRecord = z.infer<typeof sourceRecord>;

export const noteRecord = z.object({
  id: z.string().min(1),
  dataset: z.string().min(1),
  scope: z
    .object({
      year: z.number().int().optional(),
      provinceAdcode: z.number().int().optional(),
      cityAdcode: z.number().int().optional(),
      seriesId: z.string().optional(),
    })
    .default({}),
  kind: z.string().min(1),
  sourceId: z.string().min(1).nullable(),
  textEn: z.string().min(1),
  textZh: z.string().min(1),
});
export type NoteRecord = z.infer<typeof noteRecord>;

export const nationalRow = z.object({
  year,
  villages: optionalInt,
  villages_qualifier: qualifier,
  towns: optionalInt,
  towns_qualifier: qualifier,
  reference_date: emptyToNull,
  source_id: z.string().min(1),
  note_ids: noteIds,
  /** Empty = the town count is stated by the source; D = derived by us from stated figures (its method in a note). */
  towns_flag: z.enum(['', 'D']).default('').transform((f) => (f === 'D' ? 'D' : 'S')),
});

export const provinceRow = z.object({
  year,
  province_adcode: requiredInt,
  province_name_zh: z.string(),
  villages: optionalInt,
  villages_qualifier: qualifier,
  towns: optionalInt,
  towns_qualifier: qualifier,
  published_rank: optionalInt,
  source_id: z.string().min(1),
  note_ids: noteIds,
});

export const cityRow = z.object({
  year,
  city_adcode: requiredInt,
  city_name_zh: z.string(),
  province_adcode: requiredInt,
  villages: optionalInt,
  villages_qualifier: qualifier,
  towns: optionalInt,
  towns_qualifier: qualifier,
  published_rank: optionalInt,
  ranked_list: emptyToNull,
  source_id: z.string().min(1),
  note_ids: noteIds,
});

export const provinceRegistryRecord = z.object({
  adcode: z.number().int(),
  nameZh: z.string(),
  shortZh: z.string(),
  nameEn: z.string(),
  region: z.enum(['east', 'central', 'west', 'northeast']),
  centre: z.tuple([z.number(), z.number()]),
});
export const cityRegistryRecord = z.object({
  adcode: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  provinceAdcode: z.number().int(),
  centre: z.tuple([z.number(), z.number()]),
});

export const seriesRecord = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case id'),
  group: z.enum(['internet-users', 'transactions', 'cross-border', 'investment']),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  unit: z.enum(['persons', 'yuan', 'percent']),
  publisher: z.string().min(1),
  official: z.boolean(),
  definitionEn: z.string().min(1),
  definitionZh: z.string().min(1),
  noteIds: z.array(z.string()).default([]),
});
export type SeriesRecord = z.infer<typeof seriesRecord>;

const decimal = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    if (!/^-?\d+(\.\d+)?$/.test(s)) {
      ctx.addIssue({ code: 'custom', message: `expected a number or an empty cell, got "${s}"` });
      return z.NEVER;
    }
    return Number(s);
  });

export const seriesValueRow = z
  .object({
    series_id: z.string().min(1),
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'expected YYYY or YYYY-MM'),
    period_kind: z.enum(['year', 'mid-year', 'substitute']).transform((k) => (k === 'mid-year' ? 'mid_year' : k)),
    value: decimal,
    qualifier,
    flag: z.enum(['S', 'D', '']).transform((f) => f || 'S'),
    break_before: z.enum(['', 'definition']).transform((b) => b === 'definition'),
    source_id: z.string().min(1),
    note_ids: noteIds,
  })
  .superRefine((row, ctx) => {
    const monthly = row.period.length === 7;
    if (row.period_kind === 'year' && monthly) ctx.addIssue({ code: 'custom', path: ['period'], message: 'a year value has a YYYY period' });
    if (row.period_kind !== 'year' && !monthly) ctx.addIssue({ code: 'custom', path: ['period'], message: 'a mid-year or substitute reading has a YYYY-MM period' });
  })
  .transform((row) => ({ ...row, year: Number(row.period.slice(0, 4)), month: row.period.length === 7 ? Number(row.period.slice(5)) : null }));

// The county and town registry (data/registry/counties.csv, towns.csv; scripts/build-division-registry.mjs).
export const countyRegistryRow = z.object({
  adcode: requiredInt.pipe(z.number().int().min(110000).max(999999)),
  name_zh: z.string().trim().min(1),
  city_adcode: optionalInt,
  province_adcode: requiredInt,
});
export const townRegistryRow = z.object({
  code: requiredInt.pipe(z.number().int().min(110000000).max(999999999)),
  name_zh: z.string().trim().min(1),
});

/** Published county counts (data/taobao-villages/counties.csv); `source_page` as the collections give it. */
export const countyRow = z.object({
  year,
  county_adcode: requiredInt,
  county_name_zh: z.string().trim().min(1),
  /** As the collections write it ("Cao", "Nan'an"). */
  county_name_en: emptyToNull,
  city_adcode: optionalInt,
  villages: optionalInt,
  villages_qualifier: qualifier,
  towns: optionalInt,
  towns_qualifier: qualifier,
  source_id: z.string().min(1),
  source_page: emptyToNull,
  note_ids: noteIds,
});
