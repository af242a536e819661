import type { Prisma } from '@/lib/generated/prisma/client.ts';
import type { DataFiles } from '@/lib/data/load-data-files.ts';

type Tx = Prisma.TransactionClient;

/** The source entry (data/sources.json) of the county and town registry (data/registry/*.csv), whose rows carry no source column. */
export const DIVISION_REGISTRY_SOURCE_ID = 'nbs-division-codes-2023';

/**
 * The county and town registry and the published county counts, in the seed's transaction.
 * The 41,352 towns travel as one JSON parameter (json_to_recordset): a row-by-row upsert takes
 * ~40 s and array parameters are serialised element by element; unchanged rows are not rewritten.
 * County counts of the seed's sources are replaced.
 */
export async function seedDivisions(tx: Tx, data: Pick<DataFiles, 'countyRegistry' | 'townRegistry' | 'counties'>, sourceIds: string[]) {
  await tx.taobaoVillageCountyCount.deleteMany({ where: { sourceId: { in: sourceIds } } });

  const counties = JSON.stringify(data.countyRegistry.map(({ adcode, name_zh, city_adcode, province_adcode }) => ({ adcode, name_zh, city_adcode, province_adcode })));
  await tx.$executeRaw`
    INSERT INTO county (adcode, name_zh, city_adcode, province_adcode)
    SELECT adcode, name_zh, city_adcode, province_adcode
    FROM json_to_recordset(${counties}::json) AS r(adcode int, name_zh text, city_adcode int, province_adcode int)
    ON CONFLICT (adcode) DO UPDATE SET name_zh = EXCLUDED.name_zh, city_adcode = EXCLUDED.city_adcode, province_adcode = EXCLUDED.province_adcode
    WHERE (county.name_zh, county.city_adcode, county.province_adcode) IS DISTINCT FROM (EXCLUDED.name_zh, EXCLUDED.city_adcode, EXCLUDED.province_adcode)`;

  // A town's county is the first six digits of its code.
  const towns = JSON.stringify(data.townRegistry.map(({ code, name_zh }) => ({ code, name_zh })));
  await tx.$executeRaw`
    CREATE TEMP TABLE registry_town ON COMMIT DROP AS
    SELECT code, name_zh, code / 1000 AS county_adcode FROM json_to_recordset(${towns}::json) AS r(code int, name_zh text)`;
  await tx.$executeRaw`
    INSERT INTO town (code, name_zh, county_adcode) SELECT code, name_zh, county_adcode FROM registry_town
    ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, county_adcode = EXCLUDED.county_adcode
    WHERE (town.name_zh, town.county_adcode) IS DISTINCT FROM (EXCLUDED.name_zh, EXCLUDED.county_adcode)`;
  await tx.$executeRaw`DELETE FROM town WHERE NOT EXISTS (SELECT 1 FROM registry_town r WHERE r.code = town.code)`;
  await tx.$executeRaw`DROP TABLE registry_town`;
  await tx.$executeRaw`
    DELETE FROM county WHERE NOT EXISTS (
      SELECT 1 FROM json_to_recordset(${counties}::json) AS r(adcode int) WHERE r.adcode = county.adcode)`;

  await tx.taobaoVillageCountyCount.createMany({
    data: data.counties.map((r) => ({
      year: r.year,
      countyAdcode: r.county_adcode,
      countyNameEn: r.county_name_en,
      villages: r.villages,
      villagesQualifier: r.villages_qualifier,
      towns: r.towns,
      townsQualifier: r.towns_qualifier,
      sourceId: r.source_id,
      sourcePage: r.source_page,
      noteIds: r.note_ids,
    })),
  });
  return { counties: data.countyRegistry.length, towns: data.townRegistry.length, countyCounts: data.counties.length };
}
