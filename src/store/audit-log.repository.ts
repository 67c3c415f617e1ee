import type { Kysely } from 'kysely';
import type { AuditLogRow, NewAuditLogRow } from './audit-log.table.js';
import { dialectOf, rowsPerInsert, toJson } from './dialect.js';
import type { Database } from './tables.js';

export type NewAuditEntry = Omit<NewAuditLogRow, 'before' | 'after'> & {
  readonly before?: unknown;
  readonly after?: unknown;
};

export async function appendAudit(db: Kysely<Database>, entries: readonly NewAuditEntry[]): Promise<void> {
  const size = rowsPerInsert(dialectOf(db), 8);
  for (let i = 0; i < entries.length; i += size) {
    const rows = entries
      .slice(i, i + size)
      .map((e) => ({ ...e, before: toJson(e.before), after: toJson(e.after) }));
    await db.insertInto('audit_log').values(rows).execute();
  }
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
