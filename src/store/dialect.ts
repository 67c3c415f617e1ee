/**
 * Every difference between SQLite and PostgreSQL lives in `src/store/dialect/`, one file per
 * concern (names, SQL fragments, bulk writes, migration DDL, the SQLite driver, column
 * values, backup, write races), reached through this module; the rest of the store is
 * dialect-neutral Kysely (the Kysely "one adapter" practice, style.md §5).
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

export * from './dialect/bulk-write.js';
export * from './dialect/column-values.js';
export * from './dialect/dialect-name.js';
export * from './dialect/migration-ddl.js';
export * from './dialect/online-backup.js';
export * from './dialect/sql-fragments.js';
export { RatchetSqliteDialect } from './dialect/sqlite-dialect.js';
export * from './dialect/write-races.js';
