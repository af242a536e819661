// The store's data versions (app_meta). Plain ESM so that the writers (the seed, imports, the
// village registry load) and the reader (server/response-cache.mjs) share one definition.
//
// `data_version` moves with every change of the data. Two narrower versions let the response cache
// keep answers an import cannot have changed, so that an import renders anew only what it touched
// (on a busy machine, rendering every route of every instance again after a village import was what
// kept the new data from readers for more than 5 s: docs/performance.md, "Scale-out"):
//   - `data_version:series` moves when the time series may have changed (the seed, a series import);
//   - `data_version:seed` moves only when the seed runs (tables only the seed writes: the business
//     models, the Yongkang paper's tables).
// Which answers depend on which version is decided by server/cache-scopes.mjs.

export const DATA_VERSION_KEY = 'data_version';
/** @type {Readonly<Record<'series' | 'seed', string>>} */
export const SCOPED_VERSION_KEYS = Object.freeze({ series: 'data_version:series', seed: 'data_version:seed' });
export const ALL_VERSION_KEYS = Object.freeze([DATA_VERSION_KEY, ...Object.values(SCOPED_VERSION_KEYS)]);

/** A new, unique version value. */
export const newVersionValue = (tag = Math.random().toString(36).slice(2, 8)) => `${Date.now()}-${tag}`;

/**
 * The app_meta keys a change moves: always `data_version`, plus the scoped versions of what the
 * change may touch ('series', 'seed'; the seed passes both).
 * @param {readonly ('series' | 'seed')[]} scopes
 */
export const versionKeysFor = (scopes) => [DATA_VERSION_KEY, ...scopes.map((s) => SCOPED_VERSION_KEYS[s])];

/**
 * One statement that moves the versions of `scopes` to one new value, inside the caller's
 * transaction (so readers see the data and its versions change together).
 * @param {readonly ('series' | 'seed')[]} scopes
 * @param {string} [value]
 */
export function bumpVersionsStatement(scopes, value = newVersionValue()) {
  const keys = versionKeysFor(scopes);
  return {
    text: `INSERT INTO app_meta (key, value, updated_at) SELECT k, $1, now() AT TIME ZONE 'UTC' FROM unnest($2::text[]) AS k
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
    values: [value, keys],
  };
}
