// Snapshots what a running server answers, to check that a refactoring changed no figure.
//   node scripts/api-snapshot.mjs <base-url> <out-dir> [--paths file]   writes one file per path
//   node scripts/api-snapshot.mjs --compare <dir-a> <dir-b>                lists the differences
// Without --paths it takes CASE_STUDY_PATHS below. Each file holds the status, the content type and
// the body (JSON re-indented so a diff shows the changed line). HTML is compared after removing what
// differs between two builds of the same sources (hashed asset names, the build id, nonces).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEM_TABLES = ['items', 'reliability', 'validity', 'fit', 'paths', 'mediation', 'sample'];
const CLUSTERS = ['yongkang', 'wenzhou', 'cross-border'];

/** Every case-study answer: the three clusters, every SEM table in both languages and as CSV, bad requests, the pages. */
export const CASE_STUDY_PATHS = [
  ...CLUSTERS.map((id) => `/api/v1/clusters/${id}`),
  '/api/v1/clusters/nowhere',
  '/api/v1/clusters/yongkang?lang=zh',
  ...SEM_TABLES.flatMap((t) => ['', '?lang=en', '?lang=zh'].flatMap((q) => [`/api/v1/clusters/yongkang/sem/${t}${q}`, `/api/v1/clusters/yongkang/sem/${t}.csv${q}`])),
  '/api/v1/clusters/yongkang/sem/nowhere',
  '/api/v1/clusters/yongkang/sem/paths?lang=fr',
  '/api/v1/clusters/yongkang/sem/paths?extra=1',
  '/api/v1/openapi.json',
  ...['en', 'zh'].flatMap((locale) => ['', ...CLUSTERS.map((id) => `/clusters/${id}`)].map((p) => `/${locale}${p}`)),
];

const fileName = (path) => path.replace(/^\//, '').replace(/[^A-Za-z0-9._=-]+/g, '_') || 'root';

async function snapshot(base, outDir, paths) {
  mkdirSync(outDir, { recursive: true });
  for (const path of paths) {
    const response = await fetch(new URL(path, base), { headers: { 'accept-encoding': 'identity' } });
    const type = response.headers.get('content-type') ?? '';
    let body = await response.text();
    if (type.includes('json')) body = JSON.stringify(JSON.parse(body), null, 1);
    writeFileSync(join(outDir, fileName(path)), `${path}\n${response.status} ${type}\n\n${body}\n`);
    console.log(`${response.status} ${path}`);
  }
}

/**
 * A page as a person sees it, one tag a line: scripts (the RSC payload repeats the markup, with the
 * build's chunk names) and what two builds of the same sources write differently are removed.
 */
const normaliseHtml = (text) =>
  text
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*>/g, '')
    .replace(/\/_next\/static\/[^"'\s\\)]+/g, '/_next/static/*')
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replace(/>/g, '>\n');

function compare(dirA, dirB) {
  const a = new Set(readdirSync(dirA));
  const b = new Set(readdirSync(dirB));
  let differences = 0;
  for (const name of [...new Set([...a, ...b])].sort()) {
    if (!a.has(name) || !b.has(name)) {
      console.log(`only in ${a.has(name) ? dirA : dirB}: ${name}`);
      differences++;
      continue;
    }
    let left = readFileSync(join(dirA, name), 'utf8');
    let right = readFileSync(join(dirB, name), 'utf8');
    if (left.includes('text/html')) [left, right] = [normaliseHtml(left), normaliseHtml(right)];
    if (left === right) continue;
    differences++;
    const l = left.split('\n');
    const r = right.split('\n');
    console.log(`differs: ${name}`);
    let shown = 0;
    for (let i = 0; i < Math.max(l.length, r.length) && shown < 8; i++) {
      if (l[i] === r[i]) continue;
      shown++;
      console.log(`  line ${i + 1}\n  - ${(l[i] ?? '').slice(0, 300)}\n  + ${(r[i] ?? '').slice(0, 300)}`);
    }
  }
  console.log(`${a.size} vs ${b.size} files, ${differences} differ`);
  return differences;
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  if (!existsSync(args[1] ?? '') || !existsSync(args[2] ?? '')) throw new Error('usage: --compare <dir-a> <dir-b>');
  process.exitCode = compare(args[1], args[2]) ? 1 : 0;
} else {
  const [base, outDir] = args;
  if (!base || !outDir) throw new Error('usage: node scripts/api-snapshot.mjs <base-url> <out-dir> [--paths file]');
  const pathsFile = args.indexOf('--paths');
  const paths = pathsFile >= 0 ? readFileSync(args[pathsFile + 1], 'utf8').split('\n').filter(Boolean) : CASE_STUDY_PATHS;
  await snapshot(base, outDir, paths);
}
