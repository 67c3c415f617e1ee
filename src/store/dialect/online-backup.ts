import { type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect-name.js';

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
