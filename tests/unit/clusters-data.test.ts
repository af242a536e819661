import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { normaliseWhitespace, objectsOf as objects, QUOTING_FILES, quoteProblems, quotesOf as allQuotesOf } from '@/lib/data/source-quotes.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';
import { averageVarianceExtracted, compositeReliability, mediationShare } from '../../lib/metrics/sem';
import { excerpt, hasExcerpt, rawExcerpt } from './seed-excerpts.ts';
import seriesNotes from '@/data/notes.json';

// Checks data/models/*.json and data/clusters/*.json against the seed texts they were read
// from, through the excerpts committed in tests/fixtures/seed-excerpts: every record cites a seed
// file that exists, every quote occurs verbatim (whitespace normalised) in the file it cites, and
// every requirement level rests on a quoted sentence. `npm run data:check -- --texts <folder>`
// runs the quote check against the full texts.

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const SEED_000 = 'seed000-agglomeration-big-data';
const SEED_003 = 'seed003-zhu-lu-yongkang';

const FILES = QUOTING_FILES;

type Json = any;

const norm = normaliseWhitespace;
const seedText = (file: string): string => excerpt(file);

const parsed: Record<string, Json> = {};
for (const f of FILES) parsed[f] = JSON.parse(readFileSync(join(dataDir, f), 'utf8'));
const models = parsed['models/business-models.json'];
const platforms = parsed['models/platform-types.json'];
const guide = parsed['models/model-guide.json'];
const wenzhou = parsed['clusters/wenzhou.json'];
const yongkang = parsed['clusters/yongkang.json'];
const crossBorder = parsed['clusters/cross-border.json'];
// The notes of the case studies and of the models section (one note table in the store).
const notes: Json[] = [...parsed['clusters/notes.json'], ...parsed['models/notes.json']];

/** Quotes held by an object and the seed file they must occur in. */
function quotesOf(obj: Json): Array<{ file: string | undefined; quote: string }> {
  const out: Array<{ file: string | undefined; quote: string }> = [];
  const isSource = typeof obj.sourceId === 'string' && typeof obj.where === 'string';
  const file: string | undefined = isSource ? obj.sourceId : obj.source?.sourceId;
  if (typeof obj.quote === 'string') out.push({ file, quote: obj.quote });
  if (Array.isArray(obj.alsoQuotes)) for (const q of obj.alsoQuotes) out.push({ file, quote: q });
  return out;
}

