import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from '@/lib/settings.mjs';

describe('settings (lib/settings.mjs): every environment variable validated in one place', () => {
  it('gives the documented defaults for an empty environment', () => {
    const s = parseSettings({});
    expect(s).toMatchObject({
      PORT: 3000,
      HOSTNAME: '0.0.0.0',
      EMBEDDED_PG_PORT: 54329,
      DB_POOL_SIZE: 10,
      DB_STREAM_POOL_SIZE: 4,
      EXPORT_RATE_LIMIT: 300,
      IMPORT_RATE_LIMIT: 30,
      ATLAS_RESPONSE_CACHE: true,
      ATLAS_RESPONSE_CACHE_MAX_ENTRY_BYTES: 8 * 1024 * 1024,
      HEALTH_DB_TIMEOUT_MS: 3000,
      ATLAS_IMPORT_MAX_BYTES: 50 * 1024 * 1024,
      ATLAS_IMPORT_DEBUG: false,
      ATLAS_FRONT_SERVER: false,
      ATLAS_RATE_LIMIT_STORE: 'memory',
      ATLAS_TRUSTED_PROXIES: [],
      ATLAS_WARM_PATHS: 'none',
    });
    expect(s.DATABASE_URL).toBeUndefined();
  });

  it('treats a blank value as unset and reads numbers and flags', () => {
    const s = parseSettings({ PORT: ' ', EXPORT_RATE_LIMIT: '5', ATLAS_RESPONSE_CACHE: '0', DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/atlas' });
    expect(s.PORT).toBe(3000);
    expect(s.EXPORT_RATE_LIMIT).toBe(5);
    expect(s.ATLAS_RESPONSE_CACHE).toBe(false);
    expect(s.DATABASE_URL).toBe('postgresql://u:p@127.0.0.1:5432/atlas');
  });

  it('refuses a value that is not a number instead of turning it into NaN, naming the variable', () => {
    expect(() => parseSettings({ EXPORT_RATE_LIMIT: 'many' })).toThrow(SettingsError);
    expect(() => parseSettings({ EXPORT_RATE_LIMIT: 'many' })).toThrow(/EXPORT_RATE_LIMIT="many" must be a whole number/);
    expect(() => parseSettings({ PORT: '70000' })).toThrow(/PORT="70000"/);
    expect(() => parseSettings({ DB_POOL_SIZE: '2.5' })).toThrow(/DB_POOL_SIZE/);
  });

  it('refuses a database URL that is not PostgreSQL, and a flag that is not 0 or 1', () => {
    expect(() => parseSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL="mysql:\/\/x" must be a postgresql:\/\/ URL/);
    expect(() => parseSettings({ ATLAS_RESPONSE_CACHE: 'yes' })).toThrow(/ATLAS_RESPONSE_CACHE="yes" must be 0 or 1/);
  });

  it('names every bad variable at once', () => {
    try {
      parseSettings({ PORT: 'x', IMPORT_RATE_LIMIT: '-1' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/^invalid settings: PORT="x" .*; IMPORT_RATE_LIMIT="-1" /);
    }
  });
  it('reads the warm start: none, pages, or a list of paths; anything else names the variable', () => {
    expect(parseSettings({ ATLAS_WARM_PATHS: ' pages ' }).ATLAS_WARM_PATHS).toBe('pages');
    expect(parseSettings({ ATLAS_WARM_PATHS: 'routes' }).ATLAS_WARM_PATHS).toBe('routes');
    expect(parseSettings({ ATLAS_WARM_PATHS: '/en/users, /zh/models,,/api/v1/series?x=1' }).ATLAS_WARM_PATHS).toEqual(['/en/users', '/zh/models', '/api/v1/series?x=1']);
    for (const bad of ['all', 'en/users', '//evil.example/x', '/en/users,http://x', ',']) {
      expect(() => parseSettings({ ATLAS_WARM_PATHS: bad }), bad).toThrow(/ATLAS_WARM_PATHS=.* must be none, pages, routes, or a comma-separated list/);
    }
  });

  it('takes an optional read replica URL, which needs DATABASE_URL (the primary, for writes)', () => {
    expect(parseSettings({}).DATABASE_REPLICA_URL).toBeUndefined();
    expect(parseSettings({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/atlas', DATABASE_REPLICA_URL: ' ' }).DATABASE_REPLICA_URL).toBeUndefined();
    const s = parseSettings({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/atlas', DATABASE_REPLICA_URL: 'postgres://u@10.0.0.2:5432/atlas' });
    expect(s.DATABASE_REPLICA_URL).toBe('postgres://u@10.0.0.2:5432/atlas');
    expect(() => parseSettings({ DATABASE_URL: 'postgresql://u@127.0.0.1:5432/atlas', DATABASE_REPLICA_URL: 'mysql://x' })).toThrow(/DATABASE_REPLICA_URL="mysql:\/\/x" must be a postgresql:\/\/ URL/);
    expect(() => parseSettings({ DATABASE_REPLICA_URL: 'postgresql://u@10.0.0.2:5432/atlas' })).toThrow(/DATABASE_REPLICA_URL is set but DATABASE_URL is not/);
  });
});
