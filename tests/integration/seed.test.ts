import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedStore } from '@/lib/data/seed-store.ts';
import { db } from '@/lib/db/index.ts';

const TABLES = ['source', 'province', 'city', 'taobao_village_national', 'taobao_village_province_count', 'taobao_village_city_count', 'data_note', 'series', 'series_value'];

async function snapshot() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
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

describe('seed', () => {
  afterAll(() => db().$disconnect());

  it('is idempotent: seeding again (forced) leaves identical rows', async () => {
    const before = await snapshot();
    const again = await seedStore(db(), resolve(import.meta.dirname, '../../data'), { force: true });
    expect(again.skipped).toBe(false);
    expect(await snapshot()).toEqual(before);
    const skipped = await seedStore(db(), resolve(import.meta.dirname, '../../data'));
    expect(skipped.skipped).toBe(true);
  });

  it('loaded the whole registry and the 22-city table', async () => {
    const snap = await snapshot();
    expect(Number(snap.province.split(':')[0])).toBe(31);
    expect(Number(snap.city.split(':')[0])).toBeGreaterThan(330);
    expect(await db().taobaoVillageCityCount.count({ where: { rankedList: 'seed001-fig1-2019' } })).toBe(22);
  });
});
