import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * Accounts: users, their workspace memberships, sessions and API tokens.
 * Frozen in time like every migration: never edit it once released; add a new one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);

  await withIdColumn(db, db.schema.createTable('users'))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('disabled_at', 'bigint')
    .execute();

  await withIdColumn(db, db.schema.createTable('memberships'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', ref, (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('person_id', ref, (col) => col.references('people.id').onDelete('set null'))
    .addColumn('team_id', ref, (col) => col.references('teams.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('memberships_workspace_user_unique', ['workspace_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await withIdColumn(db, db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('user_id', ref, (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await withIdColumn(db, db.schema.createTable('api_tokens'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('prefix', 'text', (col) => col.notNull())
    .addColumn('scopes', 'text', (col) => col.notNull())
    .addColumn('created_by', ref, (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('api_tokens_workspace_idx').on('api_tokens').column('workspace_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('memberships').execute();
  await db.schema.dropTable('users').execute();
}
