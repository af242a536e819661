import { resolve } from 'node:path';
import { DataFileError } from '@/lib/data/load-data-files.ts';
import { seedStore } from '@/lib/data/seed-store.ts';
import { primaryDb } from '@/lib/db/index.ts';

const force = process.argv.includes('--force');
try {
  const result = await seedStore(primaryDb(), resolve(import.meta.dirname, '../data'), { force });
  console.log(result.skipped ? 'seed: data unchanged, nothing to do' : `seed: loaded ${JSON.stringify(result.counts)}`);
} catch (error) {
  console.error(error instanceof DataFileError ? error.message : error);
  process.exitCode = 1;
} finally {
  await primaryDb().$disconnect();
}
