import { sql } from 'kysely';
import type { Store } from '../../src/store/database.js';

/**
 * Runs `writes` at once on PostgreSQL and makes them overlap for certain, not by luck:
 * a transaction of the test holds `lock table <table> in exclusive mode` (reads go on,
 * writes to `table` wait) until every write is waiting on a lock — on the test's or
 * behind another write — so each has read what it reads before its first write to
 * `table`, and all are in flight together. Then it lets them go and returns how each
 * ended, with how many were seen waiting together (the proof of the overlap).
 * Without row locks of their own, racing writers all read the old state here.
 */
export async function overlapping<T>(
  store: Store,
  table: string,
  writes: readonly (() => Promise<T>)[],
): Promise<{ readonly results: PromiseSettledResult<T>[]; readonly waitedTogether: number }> {
  if (store.dialect !== 'postgres') throw new Error('overlapping needs PostgreSQL');
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding = (_pid: number) => {};
  const held = new Promise<number>((resolve) => {
    holding = resolve;
  });
  const holder = store.db.transaction().execute(async (trx) => {
    await sql`lock table ${sql.table(table)} in exclusive mode`.execute(trx);
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
    holding(rows[0]?.pid ?? 0);
    await released;
  });
  const pid = await held;
  let settled = 0;
  const ended: string[] = [];
  const running = Promise.allSettled(
    writes.map((write) =>
      write()
        .finally(() => {
          settled++;
        })
        .then((value) => {
          ended.push(JSON.stringify(value).slice(0, 300));
          return value;
        }),
    ),
  );
  let waitedTogether = 0;
  try {
    const deadline = Date.now() + 30_000;
    while (waitedTogether < writes.length) {
      if (settled > 0 || Date.now() > deadline) {
        throw new Error(
          `the writes never overlapped: ${waitedTogether} of ${writes.length} waited together, ${settled} ended first: ${ended.join('; ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      waitedTogether = await waitingBehind(store, pid);
    }
  } finally {
    release();
    await holder;
  }
  return { results: await running, waitedTogether };
}

/** How many sessions wait, directly or behind another waiter, on the session `pid`. */
async function waitingBehind(store: Store, pid: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    with recursive behind(pid) as (
      select a.pid from pg_stat_activity a where ${pid}::int = any(pg_blocking_pids(a.pid))
      union
      select a.pid from pg_stat_activity a join behind b on b.pid = any(pg_blocking_pids(a.pid))
    )
    select count(*)::int as n from behind`.execute(store.db);
  return rows[0]?.n ?? 0;
}
