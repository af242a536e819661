import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { cacheScopeOf } from '@/server/cache-scopes.mjs';

// Which data version a cached answer follows (server/cache-scopes.mjs). Whether the listed routes
// really read no village data is checked against real renders in tests/faults/cache-scopes.test.ts.
describe('cacheScopeOf', () => {
  it.each([
    ['/en/models', 'seed'],
    ['/zh/models?tab=platforms', 'seed'],
    ['/en/clusters/yongkang?tab=items', 'seed'],
    ['/api/v1/models.csv', 'seed'],
    ['/api/v1/clusters/yongkang/sem/paths.csv?lang=zh', 'seed'],
    ['/api/v1/openapi.json', 'seed'],
    ['/zh/users', 'series'],
    ['/en/transactions?series=nbs-online-retail&tab=table', 'series'],
    ['/en/embed/users', 'series'],
    ['/zh/clusters/cross-border', 'series'],
    ['/api/v1/series', 'series'],
    ['/api/v1/series/cnnic-internet-users.csv', 'series'],
    ['/api/v1/views/transactions.csv?full=1', 'series'],
    ['/api/v1/clusters/cross-border', 'series'],
  ])('%s follows the %s version', (url, scope) => expect(cacheScopeOf(url)).toBe(scope));

  it.each(['/en', '/zh', '/en/villages', '/en/villages?tab=counties', '/zh/sources', '/en/clusters/wenzhou', '/api/v1/clusters/wenzhou', '/en/embed/villages', '/api/v1/taobao-villages/villages.csv', '/api/v1/sources', '/en/models-extra', '/en/usersx', '/api/v1/seriesx', '/api/v1/views/villages.csv', '/en/clusters/yongkangx'])(
    '%s follows every change',
    (url) => expect(cacheScopeOf(url)).toBe('all'),
  );
});
