import { resolve } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '@/lib/data/seed-store.ts';
import { PrismaClient } from '@/lib/generated/prisma/client.ts';
import { createOwnDatabase, type OwnDatabase } from './own-database.ts';

// Seeds a database of its own (a forced reseed of the shared one would empty the app's response
// cache and rewrite rows under the other test files).
const TABLES = ['source', 'province', 'city', 'taobao_village_national', 'taobao_village_province_count', 'taobao_village_city_count', 'data_note', 'series', 'series_value',
  // the models section (migration 20261203210000_business_models)
  'citation', 'model_section', 'model_section_text', 'business_model_dimension', 'business_model', 'business_model_requirement', 'business_model_platform',
  'business_model_example', 'business_model_claim', 'platform_type', 'platform_type_example', 'platform_text', 'model_guide_rule', 'model_guide_model', 'model_guide_threshold'];
const CASE_STUDY_TABLES = ['case_study', 'case_figure', 'case_point', 'sem_construct', 'sem_item', 'sem_reliability', 'sem_validity', 'sem_correlation', 'sem_fit_index', 'sem_path', 'sem_mediation_effect', 'sem_hypothesis', 'sem_prose_claim', 'sem_sample_category', 'wenzhou_indicator', 'wenzhou_factor', 'cross_border_logistics_model'];
TABLES.push(...CASE_STUDY_TABLES);
const DATA = resolve(import.meta.dirname, '../../data');
const SHARED_URL = process.env.DATABASE_URL ?? '';

let own: OwnDatabase;
let prisma: PrismaClient;

async function snapshot() {
  const client = new pg.Client({ connectionString: own.url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
      out[table] = `${rows[0].n}:${rows[0].sum}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe.skipIf(!SHARED_URL)('seed', () => {
  beforeAll(async () => {
    own = await createOwnDatabase(SHARED_URL, 'seed_test');
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: own.url, max: 2 }) });
    const first = await seedStore(prisma, DATA);
    expect(first.skipped).toBe(false);
  }, 180_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await own?.drop();
  });

  it('is idempotent: seeding again (forced) leaves identical rows', async () => {
    const before = await snapshot();
    const again = await seedStore(prisma, DATA, { force: true });
    expect(again.skipped).toBe(false);
    expect(await snapshot()).toEqual(before);
    const skipped = await seedStore(prisma, DATA);
    expect(skipped.skipped).toBe(true);
  }, 180_000); // two seeds: slow when the machine is busy (the integration files run in parallel)

  it('loaded the whole registry and the 22-city table', async () => {
    const snap = await snapshot();
    expect(Number(snap.province.split(':')[0])).toBe(31);
    expect(Number(snap.city.split(':')[0])).toBeGreaterThan(330);
    expect(await prisma.taobaoVillageCityCount.count({ where: { rankedList: 'seed001-fig1-2019' } })).toBe(22);
  });
});
