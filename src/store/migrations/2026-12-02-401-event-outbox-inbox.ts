import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * The outbox becomes one row per domain event (`notify_events`), written in the event's
 * transaction; the deliveries job fans each out to webhooks, channels, email and the
 * in-app inbox later, so a write costs the same however many subscriptions there are.
 * `notify_inbox` holds each person's in-app notifications (the bell).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('notify_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('fanned_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('notify_events_fan_idx')
    .on('notify_events')
    .columns(['fanned_at', 'at'])
    .execute();
  await withIdColumn(db, db.schema.createTable('notify_inbox'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('person_id', ref, (col) => col.notNull().references('people.id').onDelete('cascade'))
    .addColumn('event_type', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('detail', 'text', (col) => col.notNull())
    .addColumn('entity', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('read_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('notify_inbox_person_idx')
    .on('notify_inbox')
    .columns(['person_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notify_inbox').execute();
  await db.schema.dropTable('notify_events').execute();
}
