import { describe, expect, it } from 'vitest';
import { getJson } from './http.ts';

describe('GET /api/v1/clusters/{id}', () => {
  it('wenzhou: key figures with sources, the index tree (3/7/28), the five factors and the notes', async () => {
    const { status, body, headers } = await getJson<any>('/api/v1/clusters/wenzhou');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/json');
    expect(body.meta.id).toBe('wenzhou');
    expect(body.meta.clusters).toEqual(expect.arrayContaining(['wenzhou', 'cross-border']));
    const d = body.data;
    expect(d.id).toBe('wenzhou');

    expect(d.keyFigures.map((f: any) => [f.id, f.value])).toEqual([
      ['taobao-villages', 324],
      ['national-rank', 2],
      ['active-agri-online-stores', 2284],
      ['agri-enterprises-ecommerce-share', 40],
    ]);
    for (const f of d.keyFigures) {
      expect(f.source.sourceId).toBe('seed001-xia-wenzhou');
      expect(f.source.where.length).toBeGreaterThan(0);
      expect(f.source.quote.length).toBeGreaterThan(0);
      expect(f.notes.length).toBeGreaterThan(0);
    }

    expect(d.indexSystem.counts).toEqual({ level1: 3, level2: 7, level3: 28 });
    const tree = d.indexSystem.tree;
    expect(tree).toHaveLength(3);
    expect(tree.flatMap((a: any) => a.children)).toHaveLength(7);
    expect(tree.flatMap((a: any) => a.children.flatMap((b: any) => b.children))).toHaveLength(28);
    expect(tree[0].children[0]).toMatchObject({ namePrinted: 'base installation', level: 2, counts: { level2: 0, level3: 9 } });

    expect(d.developmentFactors.factors.map((f: any) => f.factorPrinted)).toEqual(['Geographical advantage', 'Leading enterprise', 'external economy', 'Government behavior', 'Social network']);
    const noteIds = d.notes.map((n: any) => n.id);
    expect(noteIds).toEqual(expect.arrayContaining(['wz-figure1-is-a-table', 'wz-t1-mip-no-level3', 'wz-t2-consanguinity']));
    // every note id referenced in the tree resolves in data.notes
    const walk = (nodes: any[]): any[] => nodes.flatMap((n) => [n, ...walk(n.children)]);
    for (const n of walk(tree)) for (const id of n.noteIds) expect(noteIds).toContain(id);
    expect(d.links.villages).toBe('/villages?province=330000');
  });

  it('cross-border: logistics models with null advantages, Yongkang figures and the two scale series', async () => {
    const { status, body } = await getJson<any>('/api/v1/clusters/cross-border');
    expect(status).toBe(200);
    expect(body.data.logisticsModels).toHaveLength(5);
    expect(body.data.logisticsModels.every((m: any) => m.advantages === null && m.disadvantages === null)).toBe(true);
    expect(body.data.yongkang.figures.map((f: any) => f.value)).toEqual([11300, 334.6, 47.5, 6560000000]);
    expect(body.data.scale.seriesIds).toEqual(['100ec-cross-border-transaction-scale', 'gacc-cross-border-ecommerce-trade']);
  });

  it('an unknown id is a 400 on path ["id"] that lists the known ids', async () => {
    const { status, body } = await getJson<any>('/api/v1/clusters/atlantis');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid cluster id');
    expect(body.issues).toHaveLength(1);
    expect(body.issues[0].path).toEqual(['id']);
    expect(body.issues[0].message).toContain('atlantis');
    for (const id of ['wenzhou', 'cross-border']) expect(body.issues[0].message).toContain(id);
  });

  it('every id listed in meta.clusters is served', async () => {
    const { body } = await getJson<any>('/api/v1/clusters/wenzhou');
    for (const id of body.meta.clusters) {
      const res = await getJson<any>(`/api/v1/clusters/${id}`);
      expect(res.status, id).toBe(200);
      expect(res.body.data.id, id).toBe(id);
    }
  });

  it('rejects query parameters it does not know', async () => {
    const { status, body } = await getJson<any>('/api/v1/clusters/wenzhou?year=2019');
    expect(status).toBe(400);
    expect(body.issues.length).toBeGreaterThan(0);
  });
});
