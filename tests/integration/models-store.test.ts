import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFiles } from '@/lib/data/load-data-files.ts';
import { citationsOf, readQuotingFiles } from '@/lib/data/source-quotes.ts';
import { SEED_TEXT_FILES } from '@/lib/data/seed-texts.ts';
import { getModelsSection } from '@/lib/queries/models.ts';
import { db } from '@/lib/db/index.ts';

// Reads the shared, seeded test database (never writes it): the models section is in the store,
// with its quotes, and every source anything refers to is a row of the one source table.
const DATA = resolve(import.meta.dirname, '../../data');
const URL = process.env.DATABASE_URL ?? '';

let client: pg.Client;
const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

describe.skipIf(!URL)('the models section in the store', () => {
  beforeAll(async () => {
    client = new pg.Client({ connectionString: URL });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db().$disconnect();
  });

  it('holds the five platform types of seed 004, each with its quoted source', async () => {
    const types = await rows<{ id: string; name_en: string; quote: string | null; seed_file: string }>(`
      SELECT t.id, t.name_en, c.quote, s.seed_file
      FROM platform_type t JOIN citation c ON c.id = t.citation_id JOIN source s ON s.id = c.source_id ORDER BY t.sort_order`);
    expect(types.map((t) => t.id)).toEqual(['portal', 'store-in-store', 'c2c', 'b2b', 'b2c']);
    for (const t of types) {
      expect(t.seed_file).toBe('004_47e894149115ae41.txt');
      expect(t.quote).toBeTruthy();
    }
    const texts = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM platform_text WHERE type_id IS NOT NULL`);
    expect(texts[0].n).toBe(15); // how it works, revenue modes, drawbacks × 5
  });

  it('holds the requirement levels with their quoted evidence, nulls kept as nulls', async () => {
    const cells = await rows<{ model_id: string; dimension_id: string; level: number | null; quote: string | null; support: string | null }>(`
      SELECT model_id, dimension_id, level, quote, support FROM business_model_requirement`);
    expect(cells).toHaveLength(20);
    const cell = (m: string, d: string) => cells.find((c) => c.model_id === m && c.dimension_id === d)!;
    expect(cell('B2C', 'capital')).toMatchObject({ level: 3, support: 'explicit' });
    expect(cell('B2C', 'capital').quote).toContain('requires more financial support');
    expect(cell('C2C', 'management').level).toBe(1);
    expect(cell('O2O', 'capital')).toMatchObject({ level: null, support: 'bounded' });
    for (const c of cells.filter((x) => x.model_id === 'B2B')) expect(c).toMatchObject({ level: null, quote: null });
    for (const c of cells.filter((x) => x.level !== null)) expect(c.quote, `${c.model_id}.${c.dimension_id}`).toBeTruthy();
    const guide = await rows<{ model_id: string; minimum: number | null }>(`SELECT model_id, minimum FROM model_guide_threshold WHERE dimension_id = 'capital' ORDER BY model_id`);
    expect(guide).toEqual([
      { model_id: 'B2B', minimum: null },
      { model_id: 'B2C', minimum: 3 },
      { model_id: 'C2C', minimum: 1 },
      { model_id: 'O2O', minimum: null },
    ]);
  });

  it('gives back exactly what the seed read from data/models (lib/queries/models.ts)', async () => {
    const fromFiles = loadDataFiles(DATA).models;
    const fromStore = await getModelsSection();
    expect(fromStore).toEqual(fromFiles);
    expect(JSON.stringify(fromStore)).toBe(JSON.stringify(fromFiles)); // same keys in the same order: same API bytes
  });
});

describe.skipIf(!URL)('one source table', () => {
  beforeAll(async () => {
    client = new pg.Client({ connectionString: URL });
    await client.connect();
  });
  afterAll(() => client?.end());

  it('every source referenced by a note, a series value, a count row or a citation is a row of source', async () => {
    const missing = await rows<{ table_name: string; source_id: string }>(`
      SELECT 'data_note' AS table_name, source_id FROM data_note WHERE source_id IS NOT NULL
      UNION SELECT 'series_value', source_id FROM series_value
      UNION SELECT 'taobao_village_national', source_id FROM taobao_village_national
      UNION SELECT 'taobao_village_province_count', source_id FROM taobao_village_province_count
      UNION SELECT 'taobao_village_city_count', source_id FROM taobao_village_city_count
      UNION SELECT 'taobao_village', source_id FROM taobao_village
      UNION SELECT 'citation', source_id FROM citation
      EXCEPT SELECT t, id FROM source, unnest(ARRAY['data_note', 'series_value', 'taobao_village_national', 'taobao_village_province_count', 'taobao_village_city_count', 'taobao_village', 'citation']) AS t`);
    expect(missing).toEqual([]);
    const dangling = await rows<{ id: string }>(`SELECT id FROM data_note WHERE citation_id IS NOT NULL AND citation_id NOT IN (SELECT id FROM citation)`);
    expect(dangling).toEqual([]);
  });

  it('every paper that data/models or data/clusters cites by file has a source entry (seeds 000–004)', async () => {
    const files = await rows<{ seed_file: string; id: string }>(`SELECT seed_file, id FROM source WHERE seed_file IS NOT NULL ORDER BY seed_file`);
    expect(files.map((f) => f.seed_file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    const known = new Set(files.map((f) => f.seed_file));
    const cited = [...new Set(citationsOf(readQuotingFiles(DATA), SEED_TEXT_FILES).map((c) => c.file))];
    expect(cited.filter((f) => !known.has(f))).toEqual([]);
  });

  it('every note and model citation of the models section points at a paper entry', async () => {
    const orphans = await rows<{ id: string }>(`
      SELECT c.id FROM citation c JOIN source s ON s.id = c.source_id WHERE c.id LIKE 'models/%' AND s.seed_file IS NULL`);
    expect(orphans).toEqual([]);
    const notes = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM data_note WHERE dataset = 'models' AND citation_id IS NOT NULL`);
    expect(notes[0].n).toBe(7);
  });
});
