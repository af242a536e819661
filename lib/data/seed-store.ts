import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client.ts';
import { DataFileError, loadDataFiles } from '@/lib/data/load-data-files.ts';
import { seedModels } from '@/lib/data/seed-models.ts';
import { seedDivisions } from '@/lib/data/seed-divisions.ts';
import { loadCaseStudyFiles, seedCaseStudies, type CaseStudyFiles } from '@/lib/data/seed-cases.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';
import { createHash } from 'node:crypto';
import { newVersionValue, versionKeysFor } from '@/lib/data/data-version.mjs';

const CHECKSUM_KEY = 'seed_checksum';

type MetaClient = Pick<PrismaClient, 'appMeta'>;

/**
 * Marks the data as changed: the seed may change anything, so every data version moves
 * (lib/data/data-version.mjs) and the response cache (server/response-cache.mjs) renders every
 * answer anew (previous answers stand in for at most a few seconds meanwhile). Call it inside the
 * transaction that changes the data.
 */
export async function bumpDataVersion(tx: MetaClient): Promise<void> {
  const value = newVersionValue();
  for (const key of versionKeysFor(['series', 'seed'])) await tx.appMeta.upsert({ where: { key }, create: { key, value }, update: { value } });
}

export type SeedResult = { skipped: boolean; counts: Record<string, number> };

/**
 * Loads data/ into the store in one transaction. Rows from the seed's own sources are replaced
 * wholesale (so an edit or a removal in data/ is reflected); rows imported later under other
 * sources are left alone. Running it twice leaves identical rows.
 */
