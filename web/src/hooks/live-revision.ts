import { useSyncExternalStore } from 'react';

/**
 * A counter that goes up whenever the server reports changed data. Every `useResource`
 * reads it, so one server-sent event refreshes whatever is on screen.
 */
let revision = 0;
const listeners = new Set<() => void>();
let pending: ReturnType<typeof setTimeout> | undefined;

/** Bursts of changes (a CSV import) become one refresh. */
export function bumpRevision(delayMs = 250): void {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    revision += 1;
    for (const listener of listeners) listener();
  }, delayMs);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRevision(): number {
  return useSyncExternalStore(
    subscribe,
    () => revision,
    () => revision,
  );
}
