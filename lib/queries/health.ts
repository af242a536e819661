import 'server-only';
import { db } from '@/lib/db/index.ts';

/** One round trip to PostgreSQL; rejects when the database does not answer. */
export async function pingDatabase(): Promise<void> {
  await db().$queryRaw`SELECT 1`;
}
