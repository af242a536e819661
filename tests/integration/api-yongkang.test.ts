import { describe, expect, it } from 'vitest';
import { semTableResponseSchema } from '@/lib/api/openapi/yongkang.ts';
import { get, getCsv, getJson } from './http.ts';

const TABLES = ['items', 'reliability', 'validity', 'fit', 'paths', 'mediation', 'sample'] as const;
const BASE = '/api/v1/clusters/yongkang/sem';

/** CSV cell → the JSON value it stands for (numbers as numbers, true/false, empty = null). */
function fromCsv(text: string, type: string): unknown {
  if (text === '') return null;
  if (type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}

describe('GET /api/v1/clusters/yongkang/sem/{table}', () => {
  it.each(TABLES)('%s: JSON matches the documented schema and names its source and notes', async (table) => {
    const { status, body } = await getJson<any>(`${BASE}/${table}`);
    expect(status).toBe(200);
    const parsed = semTableResponseSchema.parse(body);
    expect(parsed.meta.table).toBe(table);
    expect(parsed.meta.source.sourceId).toBe('seed003-zhu-lu-yongkang');
    expect(parsed.meta.source.where.length).toBeGreaterThan(0);
    expect(parsed.data.length).toBeGreaterThan(0);
    for (const row of parsed.data) expect(Object.keys(row).filter((k) => k !== 'noteIds')).toEqual(parsed.meta.columns.map((c) => c.key));
    for (const row of parsed.data) for (const ids of Object.values(row.noteIds)) for (const id of ids) expect(parsed.meta.notes.map((n) => n.id)).toContain(id);
  });

  it.each(TABLES)('%s: the CSV twin has exactly the JSON rows and columns, in both languages', async (table) => {
    for (const lang of ['en', 'zh']) {
      const [json, csv] = await Promise.all([getJson<any>(`${BASE}/${table}?lang=${lang}`), getCsv(`${BASE}/${table}.csv?lang=${lang}`)]);
      expect(csv.status).toBe(200);
      expect(csv.bom).toBe(true);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toContain(`yongkang-sem-${table}`);
      const columns: Array<{ key: string; type: string }> = json.body.meta.columns;
      expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(columns.map((c) => c.key).join(','));
      expect(csv.rows.map((r) => columns.map((c) => fromCsv(r[c.key]!, c.type)))).toEqual(json.body.data.map((r: any) => columns.map((c) => r[c.key])));
    }
  });

  it('keeps the paper’s values and the notes that flag them', async () => {
    const fit = await getJson<any>(`${BASE}/fit`);
    const gfi = fit.body.data.find((r: any) => r.index === 'GFI');
    expect(gfi).toMatchObject({ value: 0.884, judgment_printed: 'acceptable', meets_threshold: false, acceptable_threshold: '>0.85', meets_acceptable: true });
    expect(gfi.noteIds.value).toEqual(['yk-fit-gfi-called-cfi']);
    expect(fit.body.data.find((r: any) => r.index === 'CFI').value).toBe(0.954);

    const med = await getJson<any>(`${BASE}/mediation`);
    const f3 = med.body.data.filter((r: any) => r.model === 'F3→M→Y');
    expect(f3.map((r: any) => [r.effect, r.proportion_pct, r.share_recomputed_pct, r.share_in_prose_pct])).toEqual([
      ['indirect', 26.51, 26.51, 73.49],
      ['direct', 73.49, 73.49, 26.52],
      ['total', null, null, null],
    ]);
    expect(med.body.meta.notes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['yk-f3-shares-swapped', 'yk-f3-direct-ci-upper', 'yk-h4-reasoning']));

    const items = await getJson<any>(`${BASE}/items?lang=zh`);
    const t14 = items.body.data.find((r: any) => r.item_id === 'T14');
    expect(t14.loading).toBeNull();
    expect(t14.noteIds.loading).toEqual(['yk-t14-no-loading']);
    expect(items.body.data.find((r: any) => r.item_id === 'Y2').alpha_printed).toBe(0.042);
    expect(items.body.meta.columns.find((c: any) => c.key === 'loading').label).toBe('因子载荷');
    expect(items.body.meta.notes[0].text).toMatch(/[\u4e00-\u9fff]/);

    const validity = await getJson<any>(`${BASE}/validity`);
    const y = validity.body.data.find((r: any) => r.construct === 'Y');
    expect(y).toMatchObject({ Y: 0.757, sqrt_ave_recomputed: 0.7563, diagonal_matches: false, fornell_larcker_passes: true });
    expect(validity.body.meta.columns.filter((c: any) => c.derived).map((c: any) => c.key)).toEqual(['sqrt_ave_recomputed', 'diagonal_matches', 'max_correlation', 'max_correlation_with', 'fornell_larcker_passes']);

    const sample = await getJson<any>(`${BASE}/sample`);
    expect(sample.body.meta.questionnaires).toEqual({ distributed: 285, returned: 254, valid: 233 });
    expect(sample.body.data).toHaveLength(16);
  });

  it('CSV writes numbers as numbers (negative CI bound not quote-prefixed) and booleans as true/false', async () => {
    const csv = await getCsv(`${BASE}/mediation.csv`);
    const f1Direct = csv.rows.find((r) => r.model === 'F1→M→Y' && r.effect === 'direct')!;
    expect(f1Direct).toMatchObject({ ci_lower: '-0.005', ci_upper: '0.192', point_estimate: '', ci_excludes_zero: 'false' });
  });

  it.each([
    [`${BASE}/bogus`, 'table'],
    [`${BASE}/bogus.csv`, 'table'],
    [`${BASE}/items.json`, 'table'],
    [`${BASE}/items?lang=fr`, 'lang'],
  ])('%s → 400 naming %s', async (path, field) => {
    const { status, body } = await getJson<any>(path);
    expect(status).toBe(400);
    expect(body.error).toContain(field);
    expect(body.issues[0].path).toEqual([field]);
  });

  it('rejects unknown query parameters', async () => {
    const res = await get(`${BASE}/items?foo=1`);
    expect(res.status).toBe(400);
  });
});
