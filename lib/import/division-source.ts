import type pg from 'pg';
import { loadVillageRegistry, villageRegistryProvenance } from '@/lib/data/village-registry.ts';
import type { DivisionSource } from '@/lib/import/village-matching.ts';

type Queryable = Pick<pg.ClientBase, 'query'>;

/**
 * Loads the village registry when the store has none yet (the first village-level import does it,
 * in its own transaction, before the import's: ~10 s for 620,573 rows) and says how long it took.
 */
export async function ensureVillageRegistry(client: pg.ClientBase): Promise<{ loadedNow: boolean; seconds: number; rows: number }> {
  const current = await villageRegistryProvenance(client);
  if (current) return { loadedNow: false, seconds: 0, rows: current.rows };
  const started = performance.now();
  const { provenance } = await loadVillageRegistry(client);
  return { loadedNow: true, seconds: (performance.now() - started) / 1000, rows: provenance.rows };
}

// Counties and towns change only when the seed runs (data/registry/*.csv), which moves seed_checksum:
// a process keeps the last read (~5 MB) under that key, so an import of six rows does not re-read
// 44k rows (1.5 s on a loaded machine). Villages are never kept: they are read per batch.
let cached: { key: string; counties: DivisionSource['counties']; towns: DivisionSource['towns'] } | null = null;

async function countiesAndTowns(client: Queryable) {
  const { rows } = await client.query<{ value: string }>("SELECT value FROM app_meta WHERE key = 'seed_checksum'");
  const key = rows[0]?.value ?? '';
  if (cached && key && cached.key === key) return cached;
  const counties = await client.query<{ adcode: number; name_zh: string; city_adcode: number | null; province_adcode: number }>(
    'SELECT adcode, name_zh, city_adcode, province_adcode FROM county',
  );
  const towns = await client.query<{ code: number; name_zh: string }>('SELECT code, name_zh FROM town');
  cached = {
    key,
    counties: counties.rows.map((c) => ({ adcode: c.adcode, nameZh: c.name_zh, cityAdcode: c.city_adcode, provinceAdcode: c.province_adcode })),
    towns: towns.rows.map((t) => ({ code: t.code, nameZh: t.name_zh })),
  };
  return cached;
}

/** The registry as the matcher reads it: counties and towns whole, villages per town on request. */
export async function storeDivisionSource(client: Queryable): Promise<DivisionSource> {
  const { counties, towns } = await countiesAndTowns(client);
  return {
    counties,
    towns,
    async villagesOfTowns(townCodes) {
      const { rows } = await client.query<{ code: string; name_zh: string; town_code: number }>(
        'SELECT code::text AS code, name_zh, town_code FROM village_division WHERE town_code = ANY($1::int4[]) ORDER BY code',
        [townCodes],
      );
      return rows.map((v) => ({ code: v.code, nameZh: v.name_zh, townCode: v.town_code }));
    },
  };
}
