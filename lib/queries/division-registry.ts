import 'server-only';
import { db } from '@/lib/db/index.ts';
import type { VillageRegistryProvenance } from '@/lib/data/village-registry.ts';

export type DivisionRegistryStatus = { counties: number; towns: number; villages: VillageRegistryProvenance | null };

/** What the store holds of the NBS 2023 division registry: counties and towns (seeded), villages (loaded on demand). */
export async function getDivisionRegistryStatus(): Promise<DivisionRegistryStatus> {
  const [counties, towns, meta] = await Promise.all([db().county.count(), db().town.count(), db().appMeta.findUnique({ where: { key: 'village_registry' } })]);
  return { counties, towns, villages: meta ? (JSON.parse(meta.value) as VillageRegistryProvenance) : null };
}
