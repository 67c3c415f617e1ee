import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { idReferenceType, jsonColumnType, withIdColumn } from '../dialect.js';

/**
 * The core schema: workspaces and everything domain.md names. Frozen in time: it takes a
 * `Kysely<unknown>` and the schema builder, never the current table types, so it creates
 * the same tables on every install for ever. Change the schema in a new migration.
 */

type Db = Kysely<unknown>;

/** id, workspace_id, position, version, archived_at, created_at, updated_at. */
function mutable<T extends string>(db: Db, name: T): CreateTableBuilder<T, string> {
  const ref = idReferenceType(db);
  return withIdColumn(db, db.schema.createTable(name))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('archived_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull());
}

/** A mutable table whose records carry the file's id as `key`, unique per workspace. */
function keyed<T extends string>(db: Db, name: T): CreateTableBuilder<T, string> {
  return mutable(db, name)
    .addColumn('key', 'text', (col) => col.notNull())
    .addUniqueConstraint(`${name}_workspace_key_unique`, ['workspace_id', 'key']);
}

export async function up(db: Db): Promise<void> {
  const ref = idReferenceType(db);
  const json = jsonColumnType(db);

  await withIdColumn(db, db.schema.createTable('workspaces'))
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('locale', 'text')
    .addColumn('currency', 'text')
    .addColumn('freelancer', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('week_start', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('settings', json, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('archived_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();

  await keyed(db, 'people')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .execute();

  await keyed(db, 'teams')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('parent_id', ref, (col) => col.references('teams.id').onDelete('set null'))
    .execute();

  await keyed(db, 'cycles')
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('end_date', 'text', (col) => col.notNull())
    .execute();

  await keyed(db, 'kpis')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('unit', 'text')
    .addColumn('owner_id', ref, (col) => col.references('people.id').onDelete('set null'))
    .addColumn('team_id', ref, (col) => col.references('teams.id').onDelete('set null'))
    .addColumn('cadence', 'text', (col) => col.notNull())
    .addColumn('healthy_min', 'double precision')
    .addColumn('healthy_max', 'double precision')
    .addColumn('warning_min', 'double precision')
    .addColumn('warning_max', 'double precision')
    .execute();

  await db.schema
    .createTable('data_points')
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('source', 'text')
    .addColumn('idempotency_key', 'text')
    .addColumn('recorded_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('data_points_pk', ['kpi_id', 'at'])
    .execute();
  // A retried push carries the same source + key: it must never land twice.
  await db.schema
    .createIndex('data_points_idempotency_unique')
    .on('data_points')
    .columns(['workspace_id', 'source', 'idempotency_key'])
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();

  await keyed(db, 'objectives')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('owner_id', ref, (col) => col.references('people.id').onDelete('set null'))
    .addColumn('team_id', ref, (col) => col.references('teams.id').onDelete('set null'))
    .addColumn('cycle_id', ref, (col) => col.notNull().references('cycles.id'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('parent_id', ref, (col) => col.references('objectives.id').onDelete('set null'))
    .execute();

  await keyed(db, 'key_results')
    .addColumn('objective_id', ref, (col) => col.notNull().references('objectives.id').onDelete('cascade'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('owner_id', ref, (col) => col.references('people.id').onDelete('set null'))
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision')
    .addColumn('unit', 'text')
    .addColumn('weight', 'double precision', (col) => col.notNull().defaultTo(1))
    .addColumn('kpi_id', ref, (col) => col.references('kpis.id').onDelete('set null'))
    .addColumn('milestone', 'integer')
    .addColumn('done', 'integer')
    .execute();

  await mutable(db, 'threshold_changes')
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('from_min', 'double precision')
    .addColumn('from_max', 'double precision')
    .addColumn('to_min', 'double precision')
    .addColumn('to_max', 'double precision')
    .addColumn('key_result_id', ref, (col) => col.references('key_results.id').onDelete('set null'))
    .addColumn('reason', 'text')
    .execute();

  await mutable(db, 'decisions')
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('decided_by', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('objective_id', ref, (col) => col.references('objectives.id').onDelete('set null'))
    .execute();

  await mutable(db, 'check_ins')
    .addColumn('key_result_id', ref, (col) => col.notNull().references('key_results.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addColumn('confidence', 'double precision')
    .addColumn('note', 'text')
    .addColumn('blockers', 'text')
    .execute();

  await keyed(db, 'initiatives')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('owner_id', ref, (col) => col.references('people.id').onDelete('set null'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('due_date', 'text')
    .execute();

  await db.schema
    .createTable('initiative_key_results')
    .addColumn('initiative_id', ref, (col) => col.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('key_result_id', ref, (col) => col.notNull().references('key_results.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('initiative_key_results_pk', ['initiative_id', 'key_result_id'])
    .execute();

  await mutable(db, 'time_entries')
    .addColumn('initiative_id', ref, (col) => col.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('person_id', ref, (col) => col.notNull().references('people.id'))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('hours', 'double precision', (col) => col.notNull())
    .addColumn('billable', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .execute();

  await withIdColumn(db, db.schema.createTable('audit_log'))
    .addColumn('workspace_id', ref, (col) => col.references('workspaces.id').onDelete('cascade'))
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('before', json)
    .addColumn('after', json)
    .execute();

  // Foreign keys PostgreSQL and SQLite do not index on their own, used by loads and purges.
  const indexes: [string, string, string[]][] = [
    ['audit_log_workspace_at', 'audit_log', ['workspace_id', 'at']],
    ['decisions_kpi', 'decisions', ['kpi_id']],
    ['threshold_changes_kpi', 'threshold_changes', ['kpi_id']],
    ['key_results_objective', 'key_results', ['objective_id']],
    ['check_ins_key_result', 'check_ins', ['key_result_id']],
    ['time_entries_initiative', 'time_entries', ['initiative_id']],
    ['data_points_workspace', 'data_points', ['workspace_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Db): Promise<void> {
  const tables = [
    'audit_log',
    'time_entries',
    'initiative_key_results',
    'initiatives',
    'check_ins',
    'decisions',
    'threshold_changes',
    'key_results',
    'objectives',
    'data_points',
    'kpis',
    'cycles',
    'teams',
    'people',
    'workspaces',
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
