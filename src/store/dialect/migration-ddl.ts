import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect-name.js';

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

// Migration helpers. Migrations are frozen in time: these helpers must keep producing the
// same DDL forever. Add new helpers rather than changing these.

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
