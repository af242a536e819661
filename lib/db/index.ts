import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { settings } from '@/lib/settings.mjs';

const globalForDb = globalThis as unknown as { atlasDb?: PrismaClient };

/** The one Prisma client, created on first use so that `next build` needs no database. */
export function db(): PrismaClient {
  if (!globalForDb.atlasDb) {
    const connectionString = settings().DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL is not set (start the app with `npm start`)');
    globalForDb.atlasDb = new PrismaClient({
      adapter: new PrismaPg({ connectionString, max: settings().DB_POOL_SIZE }),
    });
  }
  return globalForDb.atlasDb;
}
