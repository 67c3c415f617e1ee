import { EmptyState } from '../../components/empty-state.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { todayIso } from '../../now.js';
import { setQueryParam, useLocation } from '../../router/history.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { CycleReviewPanel } from './cycle-review-panel.js';
import { NewCycleForm } from './new-cycle-form.js';

/** Cycle review: grade each objective, lock in achieved improvements, start the next cycle. */
export default function CyclesPage() {
  const { fmt } = useWorkspace();
  const { directory, error, reload: reloadDirectory } = useDirectory();
  // The cycle shown is in the address (`?cycle=2026-q4`), so a link can open its review and
  // closing it keeps it on screen.
  const picked = useLocation().query.get('cycle') ?? undefined;
  const setPicked = (id: string) => setQueryParam('cycle', id);

  if (!directory) return <PageSkeleton />;
  // Without the list of cycles this page cannot say anything true about them.
  if (error !== undefined && directory.cycles.length === 0)
    return (
      <div className="page">
        <h1>Cycle review</h1>
        <ErrorNotice error={error} onRetry={reloadDirectory} />
      </div>
    );
  const cycles = [...directory.cycles].sort((a, b) => b.start.localeCompare(a.start));
  // The cycle to review first: the latest one that has ended and is still open, else the current one.
  const today = todayIso();
  const due = cycles.find((c) => !c.closed && c.end < today);
  const cycle = cycles.find((c) => c.id === picked) ?? due ?? directory.currentCycle ?? cycles[0];
  const day = (iso: string) => fmt.day(iso);

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Cycle review</h1>
          <p className="subtitle">Score before you plan: grades, what to lock in, what comes next.</p>
        </div>
        {cycles.length > 0 && (
          <div className="field cycle-pick">
            <label htmlFor="cycle-pick">Cycle</label>
            <select
              id="cycle-pick"
              className="select"
              value={cycle?.id ?? ''}
              onChange={(e) => setPicked(e.target.value)}
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id} ({day(c.start)} – {day(c.end)}){c.closed ? ' · closed' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {cycles.length === 0 || !cycle ? (
        <div className="two-col">
          <EmptyState title="No cycles yet" example="2026-Q1: 1 January – 31 March">
            A cycle is the time box for OKRs, usually a quarter. KPIs run continuously; objectives and key
            results belong to a cycle and are graded when it closes.
          </EmptyState>
          <NewCycleForm cycles={[]} onCreated={reloadDirectory} />
        </div>
      ) : (
        <div className="two-col">
          <CycleReviewPanel
            key={cycle.id}
            cycle={cycle}
            onClosed={(id) => {
              setPicked(id);
              reloadDirectory();
            }}
          />
          <NewCycleForm cycles={directory.cycles} onCreated={reloadDirectory} />
        </div>
      )}
    </div>
  );
}