export async function seedStore(prisma: PrismaClient, dataDir: string, { force = false } = {}): Promise<SeedResult> {
  const loaded = loadDataFiles(dataDir);
  const caseProblems: string[] = [];
  const cases = loadCaseStudyFiles(dataDir, new Set(loaded.notes.map((n) => n.id)), caseProblems, loaded.paperIds);
  if (caseProblems.length) throw new DataFileError(caseProblems);
  // The checksum covers the case-study files too, so editing one of them reseeds.
  const data = { ...loaded, checksum: createHash('sha256').update(loaded.checksum).update(cases.checksum).digest('hex') };
  const current = await prisma.appMeta.findUnique({ where: { key: CHECKSUM_KEY } });
  if (!force && current?.value === data.checksum) return { skipped: true, counts: {} };
  let caseCounts: Record<string, number> = {};

  const sourceIds = data.sources.map((s) => s.id);
  let modelCounts: Record<string, number> = {};
  let divisionCounts: Record<string, number> = {};
  await prisma.$transaction(
    async (tx) => {
      for (const s of data.sources) {
        // seedFile: the paper's text file (a machine key kept in code, not in data/), as the store has held it.
        const row = { ...s, seedFile: SEED_TEXT_FILES.get(s.id) ?? null, fromSeed: true, citation: s.citation ? (s.citation as Prisma.InputJsonObject) : Prisma.DbNull, reader: s.reader ? (s.reader as Prisma.InputJsonObject) : Prisma.DbNull };
        await tx.source.upsert({ where: { id: s.id }, create: row, update: row });
      }
      await tx.source.updateMany({ where: { id: { notIn: sourceIds }, fromSeed: true }, data: { fromSeed: false } });
      for (const p of data.provinceRegistry) {
        const row = { nameZh: p.nameZh, shortZh: p.shortZh, nameEn: p.nameEn, region: p.region, lon: p.centre[0], lat: p.centre[1] };
        await tx.province.upsert({ where: { adcode: p.adcode }, create: { adcode: p.adcode, ...row }, update: row });
      }
      for (const c of data.cityRegistry) {
        const row = { nameZh: c.nameZh, nameEn: c.nameEn, provinceAdcode: c.provinceAdcode, lon: c.centre[0], lat: c.centre[1] };
        await tx.city.upsert({ where: { adcode: c.adcode }, create: { adcode: c.adcode, ...row }, update: row });
      }
      const ours = { sourceId: { in: sourceIds } };
      await tx.dataNote.deleteMany({ where: { OR: [ours, { id: { in: data.notes.map((n) => n.id) } }] } });
      await tx.taobaoVillageNational.deleteMany({ where: ours });
      await tx.taobaoVillageProvinceCount.deleteMany({ where: ours });
      await tx.taobaoVillageCityCount.deleteMany({ where: ours });
      await tx.dataNote.createMany({
        data: data.notes.map((n) => ({
          id: n.id,
          dataset: n.dataset,
          kind: n.kind,
          scopeYear: n.scope.year ?? null,
          scopeProvinceAdcode: n.scope.provinceAdcode ?? null,
          scopeCityAdcode: n.scope.cityAdcode ?? null,
          scopeSeriesId: n.scope.seriesId ?? null,
          sourceId: n.sourceId,
          textEn: n.textEn,
          textZh: n.textZh,
        })),
      });
      await tx.taobaoVillageNational.createMany({
        data: data.national.map((r) => ({
          year: r.year,
          villages: r.villages,
          villagesQualifier: r.villages_qualifier,
          towns: r.towns,
          townsQualifier: r.towns_qualifier,
          townsFlag: r.towns_flag,
          referenceDate: r.reference_date,
          sourceId: r.source_id,
          noteIds: r.note_ids,
        })),
      });
      await tx.taobaoVillageProvinceCount.createMany({
        data: data.provinces.map((r) => ({
          year: r.year,
          provinceAdcode: r.province_adcode,
          villages: r.villages,
          villagesQualifier: r.villages_qualifier,
          towns: r.towns,
          townsQualifier: r.towns_qualifier,
          publishedRank: r.published_rank,
          sourceId: r.source_id,
          noteIds: r.note_ids,
        })),
      });
      await tx.taobaoVillageCityCount.createMany({
        data: data.cities.map((r) => ({
          year: r.year,
          cityAdcode: r.city_adcode,
          villages: r.villages,
          villagesQualifier: r.villages_qualifier,
          towns: r.towns,
          townsQualifier: r.towns_qualifier,
          publishedRank: r.published_rank,
          rankedList: r.ranked_list,
          sourceId: r.source_id,
          noteIds: r.note_ids,
        })),
      });
      divisionCounts = await seedDivisions(tx, data, sourceIds);
      await tx.seriesValue.deleteMany({ where: ours });
      for (const [i, s] of data.seriesCatalogue.entries()) {
        const row = { ...s, sortOrder: i };
        await tx.series.upsert({ where: { id: s.id }, create: row, update: row });
      }
      await tx.seriesValue.createMany({
        data: data.seriesValues.map((r) => ({
          seriesId: r.series_id,
          period: r.period,
          periodKind: r.period_kind as 'year' | 'mid_year' | 'substitute',
          year: r.year,
          month: r.month,
          value: r.value,
          qualifier: r.qualifier,
          flag: r.flag,
          breakBefore: r.break_before,
          sourceId: r.source_id,
          noteIds: r.note_ids,
        })),
      });
      modelCounts = await seedModels(tx, data.models);
      caseCounts = await seedCaseStudies(tx, cases as CaseStudyFiles);
      await bumpDataVersion(tx);
      await tx.appMeta.upsert({
        where: { key: CHECKSUM_KEY },
        create: { key: CHECKSUM_KEY, value: data.checksum },
        update: { value: data.checksum },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    skipped: false,
    counts: {
      sources: data.sources.length,
      provinces: data.provinceRegistry.length,
      cities: data.cityRegistry.length,
      notes: data.notes.length,
      national: data.national.length,
      provinceCounts: data.provinces.length,
      cityCounts: data.cities.length,
      series: data.seriesCatalogue.length,
      seriesValues: data.seriesValues.length,
      ...modelCounts,
      ...caseCounts,
      ...divisionCounts,
    },
  };
}
