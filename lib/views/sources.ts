import 'server-only';
import { getAllNotes, getSources } from '@/lib/queries/villages.ts';

/** The Sources page: every source and every data note in the store. */
export async function getSourcesPage() {
  const [sources, notes] = await Promise.all([getSources(), getAllNotes()]);
  return { sources, notes };
}
