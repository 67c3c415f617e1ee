import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../../src/store/database.js';

/**
 * Tables a request may change without storing anything: a session's last use, sign-in
 * counters, a token's last use, the migration bookkeeping and the job queue.
 */
const VOLATILE = new Set([
  'sessions',
  'rate_limit_windows',
  'api_tokens',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** The stored tables of the store's schema, volatile ones left out. */
export async function fingerprintTables(store: Store): Promise<string[]> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  return rows
    .map((r) => r.name)
    .filter((name) => !VOLATILE.has(name))
    .sort();
}

const lastPostgres = new WeakMap<Store, { xmax: string; tables: readonly string[]; hash: string }>();
const lastSqlite = new WeakMap<Store, { changes: number; tables: readonly string[]; hash: string }>();

/**
 * A hash of every row of `tables`: equal before and after a refused request means the
 * request stored nothing, not even part of a change (issue 13's "partial writes").
 */
export async function fingerprint(store: Store, tables: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  if (store.dialect === 'postgres') {
    // Only a writing transaction takes a transaction id: while the next one to be handed
    // out has not moved, nothing anywhere on the server was written, so the last hash holds.
    const { rows: next } = await sql<{
      xmax: string;
    }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`.execute(store.db);
    const xmax = next[0]?.xmax ?? '';
    const last = lastPostgres.get(store);
    if (last && last.xmax === xmax && last.tables === tables) return last.hash;
    // One round trip: each table folded to one md5 by the server.
    const parts = tables.map(
      (t) => sql`select ${t} as name, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as rows
        from ${sql.table(t)} r`,
    );
    const { rows } = await sql<{ name: string; rows: string }>`${sql.join(parts, sql` union all `)}`.execute(
      store.db,
    );
    for (const row of rows.sort((a, b) => a.name.localeCompare(b.name)))
      hash.update(`${row.name}:${row.rows}\n`);
    const digest = hash.digest('hex');
    lastPostgres.set(store, { xmax, tables, hash: digest });
    return digest;
  }
  // SQLite counts every row its connection changed: unchanged, the last hash still holds.
  const { rows: changes } = await sql<{ n: number }>`select total_changes() as n`.execute(store.db);
  const changed = Number(changes[0]?.n);
  const last = lastSqlite.get(store);
  if (last && last.changes === changed && last.tables === tables) return last.hash;
  for (const table of tables) {
    const { rows } = await sql`select * from ${sql.table(table)}`.execute(store.db);
    hash.update(
      `${table}:${rows
        .map((r) => JSON.stringify(r))
        .sort()
        .join('|')}\n`,
    );
  }
  const digest = hash.digest('hex');
  lastSqlite.set(store, { changes: changed, tables, hash: digest });
  return digest;
}
