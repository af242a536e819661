import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { clusterResponseSchema, crossBorderCaseStudySchema, register, wenzhouCaseStudySchema } from '@/lib/api/openapi/clusters.ts';
import { buildCrossBorderCaseStudy, SCALE_SERIES_IDS } from '@/lib/views/clusters/cross-border.ts';
import { CLUSTER_IDS, isClusterId, loadClusterCaseStudy, localText, resolveNotes, toKeyFigure, type KeyFigure, type SourceRef } from '@/lib/views/clusters/common.ts';
import { buildWenzhouCaseStudy, countIndexLevels, walkIndexTree } from '@/lib/views/clusters/wenzhou.ts';
import { crossBorderData, wenzhouData } from './case-study-fixture.ts';
import { excerpt, hasExcerpt } from './seed-excerpts.ts';

// The mapping from data/clusters/*.json to the case studies the pages and GET /api/v1/clusters/{id} show.

// Quotes are checked against the excerpts of the seed texts in tests/fixtures/seed-excerpts.
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const seed = (file: string) => excerpt(file);

function expectSourceExists(source: SourceRef, what: string) {
  expect(source.sourceId, what).toMatch(/^seed\d{3}-[a-z0-9-]+$/);
  expect(hasExcerpt(source.sourceId), `${what}: ${source.sourceId} exists`).toBe(true);
  expect(source.where.length, what).toBeGreaterThan(0);
  for (const q of [source.quote, ...source.alsoQuotes].filter((x): x is string => x !== null)) {
    expect(seed(source.sourceId), `${what}: quote occurs in ${source.sourceId}`).toContain(norm(q));
  }
}

const wenzhou = buildWenzhouCaseStudy(wenzhouData);
const crossBorder = buildCrossBorderCaseStudy(crossBorderData);

describe('Wenzhou case study (seed 001)', () => {
  it('Table 1 tree has 3 / 7 / 28 indicators per level, as in the data', () => {
    expect(wenzhou.indexSystem.counts).toEqual({ level1: 3, level2: 7, level3: 28 });
    expect(countIndexLevels(wenzhou.indexSystem.tree)).toEqual({ level1: 3, level2: 7, level3: 28 });
    const tree = wenzhou.indexSystem.tree;
    expect(tree.map((n) => n.namePrinted)).toEqual(['The government behavior', 'The leader', 'External economy']);
    expect(tree.map((n) => n.counts)).toEqual([
      { level2: 3, level3: 12 },
      { level2: 2, level3: 10 },
      { level2: 2, level3: 6 },
    ]);
    // per-node counts add up to the totals
    expect(tree.reduce((n, a) => n + a.counts.level2, 0)).toBe(7);
    expect(tree.reduce((n, a) => n + a.counts.level3, 0)).toBe(28);
  });

  it('keeps the paper wording and the oddities: "base installation", an empty "Management information platform", "Line power"', () => {
    const nodes = [...walkIndexTree(wenzhou.indexSystem.tree)];
    const byName = new Map(nodes.map((n) => [n.namePrinted, n]));
    expect(byName.get('base installation')?.children.map((c) => c.namePrinted)).toContain('ERP system');
    const mip = byName.get('Management information platform')!;
    expect(mip.children).toEqual([]);
    expect(mip.childrenNote?.en).toMatch(/No third-level indicator/);
    expect(mip.noteIds).toContain('wz-t1-mip-no-level3');
    expect(byName.get('Line power')?.zhUncertain).toBe(true);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    for (const n of nodes) expect(seed(n.source.sourceId)).toContain(n.namePrinted);
    for (const n of nodes) for (const id of n.noteIds) expect(wenzhou.notes.map((x) => x.id)).toContain(id);
    expect(wenzhou.indexSystem.columnsPrinted).toEqual(['Level indicators', 'The secondary indicators', 'Level third indicators', 'Index connotation']);
  });

  it('has the four key figures with values as printed; the Henglin figure is kept apart', () => {
    expect(wenzhou.keyFigures.map((f) => [f.id, f.value, f.qualifier])).toEqual([
      ['taobao-villages', 324, null],
      ['national-rank', 2, null],
      ['active-agri-online-stores', 2284, null],
      ['agri-enterprises-ecommerce-share', 40, 'about'],
    ]);
    expect(wenzhou.keyFigures.every((f) => f.aboutCluster === 'wenzhou')).toBe(true);
    expect(wenzhou.otherFigures.map((f) => [f.id, f.aboutCluster])).toEqual([['changzhou-henglin-turnover', 'changzhou-henglin']]);
  });

  it('every key figure carries a source file that exists, a quote found in it, and its notes', () => {
    for (const f of [...wenzhou.keyFigures, ...wenzhou.otherFigures]) {
      expectSourceExists(f.source, f.id);
      expect(f.notes.length, f.id).toBeGreaterThan(0);
      for (const n of f.notes) expectSourceExists(n.source!, `${f.id} note ${n.id}`);
    }
    expect(wenzhou.keyFigures.find((f) => f.id === 'agri-enterprises-ecommerce-share')!.notes.map((n) => n.id)).toEqual(['wz-40pct-and-2284-wording']);
  });

  it('Table 2 has the five development factors as printed, with their sources', () => {
    const f = wenzhou.developmentFactors.factors;
    expect(f.map((x) => x.factorPrinted)).toEqual(['Geographical advantage', 'Leading enterprise', 'external economy', 'Government behavior', 'Social network']);
    for (const x of f) {
      expectSourceExists(x.source, x.id);
      expect(seed(x.source.sourceId)).toContain(norm(x.text.en));
    }
  });

  it('links to the villages view filtered to Zhejiang and resolves every note id of the data file', () => {
    expect(wenzhou.cluster.provinceAdcode).toBe(330000);
    expect(wenzhou.links.villages).toBe('/villages?province=330000');
    expect(wenzhou.paper.sourceId).toBe('seed001-xia-wenzhou');
    const ids = wenzhou.notes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['wz-figure1-is-a-table', 'wz-t1-erp-cloud-placement', 'wz-t2-policy-title']));
  });
});