describe('cluster and model data files', () => {
  it('all seven JSON files parse', () => {
    for (const f of FILES) expect(parsed[f], f).toBeTruthy();
  });

  it('every source names a seed file (file name only) that exists, and a non-empty "where"', () => {
    let n = 0;
    for (const f of FILES) {
      for (const [obj, path] of objects(parsed[f])) {
        if (!('source' in obj) || obj.source === null) continue;
        const s = obj.source;
        n++;
        expect(s.sourceId, `${f} ${path}: a paper's source id`).toMatch(/^seed\d{3}-[a-z0-9-]+$/);
        expect(hasExcerpt(s.sourceId), `${f} ${path}: ${s.sourceId} has no source text`).toBe(true);
        expect(typeof s.where === 'string' && s.where.trim().length > 0, `${f} ${path}: where`).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it('every quote occurs verbatim (whitespace normalised) in the seed file it cites', () => {
    // The same list of quotes that data:check checks against the full texts.
    const all = allQuotesOf(parsed, SEED_TEXT_FILES);
    expect(all.length).toBeGreaterThan(300);
    expect(quoteProblems(all, (file) => (hasExcerpt(file) ? [excerpt(file)] : null))).toEqual([]);
    let n = 0;
    for (const f of FILES) {
      for (const [obj, path] of objects(parsed[f])) {
        for (const { file, quote } of quotesOf(obj)) {
          n++;
          expect(file, `${f} ${path}: quote without a source file`).toBeTruthy();
          expect(quote.trim().length, `${f} ${path}: empty quote`).toBeGreaterThan(0);
          expect(seedText(file as string).includes(norm(quote)), `${f} ${path}: not in ${file}: ${quote}`).toBe(true);
        }
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it('every text marked kind "quote" is itself a contiguous quote from its source file', () => {
    let n = 0;
    for (const f of FILES) {
      for (const [obj, path] of objects(parsed[f])) {
        if (obj.kind !== 'quote' || typeof obj.textEn !== 'string') continue;
        n++;
        expect(seedText(obj.source.sourceId).includes(norm(obj.textEn)), `${f} ${path}: ${obj.textEn}`).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(5);
  });

  it('every record of every collection carries a source', () => {
    const collections: Array<[string, Json[]]> = [
      ['models', models.models],
      ['models.typicalPlatforms', models.models.flatMap((m: Json) => m.typicalPlatforms)],
      ['models.definition', models.models.map((m: Json) => m.definition)],
      ['models.requirements', models.models.flatMap((m: Json) => Object.values(m.requirements))],
      ['models.contextClaims', models.contextClaims],
      ['platformTypes', platforms.platformTypes],
      [
        'platformTypes parts',
        platforms.platformTypes.flatMap((p: Json) => [p.howItWorks, p.revenueModes, p.drawbacks, p.examplesSource ? { source: p.examplesSource } : p]),
      ],
      ['guide.generalRules', guide.generalRules],
      ['guide.models', guide.models],
      ['wenzhou.keyFigures', wenzhou.keyFigures],
      ['wenzhou.factors', wenzhou.developmentFactors.factors],
      ['wenzhou.problems', wenzhou.problems],
      ['yongkang.constructs', yongkang.constructs],
      ['yongkang.hypotheses', yongkang.hypotheses],
      ['yongkang.breakdowns', yongkang.sample.breakdowns],
      ['yongkang.proseFigures', yongkang.proseFigures],
      ['yongkang.table1.items', yongkang.table1.items],
      ['yongkang.table1.constructs', yongkang.table1.constructs],
      ['yongkang.table2.rows', yongkang.table2.rows],
      ['yongkang.table4.paths', yongkang.table4.paths],
      ['yongkang.table5.rows', yongkang.table5.rows],
      ['yongkang.proseClaims', yongkang.proseClaims],
      ['yongkang.notes', yongkang.notes],
      ['crossBorder.logisticsOverview', crossBorder.logisticsOverview],
      ['crossBorder.logisticsModels', crossBorder.logisticsModels],
      ['crossBorder.governmentRole', crossBorder.governmentRole],
      ['crossBorder.talentShortage', crossBorder.talentShortage],
      ['crossBorder.otherPoints', crossBorder.otherPoints],
      ['notes', notes],
    ];
    // Table 1 of seed 001: every node of the index tree, at every level.
    const treeNodes: Json[] = [];
    const walk = (ns: Json[]) => ns.forEach((x) => (treeNodes.push(x), walk(x.children ?? [])));
    walk(wenzhou.indexSystem.tree);
    collections.push(['wenzhou.indexSystem.tree', treeNodes]);
    for (const [name, recs] of collections) {
      expect(recs.length, name).toBeGreaterThan(0);
      recs.forEach((r, i) => expect(r?.source?.sourceId, `${name}[${i}]`).toBeTruthy());
    }
    expect(yongkang.table3.source.sourceId).toBe(SEED_003);
  });
});

describe('business-model requirement matrix (seed 000)', () => {
  const DIMS = ['capital', 'informatisation', 'management', 'informationSecurity', 'platformRole'];
  const seed000 = () => seedText(SEED_000);

  it('covers B2B, B2C, C2C, O2O and exactly the five dimensions', () => {
    expect(models.models.map((m: Json) => m.id)).toEqual(['B2B', 'B2C', 'C2C', 'O2O']);
    for (const m of models.models) expect(Object.keys(m.requirements)).toEqual(DIMS);
  });

  it('every cell with a level has a non-empty quote that occurs verbatim in seed 000', () => {
    let withLevel = 0;
    for (const m of models.models) {
      for (const d of DIMS) {
        const c = m.requirements[d];
        expect([1, 2, 3, null], `${m.id}.${d}`).toContain(c.level);
        expect(c.source.sourceId, `${m.id}.${d}`).toBe(SEED_000);
        expect(typeof c.where === 'string' && c.where.length > 0).toBe(true);
        expect(c.noteEn.length > 0 && c.noteZh.length > 0, `${m.id}.${d} notes`).toBe(true);
        if (c.level !== null) {
          withLevel++;
          expect(typeof c.quote === 'string' && c.quote.trim().length > 0, `${m.id}.${d} quote`).toBe(true);
          expect(seed000().includes(norm(c.quote)), `${m.id}.${d}: ${c.quote}`).toBe(true);
          expect(c.support, `${m.id}.${d} support`).not.toBeNull();
        }
      }
    }
    expect(withLevel).toBe(10); // B2C ×4, C2C ×4, O2O ×2
  });

  it('the non-ordinal platform dimension never carries a level; B2B has no level anywhere', () => {
    for (const m of models.models) expect(m.requirements.platformRole.level).toBeNull();
    const b2b = models.models.find((m: Json) => m.id === 'B2B');
    for (const d of DIMS) {
      expect(b2b.requirements[d].level).toBeNull();
      expect(b2b.requirements[d].quote).toBeNull();
    }
  });

  it('levels read as the paper argues them (spot-check)', () => {
    const lv = (id: string, d: string) => models.models.find((m: Json) => m.id === id).requirements[d].level;
    expect([lv('B2C', 'capital'), lv('B2C', 'informatisation'), lv('B2C', 'management'), lv('B2C', 'informationSecurity')]).toEqual([3, 3, 3, 3]);
    expect([lv('C2C', 'capital'), lv('C2C', 'informatisation'), lv('C2C', 'management')]).toEqual([1, 1, 1]);
    expect([lv('O2O', 'capital'), lv('O2O', 'informatisation'), lv('O2O', 'management'), lv('O2O', 'informationSecurity')]).toEqual([null, 2, 2, null]);
  });

  it('the guide restates the matrix: minima equal the matrix levels, sentences come from seed 000', () => {
    expect(guide.disclaimerEn.length).toBeGreaterThan(50);
    expect(guide.disclaimerZh.length).toBeGreaterThan(20);
    for (const g of guide.models) {
      const m = models.models.find((x: Json) => x.id === g.model);
      for (const d of ['capital', 'informatisation', 'management', 'informationSecurity']) {
        expect(g.minimum[d], `${g.model}.${d}`).toBe(m.requirements[d].level);
        expect(g.ideal[d], `${g.model}.${d} ideal`).toBeNull();
      }
      for (const s of g.sentencesFollowed) expect(seed000().includes(norm(s)), s).toBe(true);
    }
  });
});

describe('Yongkang (seed 003)', () => {
  it('sample: 285 sent, 254 returned, 233 valid; every breakdown sums to 100 % and has no invented counts', () => {
    expect(yongkang.sample.questionnairesDistributed).toBe(285);
    expect(yongkang.sample.questionnairesReturned).toBe(254);
    expect(yongkang.sample.questionnairesValid).toBe(233);
    expect(yongkang.sample.breakdowns.map((b: Json) => b.dimension)).toEqual(['education', 'yearsInCrossBorderEcommerce', 'unitType', 'job']);
    for (const b of yongkang.sample.breakdowns) {
      expect(b.categories.reduce((s: number, c: Json) => s + c.sharePct, 0)).toBe(100);
      for (const c of b.categories) expect(c.count).toBeNull();
    }
  });

  it('Table 1: 24 items in 5 constructs; T14 has a null loading; the damaged alpha cells are kept as printed', () => {
    const items = yongkang.table1.items;
    expect(items).toHaveLength(24);
    const count = (c: string) => items.filter((i: Json) => i.construct === c).length;
    expect([count('F1'), count('F2'), count('F3'), count('M'), count('Y')]).toEqual([5, 6, 4, 5, 4]);
    expect(items.find((i: Json) => i.itemId === 'T14').loading).toBeNull();
    const alpha = Object.fromEntries(yongkang.table1.constructs.map((c: Json) => [c.construct, c]));
    expect(alpha.F3.cronbachAlphaPrinted).toEqual([0.964, 0.864]);
    expect(alpha.F3.cronbachAlpha).toBeNull();
    expect(alpha.Y.cronbachAlphaPrinted).toEqual([0.042, 0.843]);
    expect(alpha.Y.cronbachAlpha).toBeNull();
    expect(alpha.F1.cronbachAlpha).toBe(0.875);
  });

  it('Table 4: spot-check three rows against the printed estimates, and against the seed text itself', () => {
    const paths = yongkang.table4.paths;
    const row = (from: string, to: string) => paths.find((p: Json) => p.from === from && p.to === to);
    // As printed: F1→Y 0.094 0.044 1.898 0.058 ; F2→Y 0.392 0.069 5.206 *** ; F1→M 0.157 0.068 2.359 0.018
    expect(row('F1', 'Y')).toMatchObject({ estimate: 0.094, se: 0.044, cr: 1.898, sigPrinted: '0.058', p: 0.058 });
    expect(row('F2', 'Y')).toMatchObject({ estimate: 0.392, se: 0.069, cr: 5.206, sigPrinted: '***', p: null });
    expect(row('F1', 'M')).toMatchObject({ estimate: 0.157, se: 0.068, cr: 2.359, sigPrinted: '0.018', p: 0.018 });
    expect(paths).toHaveLength(7);

    // Re-read Table 4 from the seed text and compare every row.
    const raw = rawExcerpt(SEED_003);
    const re = /^\$(F_\d|M) \\rightarrow (Y|M)\$\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\S+)$/gm;
    const fromSeed = [...raw.matchAll(re)].map((m) => ({
      from: m[1].replace('_', ''),
      to: m[2],
      estimate: Number(m[3]),
      se: Number(m[4]),
      cr: Number(m[5]),
      sigPrinted: m[6],
    }));
    expect(fromSeed).toHaveLength(7);
    for (const s of fromSeed) expect(row(s.from, s.to), `${s.from}→${s.to}`).toMatchObject(s);
  });

  it('Table 3: GFI (not CFI) is 0.884; the prose-only acceptable threshold is attached to GFI', () => {
    const ix = Object.fromEntries(yongkang.table3.indices.map((i: Json) => [i.name, i]));
    expect(ix.GFI.value).toBe(0.884);
    expect(ix.CFI.value).toBe(0.954);
    expect(ix.GFI.judgmentPrinted).toBe('Acceptable');
    expect(ix.GFI.acceptableThreshold).toMatchObject({ op: '>', value: 0.85 });
  });

  it('Table 5 shares and the prose claim are both kept, and flagged as disagreeing', () => {
    const r = yongkang.table5.rows.filter((x: Json) => x.model === 'F3→M→Y');
    expect(r.find((x: Json) => x.effect === 'indirect').proportionPct).toBe(26.51);
    expect(r.find((x: Json) => x.effect === 'direct').proportionPct).toBe(73.49);
    const prose = yongkang.proseClaims.find((c: Json) => c.id === 'f3-shares-prose');
    expect(prose.values).toEqual({ directSharePct: 26.52, indirectSharePct: 73.49 });
    expect(prose.agreesWithTable).toBe(false);
  });

  it('the "recomputed" block is what lib/metrics/sem.ts gives from the transcribed tables', () => {
    const rec = yongkang.recomputed;
    expect(rec.derived).toBe(true);
    for (const c of ['F1', 'F2', 'F3', 'M', 'Y']) {
      const loadings = yongkang.table1.items.filter((i: Json) => i.construct === c).map((i: Json) => i.loading);
      const ave = averageVarianceExtracted(loadings);
      const cr = compositeReliability(loadings);
      expect(rec.aveFromLoadings[c]).toBeCloseTo(ave.value as number, 4);
      expect(rec.crFromLoadings[c]).toBeCloseTo(cr.value as number, 4);
      expect(rec.loadingsUsed[c]).toBe(ave.used);
    }
    for (const model of ['F2→M→Y', 'F3→M→Y']) {
      const rows = yongkang.table5.rows.filter((x: Json) => x.model === model);
      const get = (e: string) => rows.find((x: Json) => x.effect === e).pointEstimate;
      const s = mediationShare({ direct: get('direct'), indirect: get('indirect') });
      expect(rec.mediationShares[model].indirectShare).toBeCloseTo(s.indirectShare as number, 4);
      expect(s.total).toBeCloseTo(get('total'), 10); // indirect + direct = printed total
    }
  });
});

describe('notes', () => {
  const KINDS = ['name-correction', 'rank-method', 'reference-date', 'definition-change', 'source-inconsistency', 'partial-list', 'quality', 'claim'];
  const ids = new Set(notes.map((n) => n.id));
  const seriesNoteIds = new Set((seriesNotes as { id: string }[]).map((n) => n.id));

  it('have the project note shape, unique ids and text in both languages', () => {
    expect(ids.size).toBe(notes.length);
    for (const n of notes) {
      expect(Object.keys(n).sort()).toEqual(['dataset', 'id', 'kind', 'scope', 'source', 'sourceId', 'textEn', 'textZh'].sort());
      expect(['clusters', 'models']).toContain(n.dataset);
      expect(KINDS).toContain(n.kind);
      expect(n.sourceId).toBeNull();
      expect(n.textEn.length).toBeGreaterThan(20);
      expect(n.textZh.length).toBeGreaterThan(10);
    }
  });

  it('every noteIds reference resolves, and every note is referenced', () => {
    const used = new Set<string>();
    for (const f of FILES) {
      for (const [obj, path] of objects(parsed[f])) {
        if (!Array.isArray(obj.noteIds)) continue;
        for (const id of obj.noteIds) {
          // A case study may also show a series note of data/notes.json (the +19.4 % figure: the source it matches says +19.05 %).
          expect(ids.has(id) || seriesNoteIds.has(id), `${f} ${path}: ${id}`).toBe(true);
          used.add(id);
        }
      }
    }
    for (const id of ids) expect(used.has(id), `unreferenced note ${id}`).toBe(true);
  });

  it('yongkang.json carries the same Yongkang notes as notes.json', () => {
    const yk = notes.filter((n) => n.id.startsWith('yk-'));
    expect(yongkang.notes).toEqual(yk);
  });

  it('records each inconsistency the brief names', () => {
    for (const id of [
      'yk-fit-gfi-called-cfi',
      'yk-f3-shares-swapped',
      'yk-table2-equals-paths',
      'yk-t14-no-loading',
      'yk-alpha-y-0042',
      'yk-alpha-f3-two-values',
      'wz-t1-base-installation',
      'wz-t1-index-connotation-empty',
      'wz-t1-mip-no-level3',
      'wz-henglin-other-cluster',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
