import { fanOutChanges } from '../service/write/change-fanout.js';
import { type ChangedRecord, changeFeed } from '../service/write/change-feed.js';
import type { Store } from '../store/database.js';

/**
 * Change notifications for `GET /events`: services publish after a write commits, and
 * the open event streams of that workspace hear `{type: 'changed', entity, id}` (an
 * inbox's change only its owner's, `streamHears`).
 * Across servers on one PostgreSQL through LISTEN/NOTIFY (`change-fanout.ts`).
 */
export interface ChangeEvent {
  readonly type: 'changed';
  readonly entity: string;
  readonly id: string;
}

/**
 * Whether a stream may hear a change. An inbox's change is its owner's business (who got
 * a notice): only streams of that person hear it; everything else reaches every stream
 * of the workspace. `person` is the stream's person key (null: a token, an unlinked member).
 */
export function streamHears(event: ChangeEvent, person: string | null): boolean {
  return event.entity !== 'inbox' || (person !== null && event.id === person);
}

export interface EventHub {
  publish(workspaceId: number, event: ChangeEvent): void;
  subscribe(workspaceId: number, listener: (event: ChangeEvent) => void): () => void;
  /**
   * Takes one of `cap` stream slots for a caller (`session:<id>`, `token:<id>`); the
   * returned function gives it back. Null when the caller has `cap` streams open already.
   */
  claimSlot(caller: string, cap: number): (() => void) | null;
  /** Ends every stream (shutdown). */
  closeAll(): void;
  onClose(listener: () => void): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Map<number, Set<(event: ChangeEvent) => void>>();
  const closers = new Set<() => void>();
  const slots = new Map<string, number>();
  return {
    claimSlot(caller, cap) {
      const open = slots.get(caller) ?? 0;
      if (open >= cap) return null;
      slots.set(caller, open + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (slots.get(caller) ?? 1) - 1;
        if (left > 0) slots.set(caller, left);
        else slots.delete(caller);
      };
    },
    publish(workspaceId, event) {
      for (const listener of listeners.get(workspaceId) ?? []) listener(event);
    },
    subscribe(workspaceId, listener) {
      const set = listeners.get(workspaceId) ?? new Set();
      listeners.set(workspaceId, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    closeAll() {
      for (const close of [...closers]) close();
    },
    onClose(listener) {
      closers.add(listener);
      return () => closers.delete(listener);
    },
  };
}

/**
 * Every record a committed service write touched reaches the workspace's open event
 * streams; the hub's `closeAll` ends the relay with the streams.
 */
export function relayCommittedChanges(
  store: Store,
  events: EventHub,
  onError: (error: unknown) => void = () => undefined,
): void {
  const relay = (change: { workspaceId: number; records: readonly ChangedRecord[] }) => {
    for (const record of change.records) {
      events.publish(change.workspaceId, { type: 'changed', entity: record.entity, id: record.id });
    }
  };
  const stop = changeFeed(store).subscribe(relay);
  events.onClose(stop);
  // Other servers on the same PostgreSQL: their committed changes reach our streams too.
  const fanOut = fanOutChanges(store, relay, onError);
  fanOut.catch(onError);
  events.onClose(() => {
    fanOut.then((stopFanOut) => stopFanOut()).catch(onError);
  });
}
