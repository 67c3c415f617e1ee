import { randomUUID } from 'node:crypto';
import { CHANGE_CHANNEL, MAX_NOTIFY_BYTES, notifyChange } from '../../store/change-channel.repository.js';
import type { Store } from '../../store/database.js';
import { type ChangedRecord, changeFeed } from './change-feed.js';

/** A change committed by another server on the same database. */
export interface RemoteChange {
  readonly workspaceId: number;
  readonly records: readonly ChangedRecord[];
}

/**
 * Several servers on one PostgreSQL behave as one: each tells the others what it
 * committed (`NOTIFY`), and hears theirs (`LISTEN`) for its own live clients. Only the
 * records travel — domain events (webhooks, alerts) stay with the server that made the
 * change, so they fire once. On SQLite there is one server per file, so this does nothing.
 * Resolves to a stop function.
 */
export async function fanOutChanges(
  store: Store,
  onRemote: (change: RemoteChange) => void,
  onError: (error: unknown) => void = () => undefined,
): Promise<() => Promise<void>> {
  if (!store.listen) return async () => undefined;
  const self = randomUUID();
  const stopListening = await store.listen(CHANGE_CHANNEL, (payload) => {
    try {
      const message = JSON.parse(payload) as { from: string; workspaceId: number; records: ChangedRecord[] };
      if (message.from !== self) onRemote({ workspaceId: message.workspaceId, records: message.records });
    } catch (error) {
      onError(error);
    }
  });
  const unsubscribe = changeFeed(store).subscribe((change) => {
    notifyChange(store, payloadOf(self, change.workspaceId, change.records)).catch(onError);
  });
  return async () => {
    unsubscribe();
    await stopListening();
  };
}

// A bulk import can touch thousands of records; past the NOTIFY limit, the first ones
// stand for the rest (clients reload what they show on any change of the workspace).
function payloadOf(from: string, workspaceId: number, records: readonly ChangedRecord[]): string {
  let kept = [...records];
  let payload = JSON.stringify({ from, workspaceId, records: kept });
  while (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES && kept.length > 1) {
    kept = kept.slice(0, Math.ceil(kept.length / 2));
    payload = JSON.stringify({ from, workspaceId, records: kept });
  }
  return payload;
}
