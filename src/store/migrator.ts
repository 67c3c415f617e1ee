import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { migrationTableSchema } from './dialect.js';
import { MIGRATIONS, type NamedMigration } from './migrations/index.js';
import { withSchemaLock } from './schema-lock.js';

/**
 * Migration state lives in the database itself (Kysely's `kysely_migration` tables), so
 * an upgrade never depends on a side file the user may have lost.
 */
export async function createMigrator<DB>(
  db: Kysely<DB>,
  migrations: readonly NamedMigration[] = MIGRATIONS,
): Promise<Migrator> {
  return new Migrator({
    db,
    migrationTableSchema: await migrationTableSchema(db),
    // Work on parallel branches lands migrations whose names interleave; a database that
    // ran a later-named one first must still take the earlier one (each is independent).
    allowUnorderedMigrations: true,
    provider: {
      getMigrations: async () => Object.fromEntries(migrations.map((m) => [m.name, m])),
    },
  });
}

export class MigrationError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
  }
}

export interface MigrationReport {
  /** Names applied by this run, oldest first. */
  readonly applied: readonly string[];
}

function unwrap(outcome: MigrationResultSet): MigrationReport {
  if (outcome.error) {
    const failed = outcome.results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    throw new MigrationError(
      `Migrating the database failed${failed ? ` at ${failed}` : ''}: ${reason}. ` +
        'Nothing from the failed migration was kept; fix the cause and run `ratchet migrate` again.',
      outcome.error,
    );
  }
  return {
    applied: (outcome.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}

/**
 * Several servers may start at once: the schema lock makes the others wait for the first.
 * A database that has run exactly the known migrations (every start but the first after an
 * upgrade) is answered by one read, without the lock or Kysely's look at every table.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationReport> {
  if (await upToDate(db)) return { applied: [] };
  return unwrap(await withSchemaLock(db, async () => (await createMigrator(db)).migrateToLatest()));
}

/** True when the database has run every known migration and no other. */
async function upToDate<DB>(db: Kysely<DB>): Promise<boolean> {
  let applied: Set<string>;
  try {
    // Unqualified: PostgreSQL finds it in current_schema(), where the migrator keeps it.
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = new Set(rows.map((row) => row.name));
  } catch {
    return false; // no migration table yet: a new database
  }
  return applied.size === MIGRATIONS.length && MIGRATIONS.every((m) => applied.has(m.name));
}

/** Brings the schema to exactly `name` (up or down); `null` undoes every migration. */
export async function migrateTo<DB>(db: Kysely<DB>, name: string | null): Promise<MigrationReport> {
  return unwrap(
    await withSchemaLock(db, async () => (await createMigrator(db)).migrateTo(name ?? NO_MIGRATIONS)),
  );
}

/** Names of the migrations already applied to this database, oldest first. */
export async function appliedMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const all = await (await createMigrator(db)).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

export function knownMigrationNames(): string[] {
  return MIGRATIONS.map((m) => m.name);
}
