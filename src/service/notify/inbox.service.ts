import type { Store } from '../../store/database.js';
import { inboxItems, markInboxRead, unreadCount } from '../../store/notify-event.repository.js';
import type { ChangeContext } from '../change-context.js';
import { activeRef } from '../kpi-ref.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';

/** One in-app notification, as a person reads it. */
export interface InboxItem {
  readonly id: number;
  readonly event: string;
  readonly title: string;
  readonly detail: string;
  /** What it is about, for a link: `{entity: 'kpi', id: 'refund-rate'}`, or null. */
  readonly about: { readonly entity: string; readonly id: string } | null;
  readonly at: number;
  readonly read: boolean;
}

export interface Inbox {
  readonly unread: number;
  readonly items: readonly InboxItem[];
}

/** A person's inbox: the unread count and the newest items (the bell in the web app). */
export async function inboxOf(store: Store, workspace: string, person: string, limit = 50): Promise<Inbox> {
  const ws = await resolveWorkspace(store.db, workspace);
  const ref = await activeRef(store.db, 'people', ws.id, person);
  const [unread, rows] = await Promise.all([
    unreadCount(store.db, ref.id),
    inboxItems(store.db, ref.id, limit),
  ]);
  return {
    unread,
    items: rows.map((row) => ({
      id: Number(row.id),
      event: row.event_type,
      title: row.title,
      detail: row.detail,
      about: row.entity && row.entity_id ? { entity: row.entity, id: row.entity_id } : null,
      at: Number(row.created_at),
      read: row.read_at !== null,
    })),
  };
}

/**
 * Marks the given items (or, without ids, all) read; the person's other open tabs hear of
 * it over the event stream. Not audited: reading is not a change to the workspace.
 */
export async function markRead(
  store: Store,
  workspace: string,
  person: string,
  ids: readonly number[] | undefined,
  change: ChangeContext,
): Promise<number> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const ref = await activeRef(uow.trx, 'people', uow.workspace.id, person);
    const marked = await markInboxRead(uow.trx, ref.id, ids, uow.at);
    if (marked > 0) uow.touched('inbox', person);
    return unreadCount(uow.trx, ref.id);
  });
}
