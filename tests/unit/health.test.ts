import { describe, expect, it } from 'vitest';
import { createHealthCheck } from '../../server/health.mjs';

// The check's own logic, driven by a query whose answer the test decides (a real database outage is
// covered by tests/faults/isolated-app.test.ts).
describe('createHealthCheck', () => {
  it('never reuses a failure: the first probe after the database is back reports it up', async () => {
    let up = false;
    let queries = 0;
    const health = createHealthCheck(async () => {
      queries++;
      if (!up) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    }, { timeoutMs: 1000, reuseMs: 60_000 });
    expect(await health()).toEqual({ up: false, error: 'connect ECONNREFUSED 127.0.0.1:5432' });
    up = true;
    expect(await health()).toMatchObject({ up: true });
    expect(queries).toBe(2);
  });

  it('reuses a success within reuseMs and shares one running check among simultaneous probes', async () => {
    let queries = 0;
    const health = createHealthCheck(async () => void queries++, { timeoutMs: 1000, reuseMs: 60_000 });
    const results = await Promise.all([health(), health(), health()]);
    expect(results.every((r) => r.up)).toBe(true);
    expect(await health()).toMatchObject({ up: true });
    expect(queries).toBe(1);
  });

  it('reports a database that accepts but does not answer as down after timeoutMs', async () => {
    const health = createHealthCheck(() => new Promise(() => {}), { timeoutMs: 50, reuseMs: 0 });
    expect(await health()).toEqual({ up: false, error: 'database check timed out after 50 ms' });
  });
});