describe('cross-border case study (seeds 002 and 003)', () => {
  it('lists the five logistics models; null advantages/disadvantages stay null with a "not stated" text', () => {
    expect(crossBorder.logisticsModels.map((m) => m.namePrinted)).toEqual(['postal parcels', 'international express delivery', 'bonded areas', 'free trade zones', 'overseas warehouses']);
    for (const m of crossBorder.logisticsModels) {
      expect(m.advantages).toBeNull();
      expect(m.disadvantages).toBeNull();
      expect(m.notStated?.en).toMatch(/^Not stated/);
      expectSourceExists(m.source, m.id);
      expect(seed(m.source.sourceId)).toContain(m.namePrinted);
    }
  });

  it('government role and talent shortage points carry sources in seed 002', () => {
    expect(crossBorder.governmentRole.length).toBeGreaterThanOrEqual(5);
    expect(crossBorder.talentShortage.map((p) => p.id)).toEqual(['talent-shortage', 'talent-universities']);
    for (const p of [...crossBorder.logisticsOverview, ...crossBorder.governmentRole, ...crossBorder.talentShortage, ...crossBorder.otherPoints]) {
      expect(p.source.sourceId).toBe('seed002-cross-border-clusters');
      expectSourceExists(p.source, p.id);
    }
  });

  it("reads Yongkang's four figures from yongkang.json proseFigures, each with a source file that exists", () => {
    const figs: KeyFigure[] = crossBorder.yongkang.figures;
    expect(figs.map((f) => [f.id, f.value, f.qualifier, f.year])).toEqual([
      ['cb-firms', 11300, 'more than', null],
      ['cb-firms-growth-vs-2016', 334.6, null, null],
      ['trad-foreign-trade-share', 47.5, null, null],
      ['cb-online-retail-exports-2019', 6560000000, null, 2019],
    ]);
    expect(figs[1].baseYear).toBe(2016);
    expect(figs[3].rank?.value).toBe(2);
    for (const f of figs) expectSourceExists(f.source, f.id);
    expect(figs[0].notes.map((n) => n.id)).toEqual(['yk-prose-figures-undated']);
  });

  it('the national scale figures link to the two separate series and carry the notes on their definitions', () => {
    expect(crossBorder.scale.figures.map((f) => [f.id, f.value, f.year])).toEqual([
      ['china-cb-ecommerce-2020', 12500000000000, 2020],
      ['china-cb-ecommerce-2020-growth', 19.4, 2020],
    ]);
    for (const f of crossBorder.scale.figures) expectSourceExists(f.source, f.id);
    expect(crossBorder.scale.seriesIds).toEqual([...SCALE_SERIES_IDS]);
    expect(crossBorder.scale.notes.map((n) => n.id)).toEqual(['ser-seed003-cross-border-2020', 'ser-cb-three-definitions']);
    expect(crossBorder.links).toEqual({
      transactions: '/transactions?series=100ec-cross-border-transaction-scale&series=gacc-cross-border-ecommerce-trade',
      yongkang: '/clusters/yongkang',
    });
  });
});

