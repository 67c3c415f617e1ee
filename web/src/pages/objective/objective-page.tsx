import { useState } from 'react';
import type { DashboardObjective, Initiative, Kpi, Objective } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { krStatusLook } from '../../status.js';
import { AddKeyResultForm } from './add-key-result-form.js';
import { GuardrailsPanel } from './guardrails-panel.js';
import { InitiativesList } from './initiatives-list.js';
import { KeyResultCard } from './key-result-card.js';
import { ObjectiveEditPanel } from './objective-edit-panel.js';

interface ObjectivePageData {
  readonly objective: Objective;
  readonly report: DashboardObjective | undefined;
}

/** One objective: its key results, their check-ins and forecasts, the work, the alignment. */
export default function ObjectivePage({ id }: { readonly id: string }) {
  const { ws, api, fmt } = useWorkspace();
  const { directory } = useDirectory();
  const resource = useResource<ObjectivePageData>(`objective:${ws}:${id}`, async (signal) => {
    const objective = await api.objective(id, signal);
    const dashboard = await api.dashboard({ cycle: objective.cycle }, signal);
    return { objective, report: dashboard.objectives.find((o) => o.id === id) };
  });
  // Alignment and initiatives load on their own, so one failing does not blank the page.
  const allObjectives = useResource<readonly Objective[]>(`objectives:${ws}`, (signal) =>
    api.objectives(signal).then((o) => o.items),
  );
  const initiatives = useResource<readonly Initiative[]>(`initiatives:${ws}`, (signal) =>
    api.initiatives(signal).then((i) => i.items),
  );
  const kpis = useResource<readonly Kpi[]>(`kpis:${ws}`, (signal) => api.kpis(signal).then((k) => k.items));
  const [editing, setEditing] = useState(false);
  const reloadAll = () => {
    resource.reload();
    initiatives.reload();
  };

  if (resource.error && !resource.data)
    return (
      <div className="page">
        <ErrorNotice error={resource.error} onRetry={resource.reload} />
      </div>
    );
  if (!resource.data) return <PageSkeleton />;
  const { objective, report } = resource.data;
  const all = allObjectives.data ?? [];
  const look = krStatusLook(report?.status ?? 'not_started');
  const krIds = objective.keyResults.map((kr) => kr.id);
  const mine = (initiatives.data ?? []).filter((i) => i.keyResults.some((k) => krIds.includes(k)));
  const parents = objective.parents.flatMap((id) => all.find((o) => o.id === id) ?? []);
  const children = all.filter((o) => o.parents.includes(objective.id));
  const cycle = directory?.cycles.find((c) => c.id === objective.cycle);
  const expected = report?.expected ?? 0;

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.dashboard(ws)}>Home</Link> <span aria-hidden="true">/</span> Objective
      </nav>
      <div className="page-head">
        <div>
          <div className="row">
            <h1>{objective.title}</h1>
            <StatusBadge look={look} />
          </div>
          <p className="subtitle">
            {[
              directory?.personName(objective.owner) && `Owner ${directory.personName(objective.owner)}`,
              directory?.teamName(objective.team),
              `Cycle ${objective.cycle}`,
              objective.type === 'committed' ? 'Committed (1.0 expected)' : 'Aspirational (0.7 is success)',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="row">
          <button
            type="button"
            className="btn btn-ghost"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            Edit
          </button>
          <Link className="btn" to={paths.checkIn(ws)}>
            Check in
          </Link>
        </div>
      </div>
      {editing && (
        <ObjectiveEditPanel
          objective={objective}
          objectives={all}
          directory={directory}
          onSaved={() => {
            resource.reload();
            allObjectives.reload();
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <div className="card">
        <div className="objective-progress">
          <ProgressBar
            progress={report?.progress ?? 0}
            expected={expected}
            tone={look.tone}
            label={`Progress of ${objective.title}`}
            valueText={`${fmt.percent(report?.progress ?? 0)} done, ${fmt.percent(expected)} expected by now`}
          />
          <span className="objective-pct">{fmt.percent(report?.progress ?? 0)}</span>
        </div>
        <p className="muted small" style={{ marginTop: 6 }}>
          {fmt.percent(expected)} of the cycle has passed
          {cycle ? ` (${fmt.day(cycle.start)} – ${fmt.day(cycle.end)})` : ''}.
        </p>
      </div>
      <div className="two-col">
        <div className="stack">
          <h2>Key results</h2>
          {objective.keyResults.length === 0 && (
            <p className="muted">
              No key results yet. Add two to five outcomes that prove this objective is reached, each moving a
              number from a baseline to a target.
            </p>
          )}
          {objective.keyResults.map((kr) => (
            <KeyResultCard
              key={kr.id}
              kr={kr}
              report={report?.keyResults.find((r) => r.id === kr.id)}
              expected={expected}
              cycleEnd={cycle?.end}
              directory={directory}
              kpis={kpis.data ?? []}
              onChanged={reloadAll}
            />
          ))}
          <AddKeyResultForm objective={objective.id} onAdded={reloadAll} />
        </div>
        <div className="stack">
          <GuardrailsPanel objective={objective} onChanged={resource.reload} />
          <InitiativesList
            initiatives={mine}
            keyResults={krIds}
            directory={directory}
            onChanged={resource.reload}
          />
          <section className="card" aria-labelledby="alignment-title">
            <h2 id="alignment-title" className="section-title">
              Alignment
            </h2>
            <p className="small">
              <span className="muted">Supports: </span>
              {parents.length === 0
                ? 'nothing above it'
                : parents.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ', '}
                      <Link to={paths.objective(ws, p.id)}>{p.title}</Link>
                    </span>
                  ))}
            </p>
            <p className="small muted" style={{ marginTop: 8 }}>
              Supported by:
            </p>
            {children.length === 0 ? (
              <p className="small">no objectives below it</p>
            ) : (
              <ul className="plain-list small">
                {children.map((c) => (
                  <li key={c.id}>
                    <Link to={paths.objective(ws, c.id)}>{c.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
