import { useState } from 'react';
import type { Dashboard } from '../../api/types.js';
import type { CloseResult } from '../../api/workflow-types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { GradesTable } from './grades-table.js';
import { NewCycleForm } from './new-cycle-form.js';
import { ProposalCard } from './proposal-card.js';

/** Cycle review: grade each objective, lock in achieved improvements, start the next cycle. */
export default function CyclesPage() {
  const { ws, api, fmt } = useWorkspace();
  const { directory, reload: reloadDirectory } = useDirectory();
  const [picked, setPicked] = useState<string | undefined>();
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<unknown>(null);
  const [result, setResult] = useState<CloseResult | null>(null);
  const cycleId = picked ?? directory?.currentCycle?.id;
  const dashboard = useResource<Dashboard>(cycleId ? `cycle:${ws}:${cycleId}` : null, (signal) =>
    api.dashboard({ cycle: cycleId }, signal),
  );

  if (!directory) return <PageSkeleton />;
  const cycles = [...directory.cycles].sort((a, b) => b.start.localeCompare(a.start));
  const cycle = cycles.find((c) => c.id === cycleId);
  const kpis = new Map((dashboard.data?.kpis ?? []).map((k) => [k.id, k]));

  async function close() {
    if (!cycle) return;
    setClosing(true);
    setCloseError(null);
    try {
      setResult(await api.closeCycle(cycle.id));
      dashboard.reload();
      reloadDirectory();
    } catch (e) {
      setCloseError(e);
    } finally {
      setClosing(false);
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Cycle review</h1>
          <p className="subtitle">Score before you plan: grades, what to lock in, what comes next.</p>
        </div>
        {cycles.length > 0 && (
          <div className="field" style={{ minWidth: 200 }}>
            <label htmlFor="cycle-pick">Cycle</label>
            <select
              id="cycle-pick"
              className="select"
              value={cycleId ?? ''}
              onChange={(e) => {
                setPicked(e.target.value);
                setResult(null);
              }}
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id} ({fmt.date(`${c.start}T00:00:00Z`)} – {fmt.date(`${c.end}T00:00:00Z`)})
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {cycles.length === 0 ? (
        <EmptyState title="No cycles yet" example="2026-Q1: 1 January – 31 March">
          A cycle is the time box for OKRs, usually a quarter. KPIs run continuously; objectives and key
          results belong to a cycle and are graded when it closes.
        </EmptyState>
      ) : (
        <div className="two-col">
          <div className="stack">
            <section className="card" aria-labelledby="grades-title">
              <div className="section-title">
                <h2 id="grades-title">Grades</h2>
                {cycle && !cycle.closed && !result && (
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() => void close()}
                    disabled={closing}
                  >
                    {closing ? 'Closing…' : 'Close cycle'}
                  </button>
                )}
                {(cycle?.closed || result) && <span className="pill">Closed</span>}
              </div>
              {closeError !== null && <ErrorNotice error={closeError} />}
              {dashboard.error !== undefined && (
                <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />
              )}
              {dashboard.data && dashboard.data.objectives.length === 0 && (
                <p className="muted">No objectives in this cycle.</p>
              )}
              {dashboard.data && dashboard.data.objectives.length > 0 && (
                <GradesTable objectives={dashboard.data.objectives} />
              )}
              <p className="muted small" style={{ marginTop: 8 }}>
                Aspirational objectives succeed at 0.7; committed ones are expected to reach 1.0.
              </p>
            </section>
            {result && (
              <section aria-labelledby="proposals-title" className="stack">
                <h2 id="proposals-title">Ratchet proposals</h2>
                {result.proposals.length === 0 ? (
                  <p className="muted">
                    No proposals: no key result linked to a KPI ended achieved with a target stricter than the
                    KPI's healthy range.
                  </p>
                ) : (
                  <ul className="plain-list stack">
                    {result.proposals.map((p) => (
                      <ProposalCard
                        key={p.keyResult}
                        proposal={p}
                        unit={kpis.get(p.kpi)?.unit}
                        kpiName={kpis.get(p.kpi)?.name ?? p.kpi}
                      />
                    ))}
                  </ul>
                )}
              </section>
            )}
          </div>
          <NewCycleForm cycles={directory.cycles} onCreated={reloadDirectory} />
        </div>
      )}
      {cycles.length === 0 && <NewCycleForm cycles={[]} onCreated={reloadDirectory} />}
    </div>
  );
}
