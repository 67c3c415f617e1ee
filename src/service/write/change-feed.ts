import type { Store } from '../../store/database.js';

/**
 * What one committed write changed, told once after the transaction commits: the records
 * (for live updates and cache invalidation) and the domain events (for webhooks, alerts,
 * notifications). Listeners run after commit, so they can never undo or fail the write.
 */
export interface CommittedChange {
  readonly workspaceId: number;
  readonly workspaceSlug: string;
  readonly actor: string;
  readonly at: number;
  readonly records: readonly ChangedRecord[];
  readonly events: readonly DomainEvent[];
}

/** A record a write touched: `{entity: 'kpi', id: 'churn'}`. */
export interface ChangedRecord {
  readonly entity: string;
  readonly id: string;
}

/**
 * Something that happened in the domain, named as webhooks name it (`kpi.breached`,
 * `objective.created`, `key_result.check_in`, `cycle.closed`, `ratchet.proposed`…).
 */
export interface DomainEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type ChangeListener = (change: CommittedChange) => void;

export interface ChangeFeed {
  publish(change: CommittedChange): void;
  subscribe(listener: ChangeListener): () => void;
}

// One feed per open store: the server, the scheduler and the CLI share the store object,
// so they share its feed without threading it through every service signature.
const feeds = new WeakMap<Store, ChangeFeed>();

export function changeFeed(store: Store): ChangeFeed {
  let feed = feeds.get(store);
  if (!feed) {
    feed = createChangeFeed();
    feeds.set(store, feed);
  }
  return feed;
}

function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    publish(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch {
          // A listener's fault is its own: the write has committed and others still hear it.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
