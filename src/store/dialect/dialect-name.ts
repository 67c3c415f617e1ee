import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  throw new Error('Ratchet runs on SQLite or PostgreSQL only.');
}
