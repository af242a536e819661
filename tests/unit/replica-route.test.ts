import { afterEach, describe, expect, it } from 'vitest';
import { currentReadTarget, markReplicaDown, readTarget, recordVersions, REPLICA_COOLDOWN_MS, replicaRoute, replicaUnusable } from '@/lib/db/replica-route.mjs';

const base = { configured: true, downUntil: 0, primaryVersion: 'v1', replicaVersion: 'v1' };

describe('read routing with a replica (lib/db/replica-route.mjs)', () => {
  afterEach(() => {
    Object.assign(replicaRoute(), { configured: false, downUntil: 0, primaryVersion: null, replicaVersion: null, fallbacks: 0 });
  });

  it('reads the primary when no replica is configured', () => {
    expect(readTarget({ ...base, configured: false }, 0)).toBe('primary');
  });

  it('reads the replica when it has replayed the primary’s data version', () => {
    expect(readTarget(base, 1000)).toBe('replica');
  });

  it('reads the primary while the replica lags behind the data version, and while the replica did not answer the poll', () => {
    expect(readTarget({ ...base, primaryVersion: 'v2' }, 1000)).toBe('primary');
    expect(readTarget({ ...base, primaryVersion: 'v2', replicaVersion: null }, 1000)).toBe('primary');
  });

  it('reads the replica when nothing polls the versions (no response cache to keep a stale answer)', () => {
    expect(readTarget({ ...base, primaryVersion: null, replicaVersion: null }, 1000)).toBe('replica');
  });

  it('reads the primary for the cooldown after a replica failure, then the replica again', () => {
    const now = 10_000;
    expect(readTarget({ ...base, downUntil: now + REPLICA_COOLDOWN_MS }, now)).toBe('primary');
    expect(readTarget({ ...base, downUntil: now + REPLICA_COOLDOWN_MS }, now + REPLICA_COOLDOWN_MS)).toBe('replica');
  });

  it('shares one state between copies of the module (serve.mjs and the Next.js bundle) through globalThis', () => {
    replicaRoute().configured = true;
    recordVersions({ primaryVersion: 'v1', replicaVersion: 'v1', replicaAnswered: true }, 1000);
    expect(currentReadTarget(1000)).toBe('replica');
    markReplicaDown(2000);
    expect(replicaRoute().downUntil).toBe(2000 + REPLICA_COOLDOWN_MS);
    expect(currentReadTarget(2001)).toBe('primary');
    // A poll that finds the replica answering ends the cooldown at once …
    recordVersions({ primaryVersion: 'v1', replicaVersion: 'v1', replicaAnswered: true }, 2500);
    expect(currentReadTarget(2501)).toBe('replica');
    // … one that does not keeps reads on the primary.
    recordVersions({ primaryVersion: 'v1', replicaVersion: null, replicaAnswered: false }, 3000);
    expect(currentReadTarget(3001)).toBe('primary');
    // A new version on the primary that the replica has not replayed yet.
    recordVersions({ primaryVersion: 'v2', replicaVersion: 'v1', replicaAnswered: true }, 4000);
    expect(currentReadTarget(4001)).toBe('primary');
    recordVersions({ primaryVersion: 'v2', replicaVersion: 'v2', replicaAnswered: true }, 5000);
    expect(currentReadTarget(5001)).toBe('replica');
  });

  it('tells a replica that is down, restarting or in conflict with recovery from a bad query', () => {
    expect(replicaUnusable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(replicaUnusable({ code: '57P03', message: 'the database system is starting up' })).toBe(true);
    expect(replicaUnusable({ name: 'DriverAdapterError', message: 'x', cause: { kind: 'DatabaseNotReachable' } })).toBe(true);
    expect(replicaUnusable({ message: 'x', cause: { kind: 'ConnectionClosed' } })).toBe(true);
    expect(replicaUnusable({ code: '40001', message: 'canceling statement due to conflict with recovery' })).toBe(true);
    expect(replicaUnusable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(replicaUnusable({ code: '42P01', message: 'relation "nope" does not exist' })).toBe(false);
    expect(replicaUnusable({ message: 'x', cause: { kind: 'postgres', code: '22P02' } })).toBe(false);
  });
});
