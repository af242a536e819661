import 'server-only';
import { getAllNotes, getSources } from '@/lib/queries/villages.ts';
import { getDivisionRegistryStatus } from '@/lib/queries/division-registry.ts';

export type { DivisionRegistryStatus } from '@/lib/queries/division-registry.ts';

/** The Sources page: every source and every data note in the store, and the division registry's provenance. */
export async function getSourcesPage() {
  const [sources, notes, registry] = await Promise.all([getSources(), getAllNotes(), getDivisionRegistryStatus()]);
  return { sources, notes, registry };
}
