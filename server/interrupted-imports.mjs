// An import is recorded as "running" before it starts, outside its transaction (lib/import/store.ts),
// with the pid and start time of its PostgreSQL session. If the process running it dies (kill -9,
// a crash, a lost host), the row stays "running" while its session is gone; this marks such rows
// "interrupted". Nothing of the import was written: its data and its final status commit together.
// server/serve.mjs runs it at start-up, and the import history runs it before it is read.

export const INTERRUPTED_SUMMARY = 'interrupted: the process running the import stopped before it finished; nothing was written';

/**
 * Marks every "running" import whose database session no longer exists as "interrupted".
 * `client` is a pg Client or Pool. Returns the ids marked.
 */
export async function markInterruptedImports(client) {
  const { rows } = await client.query(
    `UPDATE import_record r SET status = 'interrupted', finished_at = now() AT TIME ZONE 'UTC', error_summary = $1
     WHERE r.status = 'running' AND NOT EXISTS (
       SELECT 1 FROM pg_stat_activity a WHERE a.pid = r.backend_pid AND a.backend_start = r.backend_started_at)
     RETURNING r.id`,
    [INTERRUPTED_SUMMARY],
  );
  return rows.map((r) => r.id);
}
