import { useState } from 'react';
import type { CycleOffer } from '../api/types.js';
import { useWorkspace } from '../session/workspace-context.js';
import { useResource } from './use-resource.js';

/**
 * The next cycle the workspace's cycle length suggests (`GET /cycles/next`) and a `plan`
 * that creates it: one home for the dashboard's offer and Settings → Cycles.
 */
export function useNextCycle(onCreated: () => void) {
  const { ws, api } = useWorkspace();
  const offer = useResource<CycleOffer>(`next-cycle:${ws}`, (signal) => api.nextCycle(signal));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = offer.data?.next;

  async function plan() {
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      await api.createCycle(next);
      onCreated();
      offer.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return { next, offerNow: offer.data?.offerNow === true, busy, error, plan };
}
