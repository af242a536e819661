import { randomBytes } from 'node:crypto';
import pg from 'pg';
// @ts-expect-error plain ESM helper without types
import { migrate } from '../../scripts/lib/migrate.mjs';

// A database of a test's own, created in the PostgreSQL the suite runs against and migrated, for
// tests that seed or write: the shared test database, which the app under test serves, is never
// changed under the other test files running beside them.
export type OwnDatabase = { url: string; drop: () => Promise<void> };

async function admin<T>(sharedUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: sharedUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createOwnDatabase(sharedUrl: string, purpose: string): Promise<OwnDatabase> {
  const name = `atlas_${purpose}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(sharedUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: () => admin(sharedUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
