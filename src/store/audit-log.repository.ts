import type { Kysely } from 'kysely';
import type { AuditLogRow, NewAuditLogRow } from './audit-log.table.js';
import { type BulkWrite, bulkWrite, toJson } from './dialect.js';
import type { Database } from './tables.js';

export type NewAuditEntry = Omit<NewAuditLogRow, 'before' | 'after'> & {
  readonly before?: unknown;
  readonly after?: unknown;
};

const AUDIT_INSERT: BulkWrite = {
  table: 'audit_log',
  columns: [
    { name: 'workspace_id', type: 'bigint' },
    { name: 'actor', type: 'text' },
    { name: 'at', type: 'bigint' },
    { name: 'entity', type: 'text' },
    { name: 'entity_id', type: 'text' },
    { name: 'action', type: 'text' },
    { name: 'before', type: 'json' },
    { name: 'after', type: 'json' },
  ],
};

/** Appends in the order given (ids ascend with it): a bulk write of thousands is one statement. */
export async function appendAudit(db: Kysely<Database>, entries: readonly NewAuditEntry[]): Promise<void> {
  await bulkWrite(
    db,
    AUDIT_INSERT,
    entries.map((e) => [
      e.workspace_id ?? null,
      e.actor,
      e.at,
      e.entity,
      e.entity_id,
      e.action,
      toJson(e.before),
      toJson(e.after),
    ]),
  );
}

export interface AuditQuery {
  readonly entity?: string;
  readonly entityId?: string;
  /** Entries strictly older than this id, for paging backwards. */
  readonly beforeId?: number;
  readonly limit: number;
}

/** Newest first. */
export async function listAudit(
  db: Kysely<Database>,
  workspaceId: number,
  query: AuditQuery,
): Promise<AuditLogRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.beforeId !== undefined) q = q.where('id', '<', query.beforeId);
  return q.orderBy('id', 'desc').limit(query.limit).execute();
}
