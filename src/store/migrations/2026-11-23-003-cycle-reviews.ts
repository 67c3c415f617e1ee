import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * The notes a team writes when it closes a cycle: what it achieved, what it learned,
 * what it does next. One row per cycle. Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await withIdColumn(db, db.schema.createTable('cycle_reviews'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('cycle_id', ref, (col) => col.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('achieved', 'text')
    .addColumn('learned', 'text')
    .addColumn('next', 'text')
    .addColumn('closed_at', 'bigint', (col) => col.notNull())
    .addColumn('closed_by', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('cycle_reviews_cycle_unique', ['cycle_id'])
    .execute();
  await db.schema
    .createIndex('cycle_reviews_workspace_idx')
    .on('cycle_reviews')
    .column('workspace_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cycle_reviews').execute();
}
