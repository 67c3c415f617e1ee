import { useState } from 'react';
import type { Kpi, Objective } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { kpiStatusLook } from '../../status.js';

/**
 * The KPIs this objective must not break while it is pursued (domain.md, "Guardrail"):
 * each with its status now, flagged when it left its healthy range during the cycle;
 * editable by picking KPIs.
 */
export function GuardrailsPanel({
  objective,
  onChanged,
}: {
  readonly objective: Objective;
  readonly onChanged: () => void;
}) {
  const { ws, api } = useWorkspace();
  const kpis = useResource<readonly Kpi[]>(`kpis:${ws}`, (signal) => api.kpis(signal).then((k) => k.items));
  const [editing, setEditing] = useState(false);
  const names = new Map((kpis.data ?? []).map((k) => [k.id, k.name]));
  const breached = objective.guardrails.filter((g) => g.breached).length;

  return (
    <section className="card" aria-labelledby="guardrails-title">
      <div className="section-title">
        <h2 id="guardrails-title">Guardrails</h2>
        {!editing && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(true)}>
            {objective.guardrails.length === 0 ? 'Add guardrails' : 'Change'}
          </button>
        )}
      </div>
      {breached > 0 && (
        <p className="pill pill-bad" role="status" style={{ marginBottom: 8 }}>
          {breached === 1 ? 'A guardrail' : `${breached} guardrails`} left the healthy range this cycle
        </p>
      )}
      {editing ? (
        <GuardrailPicker
          objective={objective}
          kpis={kpis.data ?? []}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      ) : objective.guardrails.length === 0 ? (
        <p className="muted small">
          No guardrails. Name the KPIs that must stay healthy while this objective is pushed, so faster
          replies cannot quietly cost satisfaction.
        </p>
      ) : (
        <ul className="plain-list">
          {objective.guardrails.map((g) => (
            <li key={g.kpi} className="row" data-breached={g.breached}>
              <Link to={paths.kpi(ws, g.kpi)}>{names.get(g.kpi) ?? g.kpi}</Link>
              <StatusBadge look={kpiStatusLook(g.status)} size="small" />
              {g.breached && <span className="pill pill-bad">Breached this cycle</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GuardrailPicker({
  objective,
  kpis,
  onDone,
}: {
  readonly objective: Objective;
  readonly kpis: readonly Kpi[];
  readonly onDone: (changed: boolean) => void;
}) {
  const { api } = useWorkspace();
  const [picked, setPicked] = useState<readonly string[]>(objective.guardrails.map((g) => g.kpi));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = (kpi: string, on: boolean) =>
    setPicked((list) => (on ? [...list.filter((k) => k !== kpi), kpi] : list.filter((k) => k !== kpi)));

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await api.updateGuardrails(objective.id, picked, objective.version);
      onDone(true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <fieldset className="form">
      <legend className="muted small">KPIs that must stay healthy while this objective is pursued</legend>
      {error !== null && <ErrorNotice error={error} />}
      {kpis.length === 0 && <p className="muted small">No KPIs yet.</p>}
      {kpis.map((k) => (
        <label key={k.id} className="choice">
          <input
            type="checkbox"
            checked={picked.includes(k.id)}
            onChange={(e) => toggle(k.id, e.target.checked)}
          />
          <span>{k.name}</span>
        </label>
      ))}
      <div className="row">
        <button
          type="button"
          className="btn btn-primary btn-small"
          onClick={() => void save()}
          disabled={busy}
        >
          {busy ? 'Saving…' : 'Save guardrails'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
