import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { createResponseCache } from '@/server/response-cache.mjs';
import { bumpVersionsStatement, SCOPED_VERSION_KEYS, type VersionScope } from '@/lib/data/data-version.mjs';
import { pollUntil } from '../poll.ts';
import { createOwnDatabase, type OwnDatabase } from './own-database.ts';

// What the response cache serves after the data version changes (server/response-cache.mjs): the
// previous answer of a URL stands in only while that URL is rendered anew or while the bounded
// number of re-renders is busy; every answer is whole, from one version; once a URL has been
// answered with the new data it never gets the previous one again. Each cache polls the data
// version of a database of this file's own (the real PostgreSQL of the suite), which the test
// moves; the "page" is a handler whose content the test sets and whose renders it holds open.
type Cache = {
  handle: (...a: unknown[]) => void;
  ready: () => Promise<void>;
  stats: () => { version: string | null; stale: number; refreshing: number };
  close: () => Promise<void>;
};
type Answer = { status: number; cache: string | null; body: string };

describe.skipIf(!process.env.DATABASE_URL)('response cache: previous answers while a new version is rendered', () => {
  let own: OwnDatabase;
  let meta: pg.Client;
  let version = 0;

  /** Moves the data version as an import does, and lets `cache` see it now (no wait for its timer). */
  async function bump(cache: Cache) {
    version += 1;
    await meta.query("INSERT INTO app_meta (key, value) VALUES ('data_version', $1) ON CONFLICT (key) DO UPDATE SET value = $1", [`v${version}`]);
    await cache.ready();
    expect(cache.stats().version).toBe(`v${version}`);
  }

  /** A server whose pages show `content.now`; a render of a path in `held` waits until released. */
  async function serve(options: Record<string, unknown>) {
    const cache: Cache = createResponseCache({ databaseUrl: own.url, pollMs: 3_600_000, ...options });
    await cache.ready();
    // waiting: the paths whose render has begun and is held at its gate.
    const state = { content: 'first', renders: 0, arrived: 0, waiting: new Set<string>(), failing: new Set<string>() };
    const gates = new Map<string, Promise<void>>();
    const server: Server = createServer((req, res) => {
      state.arrived += 1;
      cache.handle(req, res, async () => {
        state.renders += 1;
        // The content is read when the render starts, as a page reads the store.
        const content = state.content;
        const gate = gates.get(req.url ?? '');
        if (gate) {
          state.waiting.add(req.url ?? '');
          await gate;
          state.waiting.delete(req.url ?? '');
        }
        res.statusCode = state.failing.has(req.url ?? '') ? 500 : 200;
        res.setHeader('content-type', 'text/html');
        res.end(`<p>${req.url} ${content}</p>`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string): Promise<Answer> => {
      const res = await fetch(`${base}${path}`);
      return { status: res.status, cache: res.headers.get('x-atlas-cache'), body: await res.text() };
    };
    const hold = (path: string) => {
      let release = () => {};
      gates.set(path, new Promise<void>((r) => (release = r)));
      return () => {
        gates.delete(path);
        release();
      };
    };
    /** Requests `path` with its render held; resolves once that render has begun (the cache counts it as refreshing by then). */
    const renderHeld = async (path: string) => {
      const release = hold(path);
      const answer = get(path);
      await pollUntil(async () => state.waiting.has(path), Boolean, 10_000);
      return { answer, release };
    };
    /** The pages show `content` from now on, and the data version moves (as an import does). */
    const change = async (content: string) => {
      state.content = content;
      await bump(cache);
    };
    const stop = async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await cache.close();
    };
    return { cache, state, get, renderHeld, change, stop };
  }

  /** Runs `test` against a fresh server (serve), stopped afterwards whatever happens. */
  async function withApp(options: Record<string, unknown>, test: (app: Awaited<ReturnType<typeof serve>>) => Promise<void>) {
    const app = await serve(options);
    try {
      await test(app);
    } finally {
      await app.stop();
    }
  }

  beforeAll(async () => {
    own = await createOwnDatabase(process.env.DATABASE_URL!, 'cache_stand_in');
    meta = new pg.Client({ connectionString: own.url });
    await meta.connect();
    await meta.query("INSERT INTO app_meta (key, value) VALUES ('data_version', 'v0') ON CONFLICT (key) DO UPDATE SET value = 'v0'");
  });

  afterAll(async () => {
    await meta?.end();
    await own?.drop();
  });

  it('renders a URL anew for one request while others get its previous answer, whole; then only the new one', async () => {
    await withApp({ standInMs: 3_600_000, maxRefreshes: 2 }, async (app) => {
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'miss', body: '<p>/p first</p>' });
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'hit', body: '<p>/p first</p>' });

      await app.change('second');
      expect(app.cache.stats().stale).toBe(1);
      const renewing = await app.renderHeld('/p');
      expect(app.state.renders).toBe(2);
      // While /p is being rendered anew, another reader gets the previous answer at once.
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'stale', body: '<p>/p first</p>' });
      expect(app.state.renders).toBe(2);
      renewing.release();
      expect(await renewing.answer).toEqual({ status: 200, cache: 'miss', body: '<p>/p second</p>' });
      for (let i = 0; i < 3; i++) expect(await app.get('/p')).toEqual({ status: 200, cache: 'hit', body: '<p>/p second</p>' });
      expect(app.cache.stats().stale).toBe(0);
    });
  });

  it('renders at most maxRefreshes previous entries at once; the others stand in until a render is free', async () => {
    await withApp({ standInMs: 3_600_000, maxRefreshes: 1 }, async (app) => {
      for (const path of ['/a', '/b']) await app.get(path);
      await app.change('second');
      const renewing = await app.renderHeld('/a');
      expect(app.cache.stats().refreshing).toBe(1);
      const rendersBefore = app.state.renders;
      expect(await app.get('/b')).toEqual({ status: 200, cache: 'stale', body: '<p>/b first</p>' });
      expect(app.state.renders).toBe(rendersBefore);
      renewing.release();
      expect((await renewing.answer).body).toBe('<p>/a second</p>');
      expect(await app.get('/b')).toEqual({ status: 200, cache: 'miss', body: '<p>/b second</p>' });
      expect(app.cache.stats().refreshing).toBe(0);
    });
  });

  it('gives a free re-render to the slowest previous answer readers ask for, before quicker ones', async () => {
    await withApp({ standInMs: 3_600_000, maxRefreshes: 1 }, async (app) => {
      // /slow took a second to render in the first version; /fast and /busy took no time.
      const slow = await app.renderHeld('/slow');
      await new Promise((r) => setTimeout(r, 1000));
      slow.release();
      await slow.answer;
      for (const path of ['/fast', '/busy']) await app.get(path);
      await app.change('second');
      const busy = await app.renderHeld('/busy');
      // The one re-render is busy: both get their previous answers, and both are now asked for.
      expect(await app.get('/fast')).toEqual({ status: 200, cache: 'stale', body: '<p>/fast first</p>' });
      expect(await app.get('/slow')).toEqual({ status: 200, cache: 'stale', body: '<p>/slow first</p>' });
      busy.release();
      await busy.answer;
      // The render is free again: it is kept for /slow, so /fast still stands in …
      expect(await app.get('/fast')).toEqual({ status: 200, cache: 'stale', body: '<p>/fast first</p>' });
      expect(await app.get('/slow')).toEqual({ status: 200, cache: 'miss', body: '<p>/slow second</p>' });
      // … and renders once /slow is done.
      expect(await app.get('/fast')).toEqual({ status: 200, cache: 'miss', body: '<p>/fast second</p>' });
    });
  });

  it('drops the previous answer of a URL whose new render was not stored (an error): no reader gets it after that', async () => {
    await withApp({ standInMs: 3_600_000 }, async (app) => {
      await app.get('/e');
      app.state.failing.add('/e');
      await app.change('second');
      expect(await app.get('/e')).toEqual({ status: 500, cache: 'miss', body: '<p>/e second</p>' });
      app.state.failing.delete('/e');
      expect(await app.get('/e')).toEqual({ status: 200, cache: 'miss', body: '<p>/e second</p>' });
    });
  });

  it('with standInMs 0 no previous answer is served: a reader waits for the one render of the new version', async () => {
    await withApp({ standInMs: 0 }, async (app) => {
      await app.get('/w');
      await app.change('second');
      expect(app.cache.stats().stale).toBe(0);
      const first = await app.renderHeld('/w');
      expect(app.state.renders).toBe(2);
      const second = app.get('/w');
      // The second request is inside the cache (it would have been answered at once if it stood in).
      await pollUntil(async () => app.state.arrived, (n) => n === 3, 10_000);
      first.release();
      expect(await first.answer).toEqual({ status: 200, cache: 'miss', body: '<p>/w second</p>' });
      expect(await second).toEqual({ status: 200, cache: 'hit', body: '<p>/w second</p>' });
      expect(app.state.renders).toBe(2);
    });
  });

  it('keeps the answers whose narrower version did not move: a village import re-renders neither the series nor the seed-only routes', async () => {
    /** Moves the versions as an import of that kind does (lib/import/store.ts, the seed), and lets the cache see it. */
    const importOf = async (app: Awaited<ReturnType<typeof serve>>, content: string, scopes: VersionScope[]) => {
      app.state.content = content;
      await meta.query(bumpVersionsStatement(scopes, `v-${content}`));
      await app.cache.ready();
      expect(app.cache.stats().version).toBe(`v-${content}`);
    };
    await meta.query(bumpVersionsStatement(['series', 'seed'], 'v-first'));
    try {
      await withApp({ standInMs: 0 }, async (app) => {
        const paths = ['/en/models', '/zh/users?series=a', '/api/v1/series/a.csv', '/en/villages'];
        for (const path of paths) expect((await app.get(path)).cache).toBe('miss');
        const bodies = async () => Object.fromEntries(await Promise.all(paths.map(async (p) => [p, (await app.get(p)).body.replace(`<p>${p} `, '').replace('</p>', '')])));

        await importOf(app, 'villages', []);
        expect(await bodies()).toEqual({ '/en/models': 'first', '/zh/users?series=a': 'first', '/api/v1/series/a.csv': 'first', '/en/villages': 'villages' });
        expect((await app.get('/zh/users?series=a')).cache).toBe('hit');

        await importOf(app, 'series', ['series']);
        expect(await bodies()).toEqual({ '/en/models': 'first', '/zh/users?series=a': 'series', '/api/v1/series/a.csv': 'series', '/en/villages': 'series' });

        await importOf(app, 'seed', ['series', 'seed']);
        expect(await bodies()).toEqual({ '/en/models': 'seed', '/zh/users?series=a': 'seed', '/api/v1/series/a.csv': 'seed', '/en/villages': 'seed' });
      });
    } finally {
      await meta.query('DELETE FROM app_meta WHERE key = ANY($1)', [Object.values(SCOPED_VERSION_KEYS)]);
    }
  });

  it('keeps no answer two versions old: after a second change only the last version stands in', async () => {
    await withApp({ standInMs: 3_600_000 }, async (app) => {
      await app.get('/old');
      app.state.content = 'second';
      await app.get('/kept');
      await bump(app.cache);
      await app.get('/kept');
      await app.change('third');
      // /old was of the version before the last: gone. /kept (rendered after the first change) stands in.
      expect(app.cache.stats().stale).toBe(1);
      const renewing = await app.renderHeld('/kept');
      expect(app.cache.stats().refreshing).toBe(1);
      expect(await app.get('/kept')).toEqual({ status: 200, cache: 'stale', body: '<p>/kept second</p>' });
      renewing.release();
      expect((await renewing.answer).body).toBe('<p>/kept third</p>');
      expect(await app.get('/old')).toEqual({ status: 200, cache: 'miss', body: '<p>/old third</p>' });
    });
  });
});
