import { existsSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { knownMigrationNames } from './migrator.js';

/** The file offered for restore is not a Ratchet database this version can use. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export interface BackupInfo {
  /** Migrations applied in the backup, oldest first. */
  readonly migrations: readonly string[];
  readonly workspaces: readonly string[];
}

/**
 * Proves `file` is a Ratchet SQLite database before anything is overwritten: a SQLite
 * file that passes `quick_check`, with Ratchet's migration table, and no migration this
 * version of Ratchet does not know (a backup from a newer Ratchet).
 */
export function inspectSqliteBackup(file: string): BackupInfo {
  if (!existsSync(file))
    throw new BackupFileError(`${file} does not exist; name the backup file to restore.`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupFileError(`${file} cannot be opened as SQLite: ${(error as Error).message}.`);
  }
  try {
    const check = safely(() => db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') {
      throw new BackupFileError(
        `${file} is not a healthy SQLite database (${String(check ?? 'not SQLite')}).`,
      );
    }
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    if (!tables.has('kysely_migration') || !tables.has('workspaces')) {
      throw new BackupFileError(
        `${file} is a SQLite database, but not a Ratchet one (no Ratchet tables in it).`,
      );
    }
    const migrations = (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((m) => m.name);
    const known = new Set(knownMigrationNames());
    const unknown = migrations.filter((m) => !known.has(m));
    if (unknown.length > 0) {
      throw new BackupFileError(
        `${file} comes from a newer Ratchet (schema ${unknown.join(', ')}); upgrade Ratchet before restoring it.`,
      );
    }
    const workspaces = (
      db.prepare('select name from workspaces order by name').all() as { name: string }[]
    ).map((w) => w.name);
    return { migrations, workspaces };
  } finally {
    db.close();
  }
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * Replaces the SQLite database at `target` with a consistent copy of `backup`. Nothing
 * may have `target` open meanwhile (stop the server first). When `target` exists, it is
 * first copied to `safetyCopy`, so a restore is itself undoable; returns whether it did.
 */
export async function restoreSqliteFile(
  backup: string,
  target: string,
  safetyCopy: string,
): Promise<boolean> {
  const replacing = existsSync(target);
  if (replacing) {
    const current = new BetterSqlite3(target);
    try {
      current.prepare('vacuum into ?').run(safetyCopy);
    } finally {
      current.close();
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  }
  const source = new BetterSqlite3(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return replacing;
}
