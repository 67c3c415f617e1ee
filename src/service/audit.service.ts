import { listAudit } from '../store/audit-log.repository.js';
import type { Store } from '../store/database.js';
import { fromJson } from '../store/dialect.js';
import { optional } from './mappers.js';
import { resolveWorkspace } from './workspace-ref.js';

export interface AuditEntry {
  readonly id: number;
  readonly actor: string;
  readonly at: number;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Who changed what, newest first; page with `beforeId` = the last id of the previous page. */
export async function listAuditLog(
  store: Store,
  workspace: string | undefined,
  query: {
    readonly entity?: string;
    readonly entityId?: string;
    readonly beforeId?: number;
    readonly limit?: number;
  } = {},
): Promise<AuditEntry[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const rows = await listAudit(store.db, ws.id, { ...query, limit: Math.min(query.limit ?? 100, 1000) });
  return rows.map((r) => ({
    id: r.id,
    actor: r.actor,
    at: r.at,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    ...optional('before', fromJson(r.before)),
    ...optional('after', fromJson(r.after)),
  }));
}
