import { type Kysely, sql } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * An objective may support several parents (issue 9, item 7): the links move from
 * `objectives.parent_id` to a join table, in the order the user listed them. Each existing
 * parent becomes the first (and only) link, and the old column is emptied so nothing reads
 * a stale copy; it stays because SQLite cannot drop a column that references a table.
 * Purging either objective drops the link. Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('objective_parents')
    .addColumn('objective_id', ref, (col) => col.notNull().references('objectives.id').onDelete('cascade'))
    .addColumn('parent_id', ref, (col) => col.notNull().references('objectives.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('objective_parents_pk', ['objective_id', 'parent_id'])
    .execute();
  await db.schema
    .createIndex('objective_parents_parent')
    .on('objective_parents')
    .column('parent_id')
    .execute();
  await sql`
    insert into objective_parents (objective_id, parent_id, position)
    select id, parent_id, 0 from objectives where parent_id is not null and parent_id <> id
  `.execute(db);
  await sql`update objectives set parent_id = null where parent_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Only one parent fits the old column: the first one listed.
  await sql`
    update objectives set parent_id = (
      select p.parent_id from objective_parents p
      where p.objective_id = objectives.id
      order by p.position, p.parent_id
      limit 1
    )
  `.execute(db);
  await db.schema.dropTable('objective_parents').execute();
}
