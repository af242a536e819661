import { describe, expect, it } from 'vitest';
import { get, getCsv, getJson } from './http.ts';

type Cell = { level: 1 | 2 | 3 | null; quote: string | null; where: string; support: string | null; source: { sourceId: string } };
type Model = { id: string; requirements: Record<string, Cell> };
type Entry = { position: number; model: string; status: string; paperRank: number | null; checks: { dimension: string; outcome: string }[]; sentences: string[] };
type Body = {
  data: { models: Model[]; platformTypes: { types: { id: string }[] }; guide: { disclaimerEn: string; ordering: { order: string[] } }; guideResult?: { input: Record<string, number>; entries: Entry[] } };
  meta: { sources: { sourceId: string; where: string }[]; notes: { id: string }[] };
};

describe('GET /api/v1/models', () => {
  it('returns the models, platform types and guide, with sources and notes, and no ordering without levels', async () => {
    const { status, body } = await getJson<Body>('/api/v1/models');
    expect(status).toBe(200);
    expect(body.data.models.map((m) => m.id)).toEqual(['B2B', 'B2C', 'C2C', 'O2O']);
    expect(body.data.platformTypes.types.map((p) => p.id)).toEqual(['portal', 'store-in-store', 'c2c', 'b2b', 'b2c']);
    expect(body.data.guide.disclaimerEn).toMatch(/not a fitted/);
    expect(body.data.guide.ordering.order).toEqual(['B2C', 'O2O', 'C2C']);
    expect(body.data.guideResult).toBeUndefined();
    expect(body.meta.sources.map((s) => s.sourceId)).toEqual(expect.arrayContaining(['seed000-agglomeration-big-data', 'seed004-ecommerce-platform-types']));
    expect(body.meta.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['m-b2b-not-compared', 'm-figure7-image', 'm-o2o-paragraph-names-c2c']));
    // Null cells stay null (never 0); every level has its quote.
    const b2b = body.data.models.find((m) => m.id === 'B2B')!;
    expect(Object.values(b2b.requirements).every((c) => c.level === null && c.quote === null)).toBe(true);
    const o2o = body.data.models.find((m) => m.id === 'O2O')!;
    expect(o2o.requirements.capital).toMatchObject({ level: null, support: 'bounded' });
    for (const m of body.data.models) for (const c of Object.values(m.requirements)) if (c.level !== null) expect(c.quote).toBeTruthy();
  });

  it.each([
    ['capital=1&info=1&mgmt=1', ['C2C', 'B2C', 'O2O', 'B2B']],
    ['capital=2&info=2&mgmt=2', ['O2O', 'C2C', 'B2C', 'B2B']],
    ['capital=3&info=3&mgmt=3', ['B2C', 'O2O', 'C2C', 'B2B']],
    ['capital=1&info=3&mgmt=3', ['O2O', 'C2C', 'B2C', 'B2B']],
  ])('?%s adds data.guideResult in the order %o', async (query, expected) => {
    const { status, body } = await getJson<Body>(`/api/v1/models?${query}`);
    expect(status).toBe(200);
    const entries = body.data.guideResult!.entries;
    expect(entries.map((e) => e.model)).toEqual(expected);
    expect(entries.at(-1)).toMatchObject({ model: 'B2B', status: 'paper-silent', paperRank: null });
    for (const e of entries) expect(e.sentences.length).toBeGreaterThan(0);
  });

  it('echoes the input and reports every dimension of every model', async () => {
    const { body } = await getJson<Body>('/api/v1/models?capital=1&info=3&mgmt=3');
    expect(body.data.guideResult!.input).toEqual({ capital: 1, info: 3, mgmt: 3 });
    const o2o = body.data.guideResult!.entries[0]!;
    expect(o2o.checks.map((c) => c.outcome)).toEqual(['paper-silent', 'met', 'met', 'not-asked']);
  });

  it.each([
    ['capital=4&info=1&mgmt=1', 'capital'],
    ['capital=1&info=high&mgmt=1', 'info'],
    ['capital=1&info=1&mgmt=', 'mgmt'],
    ['capital=1&info=1', 'mgmt'],
    ['capital=1&capital=2&info=1&mgmt=1', 'capital'],
    ['bogus=1', ''],
  ])('rejects %s with a 400 naming the field', async (query, field) => {
    const { status, body } = await getJson<{ error: string; issues: { path: (string | number)[]; message: string }[] }>(`/api/v1/models?${query}`);
    expect(status).toBe(400);
    expect(typeof body.error).toBe('string');
    expect(body.issues.length).toBeGreaterThan(0);
    if (field) {
      expect(body.error).toContain(field);
      expect(body.issues.map((i) => i.path[0])).toContain(field);
    } else {
      expect(body.issues[0]!.message).toMatch(/bogus|unrecognized/i);
    }
  });
});

describe('GET /api/v1/models.csv', () => {
  it('has one row per matrix cell with level, label, quote and where, equal to the JSON', async () => {
    const [json, csv] = await Promise.all([getJson<Body>('/api/v1/models'), getCsv('/api/v1/models.csv')]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('business-models-requirement-matrix-en.csv');
    expect(csv.bom).toBe(true);
    expect(Object.keys(csv.rows[0]!)).toEqual(['model', 'dimension', 'dimension_label', 'level', 'level_label', 'support', 'quote', 'also_quotes', 'source_id', 'where', 'note']);
    const fromJson = json.body.data.models.flatMap((m) =>
      Object.entries(m.requirements).map(([d, c]) => [m.id, d, c.level === null ? '' : String(c.level), c.quote ?? '', c.where, c.source.sourceId]),
    );
    expect(csv.rows.map((r) => [r.model, r.dimension, r.level, r.quote, r.where, r.source_id])).toEqual(fromJson);
    expect(csv.rows.find((r) => r.model === 'B2C' && r.dimension === 'capital')!.level_label).toBe('high');
    expect(csv.rows.find((r) => r.model === 'O2O' && r.dimension === 'capital')!.level_label).toBe('not determinable');
    expect(csv.rows.find((r) => r.model === 'B2B' && r.dimension === 'management')!.level_label).toBe('not stated');
  });

  it('?lang=zh gives Chinese labels and notes, quotes unchanged', async () => {
    const [en, zh] = await Promise.all([getCsv('/api/v1/models.csv'), getCsv('/api/v1/models.csv?lang=zh')]);
    expect(zh.status).toBe(200);
    expect(zh.rows.find((r) => r.model === 'C2C' && r.dimension === 'capital')!.level_label).toBe('低');
    expect(zh.rows.map((r) => r.quote)).toEqual(en.rows.map((r) => r.quote));
  });

  it('rejects unknown parameters and languages', async () => {
    expect((await get('/api/v1/models.csv?lang=fr')).status).toBe(400);
    expect((await get('/api/v1/models.csv?capital=1')).status).toBe(400);
  });
});
