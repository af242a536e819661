// Decides whether `next build` must run: the build records a fingerprint of the sources it was
// made from, and a start with different sources rebuilds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const INPUTS = ['app', 'server', 'components', 'lib', 'messages', 'i18n', 'data/geo', 'data/models', 'data/clusters', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const SKIP = new Set(['generated', 'node_modules']);
const STAMP = join(ROOT, '.next', 'atlas-source-fingerprint');

function walk(path, hash) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name), hash);
  } else {
    hash.update(path).update(readFileSync(path));
  }
}

export function sourceFingerprint() {
  const hash = createHash('sha256');
  for (const input of INPUTS) walk(join(ROOT, input), hash);
  return hash.digest('hex');
}

export function buildIsCurrent() {
  return existsSync(join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceFingerprint();
}

export function recordBuild() {
  writeFileSync(STAMP, sourceFingerprint());
}
