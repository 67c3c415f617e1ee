import type BetterSqlite3 from 'better-sqlite3';
import {
  type CreateTableBuilder,
  type DatabaseConnection,
  type Expression,
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SqlBool,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
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
 * `column IN (values)` with the whole list as ONE parameter, whatever its length:
 * PostgreSQL takes an array (`= any($1)`), SQLite a JSON array it walks with `json_each`.
 * The SQL text stays the same for every list, so it parses and plans once, and no list
 * ever meets the parameter limit. Both probe the column's index once per value.
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
  return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}

/**
 * A JSON array of `expression` over each group: `json_agg` in PostgreSQL (which the pg
 * driver hands back parsed), `json_group_array` in SQLite (text): read it with
 * `fromJson`. Reading 1,000 arrays of 365 numbers is several times faster than reading
 * 365,000 rows, because the driver builds one value per array, not one object per row.
 * With `filter`, only the rows it accepts (none: `[]` in SQLite, null in PostgreSQL).
 */
export function jsonArrayAgg<DB>(
  db: Kysely<DB>,
  expression: RawBuilder<unknown>,
  options: { readonly filter?: RawBuilder<SqlBool>; readonly orderBy?: RawBuilder<unknown> } = {},
): RawBuilder<unknown> {
  const order = options.orderBy ? sql` order by ${options.orderBy}` : sql``;
  const filter = options.filter ? sql` filter (where ${options.filter})` : sql``;
  return dialectOf(db) === 'postgres'
    ? sql`json_agg(${expression}${order})${filter}`
    : sql`json_group_array(${expression}${order})${filter}`;
}

/** A JSON array of these values, one per row: `json_build_array` / `json_array`. */
export function jsonTuple<DB>(
  db: Kysely<DB>,
  expressions: readonly RawBuilder<unknown>[],
): RawBuilder<unknown> {
  const list = sql.join(expressions);
  return dialectOf(db) === 'postgres' ? sql`json_build_array(${list})` : sql`json_array(${list})`;
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

/** Prepared statements kept per connection; the app has far fewer distinct queries. */
const STATEMENT_CACHE_SIZE = 500;

/** The better-sqlite3 handle behind each Kysely SQLite connection (one per database). */
const sqliteHandles = new WeakMap<DatabaseConnection, CachedStatements>();

/**
 * better-sqlite3 with a cache of prepared statements by SQL text. Kysely prepares every
 * query it runs afresh; parsing and planning the same SQL again costs more than running
 * it for the small queries an app mostly sends. SQLite re-prepares a cached statement
 * itself when the schema changes under it.
 */
class CachedStatements implements SqliteDatabase {
  readonly #database: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(database: BetterSqlite3.Database) {
    this.#database = database;
  }

  prepare(text: string): SqliteStatement & BetterSqlite3.Statement {
    const cached = this.#statements.get(text);
    // A statement still being iterated (a streamed query) cannot run twice at once.
    if (cached && !cached.busy) {
      // Delete and re-add: the Map's order is then least recently used first.
      this.#statements.delete(text);
      this.#statements.set(text, cached);
      return cached;
    }
    const statement = this.#database.prepare(text);
    if (cached) return statement;
    this.#statements.set(text, statement);
    if (this.#statements.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.#statements.keys().next().value;
      if (oldest !== undefined) this.#statements.delete(oldest);
    }
    return statement;
  }

  close(): void {
    this.#statements.clear();
    this.#database.close();
  }
}

export class RatchetSqliteDialect extends SqliteDialect {
  constructor(config: { readonly database: BetterSqlite3.Database }) {
    const database = new CachedStatements(config.database);
    super({
      database,
      onCreateConnection: async (connection) => {
        sqliteHandles.set(connection, database);
      },
    });
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * Runs `use` with the prepared `text` on the connection `db` holds: inside a transaction,
 * the transaction's connection, so the statement's writes commit or roll back with it.
 */
async function withSqliteStatement<DB>(
  db: Kysely<DB>,
  text: string,
  use: (statement: BetterSqlite3.Statement) => void,
): Promise<void> {
  await db.getExecutor().provideConnection(async (connection) => {
    const handle = sqliteHandles.get(connection);
    if (!handle) throw new Error('This SQLite database was not opened by openDatabase.');
    use(handle.prepare(text));
  });
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

/**
 * Holds a lock on one row until the transaction ends, so writers of the same record take
 * turns and each reads what the one before committed (PostgreSQL `select … for update`;
 * READ COMMITTED would otherwise let two transactions both find a key unseen). SQLite
 * needs nothing: one connection runs one transaction at a time.
 */
export async function lockRowForWrite<DB>(db: Kysely<DB>, table: string, id: number): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(db);
}

/** Whether a driver error is a unique-constraint violation (a lost race, a duplicate key). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL SQLSTATE 23505; better-sqlite3's extended result codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