describe('cluster registry and API schema', () => {
  it('serves wenzhou and cross-border; an unknown id loads nothing', async () => {
    expect(CLUSTER_IDS).toEqual(expect.arrayContaining(['wenzhou', 'cross-border']));
    expect(isClusterId('atlantis')).toBe(false);
    expect(isClusterId('toString')).toBe(false);
    expect(await loadClusterCaseStudy('atlantis')).toBeNull();
  });

  it('shared mapping: a text needs both languages, a figure keeps only the particulars it has', () => {
    expect(localText('a', 'b')).toEqual({ en: 'a', zh: 'b' });
    expect([localText('a', undefined), localText(undefined, 'b'), localText('', 'b')]).toEqual([null, null, null]);

    const source = { sourceId: 'seed003-zhu-lu-yongkang', where: 'p. 1' };
    const base = { id: 'f', labelEn: 'F', labelZh: '甲', value: 3, unit: 'percent', qualifier: null, year: 2020, source, noteIds: [] };
    expect(toKeyFigure(base, 'yongkang', new Map())).toEqual({
      id: 'f',
      label: { en: 'F', zh: '甲' },
      value: 3,
      unit: 'percent',
      qualifier: null,
      year: 2020,
      yearNote: null,
      baseYear: null,
      aboutCluster: 'yongkang',
      scope: null,
      rank: null,
      source: { sourceId: source.sourceId, where: 'p. 1', quote: null, alsoQuotes: [] },
      note: null,
      notes: [],
    });
    const full = toKeyFigure({ ...base, noteEn: 'n', noteZh: '注', yearNoteEn: 'y', yearNoteZh: '年', baseYear: 2016, scopeEn: 's', scopeZh: '范', rankInZhejiang: 2, rankNoteEn: 'r' }, 'china', new Map());
    expect([full.note, full.yearNote, full.baseYear, full.scope, full.rank]).toEqual([{ en: 'n', zh: '注' }, { en: 'y', zh: '年' }, 2016, { en: 's', zh: '范' }, null]);
  });

  it('an unknown note id is a data error', () => {
    expect(() => resolveNotes(wenzhouData.notes, ['no-such-note'])).toThrow(/no-such-note/);
  });

  it('the OpenAPI response schemas accept the real case studies, and the path registers', () => {
    expect(wenzhouCaseStudySchema.safeParse(wenzhou).success).toBe(true);
    expect(crossBorderCaseStudySchema.safeParse(crossBorder).success).toBe(true);
    expect(clusterResponseSchema.safeParse({ data: wenzhou, meta: { id: 'wenzhou', clusters: CLUSTER_IDS } }).success).toBe(true);
    const registry = new OpenAPIRegistry();
    register(registry);
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(Object.keys(doc.paths ?? {})).toEqual(['/api/v1/clusters/{id}']);
  });
});
