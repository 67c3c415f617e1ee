import type { Kysely } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * The column mapping a workspace last imported a CSV with ("any CSV in",
 * docs/importers.md), kept so the next upload starts from it: one row per workspace and
 * kind of import (`points`), the mapping as JSON.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('csv_mappings')
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('mapping', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('csv_mappings_pk', ['workspace_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('csv_mappings').execute();
}
