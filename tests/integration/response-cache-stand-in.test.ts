import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { createResponseCache } from '@/server/response-cache.mjs';
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
    const state = { content: 'first', renders: 0, arrived: 0, held: new Map<string, () => void>(), failing: new Set<string>() };
    const gates = new Map<string, Promise<void>>();
    const server: Server = createServer((req, res) => {
      state.arrived += 1;
      cache.handle(req, res, async () => {
        state.renders += 1;
        // The content is read when the render starts, as a page reads the store.
        const content = state.content;
        const gate = gates.get(req.url ?? '');
        if (gate) await gate;
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
    const stop = async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await cache.close();
    };
    return { cache, state, get, hold, stop };
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
    const app = await serve({ standInMs: 3_600_000, maxRefreshes: 2 });
    try {
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'miss', body: '<p>/p first</p>' });
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'hit', body: '<p>/p first</p>' });

      app.state.content = 'second';
      await bump(app.cache);
      expect(app.cache.stats().stale).toBe(1);
      const release = app.hold('/p');
      const renewing = app.get('/p');
      await pollUntil(async () => app.state.renders, (n) => n === 2, 10_000);
      // While /p is being rendered anew, another reader gets the previous answer at once.
      expect(await app.get('/p')).toEqual({ status: 200, cache: 'stale', body: '<p>/p first</p>' });
      expect(app.state.renders).toBe(2);
      release();
      expect(await renewing).toEqual({ status: 200, cache: 'miss', body: '<p>/p second</p>' });
      for (let i = 0; i < 3; i++) expect(await app.get('/p')).toEqual({ status: 200, cache: 'hit', body: '<p>/p second</p>' });
      expect(app.cache.stats().stale).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it('renders at most maxRefreshes previous entries at once; the others stand in until a render is free', async () => {
    const app = await serve({ standInMs: 3_600_000, maxRefreshes: 1 });
    try {
      for (const path of ['/a', '/b']) await app.get(path);
      app.state.content = 'second';
      await bump(app.cache);
      const release = app.hold('/a');
      const renewing = app.get('/a');
      await pollUntil(async () => app.cache.stats().refreshing, (n) => n === 1, 10_000);
      const rendersBefore = app.state.renders;
      expect(await app.get('/b')).toEqual({ status: 200, cache: 'stale', body: '<p>/b first</p>' });
      expect(app.state.renders).toBe(rendersBefore);
      release();
      expect((await renewing).body).toBe('<p>/a second</p>');
      expect(await app.get('/b')).toEqual({ status: 200, cache: 'miss', body: '<p>/b second</p>' });
      expect(app.cache.stats().refreshing).toBe(0);
    } finally {
      await app.stop();
    }
  });

  it('drops the previous answer of a URL whose new render was not stored (an error): no reader gets it after that', async () => {
    const app = await serve({ standInMs: 3_600_000 });
    try {
      await app.get('/e');
      app.state.content = 'second';
      app.state.failing.add('/e');
      await bump(app.cache);
      expect(await app.get('/e')).toEqual({ status: 500, cache: 'miss', body: '<p>/e second</p>' });
      app.state.failing.delete('/e');
      expect(await app.get('/e')).toEqual({ status: 200, cache: 'miss', body: '<p>/e second</p>' });
    } finally {
      await app.stop();
    }
  });

  it('with standInMs 0 no previous answer is served: a reader waits for the one render of the new version', async () => {
    const app = await serve({ standInMs: 0 });
    try {
      await app.get('/w');
      app.state.content = 'second';
      await bump(app.cache);
      expect(app.cache.stats().stale).toBe(0);
      const release = app.hold('/w');
      const first = app.get('/w');
      await pollUntil(async () => app.state.renders, (n) => n === 2, 10_000);
      const second = app.get('/w');
      // The second request is inside the cache (it would have been answered at once if it stood in).
      await pollUntil(async () => app.state.arrived, (n) => n === 3, 10_000);
      release();
      expect(await first).toEqual({ status: 200, cache: 'miss', body: '<p>/w second</p>' });
      expect(await second).toEqual({ status: 200, cache: 'hit', body: '<p>/w second</p>' });
      expect(app.state.renders).toBe(2);
    } finally {
      await app.stop();
    }
  });

  it('keeps no answer two versions old: after a second change only the last version stands in', async () => {
    const app = await serve({ standInMs: 3_600_000 });
    try {
      await app.get('/old');
      app.state.content = 'second';
      await app.get('/kept');
      await bump(app.cache);
      await app.get('/kept');
      app.state.content = 'third';
      await bump(app.cache);
      // /old was of the version before the last: gone. /kept (rendered after the first change) stands in.
      expect(app.cache.stats().stale).toBe(1);
      const release = app.hold('/kept');
      const renewing = app.get('/kept');
      await pollUntil(async () => app.cache.stats().refreshing, (n) => n === 1, 10_000);
      expect(await app.get('/kept')).toEqual({ status: 200, cache: 'stale', body: '<p>/kept second</p>' });
      release();
      expect((await renewing).body).toBe('<p>/kept third</p>');
      expect(await app.get('/old')).toEqual({ status: 200, cache: 'miss', body: '<p>/old third</p>' });
    } finally {
      await app.stop();
    }
  });
});
