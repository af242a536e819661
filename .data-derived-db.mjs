// Local helper (not committed): own embedded PostgreSQL on 55600, migrated and seeded; stays up until SIGTERM.
import { startDatabase } from './scripts/lib/database.mjs';
import { migrate } from './scripts/lib/migrate.mjs';
import { mustRun, TSX } from './scripts/lib/run.mjs';
delete process.env.DATABASE_URL;
const db = await startDatabase({ dir: '.data/pg-derived', port: 55600, log: console.log });
await migrate(db.url, console.log);
await mustRun('seed', [TSX, 'prisma/seed.ts'], { DATABASE_URL: db.url });
console.log('READY', db.url);
process.on('SIGTERM', async () => { await db.stop(); process.exit(0); });
process.on('SIGINT', async () => { await db.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
