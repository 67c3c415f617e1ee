import type { Kysely } from 'kysely';
import { appendAudit } from '../../store/audit-log.repository.js';
import type { Store } from '../../store/database.js';
import type { Database } from '../../store/tables.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { type ChangeContext, changeTime } from '../change-context.js';
import { queueEvents } from '../notify/outbox.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { type ChangedRecord, changeFeed, type DomainEvent } from './change-feed.js';

/** One entry of the audit log, as a service words it. */
export interface AuditedChange {
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** Who made it, when not the change's actor: an invitee whose account this very write creates. */
  readonly actor?: string;
}

/**
 * Which workspace the write is in: a name or slug (undefined: the only one), or a step
 * that creates or finds it inside the transaction — a new workspace, an import, or the
 * workspace an invitation opens.
 */
export type WorkspaceSource = string | undefined | ((trx: Kysely<Database>) => Promise<WorkspaceRow>);

/**
 * The one place a service write happens: the workspace resolved, one transaction, the
 * audit entries appended in it, and — only once it commits — the changed records and
 * domain events told to the change feed (live updates, webhooks, alerts).
 */
export interface UnitOfWork {
  readonly trx: Kysely<Database>;
  readonly workspace: WorkspaceRow;
  readonly change: ChangeContext;
  /** The instant of the write: the caller's, else the wall clock read once. */
  readonly at: number;
  audit(...entries: readonly AuditedChange[]): Promise<void>;
  /** Marks a record as changed; told to live clients after commit. */
  touched(entity: string, id: string | number): void;
  /** Records a domain event; told to listeners after commit. */
  emit(type: string, data: Readonly<Record<string, unknown>>): void;
}

export async function inWorkspaceWrite<T>(
  store: Store,
  workspace: WorkspaceSource,
  change: ChangeContext,
  work: (uow: UnitOfWork) => Promise<T>,
): Promise<T> {
  const at = changeTime(change);
  const records: ChangedRecord[] = [];
  const events: DomainEvent[] = [];
  let workspaceRow: WorkspaceRow | undefined;
  const result = await store.db.transaction().execute(async (trx) => {
    const ws =
      typeof workspace === 'function' ? await workspace(trx) : await resolveWorkspace(trx, workspace);
    workspaceRow = ws;
    const uow: UnitOfWork = {
      trx,
      workspace: ws,
      change,
      at,
      async audit(...entries) {
        if (entries.length === 0) return;
        await appendAudit(
          trx,
          entries.map((e) => ({
            workspace_id: ws.id,
            actor: e.actor ?? change.actor,
            at,
            entity: e.entity,
            entity_id: e.entityId,
            action: e.action,
            before: e.before,
            after: e.after,
          })),
        );
      },
      touched(entity, id) {
        if (!records.some((r) => r.entity === entity && r.id === String(id)))
          records.push({ entity, id: String(id) });
      },
      emit(type, data) {
        events.push({ type, data });
      },
    };
    const value = await work(uow);
    // The outbox: the events commit with the write, or not at all; who hears is worked out later.
    await queueEvents(trx, ws, events, at);
    return value;
  });
  if (workspaceRow && (records.length > 0 || events.length > 0)) {
    changeFeed(store).publish({
      workspaceId: workspaceRow.id,
      workspaceSlug: workspaceRow.slug,
      actor: change.actor,
      at,
      records,
      events,
    });
  }
  return result;
}
