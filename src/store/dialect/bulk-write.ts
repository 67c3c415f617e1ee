import { type Kysely, sql } from 'kysely';
import { type DialectName, dialectOf } from './dialect-name.js';
import { withSqliteStatement } from './sqlite-dialect.js';

/**
 * Bound parameters allowed in one statement: SQLite's SQLITE_MAX_VARIABLE_NUMBER is
 * 32,766 (better-sqlite3's build), PostgreSQL's wire protocol allows 65,535.
 */
export function maxParameters(dialect: DialectName): number {
  return dialect === 'sqlite' ? 32_766 : 65_535;
}

/** Rows per multi-row INSERT so a statement never exceeds the parameter limit. */
export function rowsPerInsert(dialect: DialectName, columnsPerRow: number, cap = 5_000): number {
  return Math.max(1, Math.min(cap, Math.floor(maxParameters(dialect) / columnsPerRow)));
}

/**
 * A column of a bulk write, with the PostgreSQL array type its values travel in (`json`
 * columns take `toJson` text: jsonb in PostgreSQL, text in SQLite).
 */
export interface BulkColumn {
  readonly name: string;
  readonly type: 'bigint' | 'double precision' | 'text' | 'json';
}

export interface BulkWrite {
  readonly table: string;
  readonly columns: readonly BulkColumn[];
  /** For an upsert: the unique key a conflicting row is found by, and what it takes. */
  readonly onConflict?: {
    readonly columns: readonly string[];
    /** The columns a conflicting row takes from the new one; none: the new row is dropped. */
    readonly update: readonly string[];
  };
}

/** Rows per PostgreSQL statement: big enough to amortise a round trip, small enough to stream. */
const PG_BULK_ROWS = 50_000;

/**
 * Inserts `rows` (values in `spec.columns` order), updating the rows they conflict with
 * when `spec.onConflict` says how. SQLite: one prepared single-row statement run per row
 * on the driver's handle, inside the caller's transaction: no SQL to build or parse per
 * batch, close to the raw driver's speed. PostgreSQL: one `insert … select from
 * unnest(arrays)` per 50,000 rows, a parameter per column whatever the row count (a
 * multi-row VALUES list of 40,000 parameters spends most of its time in the server's
 * parser and planner).
 */
export async function bulkWrite<DB>(
  db: Kysely<DB>,
  spec: BulkWrite,
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.join(spec.columns.map((c) => sql.ref(c.name)));
  const conflict = spec.onConflict;
  const upsert = !conflict
    ? sql``
    : conflict.update.length === 0
      ? sql` on conflict (${sql.join(conflict.columns.map((c) => sql.ref(c)))}) do nothing`
      : sql` on conflict (${sql.join(conflict.columns.map((c) => sql.ref(c)))}) do update set ${sql.join(
          conflict.update.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
        )}`;
  if (dialectOf(db) === 'sqlite') {
    const placeholders = sql.join(spec.columns.map(() => sql.raw('?')));
    const query = sql`insert into ${sql.table(spec.table)} (${names}) values (${placeholders})${upsert}`;
    await withSqliteStatement(db, query.compile(db).sql, (statement) => {
      for (const row of rows) statement.run(row);
    });
    return;
  }
  for (let start = 0; start < rows.length; start += PG_BULK_ROWS) {
    const chunk = rows.slice(start, start + PG_BULK_ROWS);
    const arrays = spec.columns.map(
      (c, i) => sql`${chunk.map((row) => row[i])}::${sql.raw(c.type === 'json' ? 'jsonb' : c.type)}[]`,
    );
    await sql`insert into ${sql.table(spec.table)} (${names})
      select * from unnest(${sql.join(arrays)})${upsert}`.execute(db);
  }
}
