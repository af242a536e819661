import 'server-only';
import { db } from '@/lib/db/index.ts';

/** How many sources and data notes the store holds (the home page's provenance line). */
export async function countSourcesAndNotes(): Promise<{ sources: number; notes: number }> {
  const [sources, notes] = await Promise.all([db().source.count(), db().dataNote.count()]);
  return { sources, notes };
}
