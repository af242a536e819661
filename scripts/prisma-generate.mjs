// Prisma's CLI wants its native schema engine, which cannot be downloaded on these machines.
// `prisma generate` never runs it, so a stub executable satisfies the check.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = join(tmpdir(), 'cluster-atlas-prisma');
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, 'schema-engine-stub');
  writeFileSync(stub, '#!/bin/sh\necho "schema engine not available: migrations run through scripts/migrate.mjs" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], { stdio: 'inherit', env });
