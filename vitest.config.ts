import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the repository (`npm run test:unit`); `integration`
// talks to the app and PostgreSQL that `npm test` starts (tests/faults start their own as well).
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Tests import server modules directly: the guard that keeps lib/queries and lib/views out of
      // client bundles (it throws outside React Server Components) has nothing to guard here.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    projects: [
      // Projects with different worker counts run one after the other (unit first: seconds).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // Integration files mostly wait (on the app, PostgreSQL, child processes): run four at once
      // even on two cores, where the default would be one.
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts', 'tests/faults/**/*.test.ts'], maxWorkers: 4, sequence: { groupOrder: 1 } } },
    ],
  },
});
