import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// One data path (issue 12; docs/architecture.md): app → lib/views → lib/queries | lib/metrics → lib/db.
// import/no-restricted-paths (eslint-plugin-import, already loaded by eslint-config-next) matches the
// resolved file, so '@/…' aliases and relative paths are caught alike.
const layer = (target, from, message, except) => ({ target, from, message: `layers: ${message}`, ...(except ? { except } : {}) });
// Modules that still read data/ themselves; each is a known exception, not the target.
const DATA_READERS_NOT_YET_IN_THE_STORE = [
  'registry', 'map', // place-name registry and map geometry: reference tables parsed synchronously (URL schemas, the SVG map)
];
const layerZones = [
  layer('./app', './lib/db', 'app/ parses, calls lib/views and renders; the database is read only in lib/queries', ['./errors.ts', './unavailable.mjs']),
  layer('./app', './lib/queries', 'app/ calls lib/views, which call lib/queries'),
  layer('./app', './lib/metrics', 'app/ calls lib/views, which call lib/metrics'),
  layer('./lib', './components', 'nothing in lib imports components/ (components render what lib/views builds)'),
  layer('./lib', './scripts', 'nothing in lib imports scripts/'),
  layer('./lib', './app', 'nothing in lib imports app/'),
  layer('./lib/views', './lib/db', 'lib/views reads the database only through lib/queries', ['./errors.ts']),
  layer('./lib/queries', './lib/views', 'lib/queries only reads the database; view models are built in lib/views, above it'),
  layer('./lib/queries', './lib/api', 'lib/queries only reads the database; HTTP belongs to app/ and lib/api'),
  ...['./lib/db', './lib/queries', './lib/views', './lib/import', './lib/data', './lib/api', './server', './scripts'].map((from) =>
    layer('./lib/metrics', from, 'lib/metrics is pure: no database, no I/O, no layer above it'),
  ),
  layer('./components', './lib/db', 'components render; the database is read in lib/queries'),
  layer('./components', './lib/queries', 'components take what lib/views builds (types: lib/queries/types.ts)', ['./types.ts']),
  layer('./components', './scripts', 'components do not import scripts/'),
  layer(
    ['./app/**', './components/**', './server/**', './i18n/**', './proxy.ts', './lib/*.*', `./lib/!(data|${DATA_READERS_NOT_YET_IN_THE_STORE.join('|')})/**`],
    './data',
    'only the seed (lib/data/*, prisma/seed.ts) and scripts read data/; everything else reads the store through lib/queries',
  ),
];
// Modules that do I/O; lib/metrics imports none of them.
const IO_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'child_process', 'node:child_process', 'pg', 'pg-copy-streams', '@prisma/client', '@prisma/adapter-pg'];

const config = [
  ...nextVitals,
  ...nextTs,
  // Tests read loosely typed JSON from the API on purpose.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { rules: { 'import/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] } },
  { files: ['lib/metrics/**'], rules: { 'no-restricted-imports': ['error', { paths: IO_MODULES.map((name) => ({ name, message: 'layers: lib/metrics is pure (no I/O)' })) }] } },
  { ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
