import {
  type CreateTableBuilder,
  type Expression,
  type Kysely,
  PostgresAdapter,
  type SqlBool,
  SqliteAdapter,
  SqliteDialect,
  sql,
} from 'kysely';

/**
 * Every difference between SQLite and PostgreSQL lives in this file; the rest of the
 * store is dialect-neutral Kysely (the Kysely "one adapter" practice, style.md §5).
 *
 * Representations chosen to be identical on both sides, so rows read the same:
 * - instants (data point times, created/updated/archived) are epoch milliseconds in a
 *   `bigint` column (SQLite INTEGER affinity; PostgreSQL int8, parsed back to a JS number
 *   by the pool's type parser — epoch ms stay far below 2^53);
 * - booleans are `integer` 0/1 (SQLite has no boolean and better-sqlite3 refuses JS
 *   booleans as parameters);
 * - calendar dates are ISO `YYYY-MM-DD` text;
 * - numbers are `double precision` (REAL affinity in SQLite, float8 in PostgreSQL).
 */

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  throw new Error('Ratchet runs on SQLite or PostgreSQL only.');
}

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
 * `column IN (values)` as one parameter where the dialect allows: PostgreSQL takes a
 * whole array (`= any($1)`), which it parses far faster than thousands of parameters;
 * SQLite gets a plain IN list (callers keep lists under `maxParameters`).
 */
export function inValues<DB>(
  db: Kysely<DB>,
  column: string,
  values: readonly (number | string)[],
  arrayType: 'bigint' | 'text',
): Expression<SqlBool> {
  if (dialectOf(db) === 'postgres') {
    return sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::${sql.raw(arrayType)}[])`;
  }
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.val(v)))})`;
}

/**
 * The PostgreSQL schema unqualified tables land in (the first of `search_path`), so the
 * migrator looks for its own tables there only: Kysely otherwise finds a
 * `kysely_migration` table in *any* schema of the database (another app's, another
 * Ratchet's) and skips creating ours. SQLite has no schemas: undefined.
 */
export async function migrationTableSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema;
}

// ---------------------------------------------------------------------------------------
// Migration helpers. Migrations are frozen in time: these helpers must keep producing the
// same DDL forever. Add new helpers rather than changing these.
// ---------------------------------------------------------------------------------------

/** A surrogate integer primary key: SQLite's rowid alias, PostgreSQL's identity column. */
export function withIdColumn<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialectOf(db) === 'sqlite'
    ? table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    : table.addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity());
}

/**
 * The type of a JSON document column: `jsonb` in PostgreSQL (queryable, validated), text
 * in SQLite. Values are written with `toJson` and read with `fromJson` on both sides.
 */
export function jsonColumnType(db: Kysely<unknown>): 'jsonb' | 'text' {
  return dialectOf(db) === 'postgres' ? 'jsonb' : 'text';
}

/** A column referencing a surrogate id: same integer width as `withIdColumn`. */
export function idReferenceType(db: Kysely<unknown>): 'integer' | 'bigint' {
  return dialectOf(db) === 'sqlite' ? 'integer' : 'bigint';
}

/**
 * SQLite runs DDL inside transactions perfectly well, but Kysely's adapter says it does
 * not, which would leave half a schema behind when a migration fails. Say it does.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class RatchetSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

// ---------------------------------------------------------------------------------------
// Values.
// ---------------------------------------------------------------------------------------

/** The parameter to bind for a JSON column (pg casts text to jsonb on insert). */
export function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** PostgreSQL hands back parsed jsonb; SQLite hands back the text we stored. */
export function fromJson(raw: unknown): unknown {
  if (raw === null || raw === undefined) return undefined;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

export function toDbBoolean(value: boolean): number {
  return value ? 1 : 0;
}

export function fromDbBoolean(raw: number | boolean | null): boolean | undefined {
  return raw === null ? undefined : Boolean(raw);
}

// ---------------------------------------------------------------------------------------
// Backup and errors.
// ---------------------------------------------------------------------------------------

export class BackupUnsupportedError extends Error {
  constructor() {
    super(
      'Online backup from Ratchet works for SQLite only. For PostgreSQL use its own tools: ' +
        '`pg_dump --format=custom --file=ratchet.dump "$RATCHET_DB"` and `pg_restore --clean ' +
        '--dbname "$RATCHET_DB" ratchet.dump` (see docs/store.md).',
    );
    this.name = 'BackupUnsupportedError';
  }
}

/**
 * A consistent online copy of the database at `file`. SQLite's `VACUUM INTO` reads inside
 * one transaction, so concurrent writers never tear the copy, and the copy is compacted.
 */
export async function backupTo<DB>(db: Kysely<DB>, file: string): Promise<void> {
  if (dialectOf(db) !== 'sqlite') throw new BackupUnsupportedError();
  await sql`vacuum into ${file}`.execute(db);
}

/** Whether a driver error is a unique-constraint violation (a lost race, a duplicate key). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL SQLSTATE 23505; better-sqlite3's extended result codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
