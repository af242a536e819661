// `npm run db:migrate`: applies prisma/migrations/* to the PostgreSQL at DATABASE_URL with the
// same runner `npm start` uses (scripts/lib/migrate.mjs: in order, under an advisory lock, recorded
// in _prisma_migrations). Idempotent. Exit code 0 = up to date, 1 = a migration failed, 2 = no URL.
import { parseSettings } from '../lib/settings.mjs';
import { migrate } from './lib/migrate.mjs';

let url;
try {
  url = parseSettings(process.env).DATABASE_URL;
} catch (error) {
  console.error(`db:migrate: ${error.message}`);
  process.exit(2);
}
if (!url) {
  console.error('db:migrate: set DATABASE_URL (npm start migrates its embedded PostgreSQL by itself)');
  process.exit(2);
}
try {
  const applied = await migrate(url, (line) => console.log(line));
  console.log(applied ? `${applied} migration(s) applied` : 'schema up to date');
} catch (error) {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
