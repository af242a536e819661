import type { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { currentReadTarget, markReplicaDown, replicaUnusable, replicaRoute } from '@/lib/db/replica-route.mjs';


/**
 * A Prisma driver adapter for the read client: each statement goes to the replica or the primary
 * as lib/db/replica-route.mjs decides, and a statement the replica fails is run again on the
 * primary, so a replica that stops costs a reader nothing but the retry. Working at the adapter
 * (one SQL statement at a time) covers every read API alike — findMany, count, $queryRaw — which
 * the read-replicas extension does not: it sends raw queries to the primary and has no fallback.
 * Writes, transactions and scripts always go to the primary.
 */
export function readAdapterFactory(replica: PrismaPg, primary: PrismaPg): SqlDriverAdapterFactory {
  replicaRoute().configured = true;
  return {
    provider: primary.provider,
    adapterName: primary.adapterName,
    async connect() {
      const [toReplica, toPrimary] = await Promise.all([replica.connect(), primary.connect()]);
      async function read<T>(run: (adapter: SqlDriverAdapter) => Promise<T>): Promise<T> {
        if (currentReadTarget() === 'primary') return run(toPrimary);
        try {
          return await run(toReplica);
        } catch (error) {
          // A query the primary would refuse as well fails again there, with its own error.
          if (replicaUnusable(error)) markReplicaDown();
          replicaRoute().fallbacks += 1;
          return run(toPrimary);
        }
      }
      const adapter: SqlDriverAdapter = {
        provider: toPrimary.provider,
        adapterName: toPrimary.adapterName,
        queryRaw: (query: SqlQuery) => read((a) => a.queryRaw(query)),
        executeRaw: (query: SqlQuery) => toPrimary.executeRaw(query),
        executeScript: (script: string) => toPrimary.executeScript(script),
        startTransaction: (...args: Parameters<SqlDriverAdapter['startTransaction']>) => toPrimary.startTransaction(...args),
        getConnectionInfo: () => toPrimary.getConnectionInfo(),
        dispose: async () => {
          await Promise.all([toReplica.dispose(), toPrimary.dispose()]);
        },
      };
      return adapter;
    },
  };
}
