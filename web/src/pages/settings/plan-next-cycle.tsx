import { useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** One click plans the next cycle the workspace's cycle length suggests. */
export function PlanNextCycle({ onCreated }: { readonly onCreated: () => void }) {
  const { ws, api, fmt } = useWorkspace();
  const offer = useResource(`next-cycle:${ws}`, (signal) => api.nextCycle(signal));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const next = offer.data?.next;
  if (!next) return null;
  const day = (iso: string) => fmt.date(`${iso}T00:00:00Z`);

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

  return (
    <div className="plan-next" style={{ marginTop: 12 }}>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" className="btn" disabled={busy} onClick={() => void plan()}>
        {busy ? 'Planning…' : `Plan ${next.id} (${day(next.start)} – ${day(next.end)})`}
      </button>
    </div>
  );
}
