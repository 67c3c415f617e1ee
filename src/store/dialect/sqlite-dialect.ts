import type BetterSqlite3 from 'better-sqlite3';
import {
  type DatabaseConnection,
  type Kysely,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
} from 'kysely';

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
export async function withSqliteStatement<DB>(
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
