import { useEffect, useSyncExternalStore } from 'react';

/**
 * The workspace's teams, people and cycles, fetched once per session and shared by every
 * page: a navigation reads them from here instead of asking again. They are fetched anew
 * only when the event stream reports a change to a team, person, cycle or membership
 * (`invalidateDirectory`), when the stream reconnects (it may have missed one), or when a
 * page that just changed them says so (`reload`).
 */
export interface CachedEntry<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly loading: boolean;
}

interface Slot<T> {
  entry: CachedEntry<T>;
  /** Bumped by each invalidation; a load started before it is not kept as current. */
  generation: number;
  inFlight?: AbortController;
}

/** The entities whose change makes the lists stale (what the server's change feed names). */
export const DIRECTORY_ENTITIES: ReadonlySet<string> = new Set(['team', 'person', 'cycle', 'membership']);

const slots = new Map<string, Slot<unknown>>();
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function start<T>(key: string, load: (signal: AbortSignal) => Promise<T>): void {
  const slot = (slots.get(key) as Slot<T> | undefined) ?? { entry: { loading: true }, generation: 0 };
  slots.set(key, slot as Slot<unknown>);
  if (slot.inFlight) return;
  const generation = slot.generation;
  const controller = new AbortController();
  slot.inFlight = controller;
  // Keep the lists on screen while they are fetched again: no skeleton flash.
  slot.entry = { ...slot.entry, loading: true };
  notify();
  load(controller.signal).then(
    (data) => {
      slot.inFlight = undefined;
      slot.entry = { data, loading: false };
      if (slot.generation !== generation) start(key, load);
      notify();
    },
    (error: unknown) => {
      slot.inFlight = undefined;
      slot.entry = { ...slot.entry, error, loading: false };
      notify();
    },
  );
}

/** Marks a workspace's lists stale; pages showing them fetch them again. */
export function invalidateDirectory(ws: string): void {
  const slot = slots.get(ws);
  if (!slot) return;
  slot.generation += 1;
  slot.entry = { ...slot.entry, loading: true };
  stale.add(ws);
  notify();
}

const stale = new Set<string>();

/** The cached lists of a workspace, loaded on first use and again after an invalidation. */
export function useCachedDirectory<T>(
  ws: string,
  load: (signal: AbortSignal) => Promise<T>,
): CachedEntry<T> & { reload: () => void } {
  const entry = useSyncExternalStore(
    subscribe,
    () => (slots.get(ws)?.entry as CachedEntry<T> | undefined) ?? EMPTY,
    () => EMPTY,
  );
  const needed = !slots.has(ws) || stale.has(ws);
  useEffect(() => {
    if (!needed) return;
    stale.delete(ws);
    start(ws, load);
  }, [ws, needed, load]);
  return {
    ...entry,
    reload: () => {
      invalidateDirectory(ws);
    },
  };
}

const EMPTY: CachedEntry<never> = { loading: true };
