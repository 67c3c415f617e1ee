import { ErrorNotice } from '../../components/error-notice.js';
import { useNextCycle } from '../../hooks/use-next-cycle.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** One click plans the next cycle the workspace's cycle length suggests. */
export function PlanNextCycle({ onCreated }: { readonly onCreated: () => void }) {
  const { fmt } = useWorkspace();
  const { next, busy, error, plan } = useNextCycle(onCreated);
  if (!next) return null;
  const day = (iso: string) => fmt.day(iso);

  return (
    <div className="plan-next" style={{ marginTop: 12 }}>
      {error !== null && <ErrorNotice error={error} />}
      <button type="button" className="btn btn-wrap" disabled={busy} onClick={() => void plan()}>
        {busy ? 'Planning…' : `Plan ${next.id} (${day(next.start)} – ${day(next.end)})`}
      </button>
    </div>
  );
}
