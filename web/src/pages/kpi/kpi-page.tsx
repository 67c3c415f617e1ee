import { useState } from 'react';
import type { DashboardKpi, Decision, Kpi, Objective, SeriesPoint } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { DraftOkrPanel } from '../../components/forms/draft-okr-panel.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { rangeText, rangeWords } from '../../range-text.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { kpiStatusLook } from '../../status.js';
import { AddValueForm } from './add-value-form.js';
import { AlertPanel } from './alert-panel.js';
import { CsvImport } from './csv-import.js';
import { DecisionsLog } from './decisions-log.js';
import { HeldStat } from './held-stat.js';
import { KpiChart } from './kpi-chart.js';
import { KpiEditPanel } from './kpi-edit-panel.js';
import { LinkedKeyResults } from './linked-key-results.js';
import { RecentValues } from './recent-values.js';
import { SourceRuns } from './source-runs.js';
import { SuggestedRange } from './suggested-range.js';
import { ThresholdHistory } from './threshold-history.js';
import { ThresholdKey } from './threshold-key.js';

interface KpiPageData {
  readonly kpi: Kpi;
  readonly points: readonly SeriesPoint[];
  readonly report: DashboardKpi | undefined;
}

/** One KPI: its history against the bands, new values, and every answer it got. */
export default function KpiPage({ id }: { readonly id: string }) {
  const { ws, api, fmt, workspace } = useWorkspace();
  const { directory } = useDirectory();
  const [tab, setTab] = useState<'value' | 'csv'>('value');
  const [drafting, setDrafting] = useState(false);
  const [editing, setEditing] = useState(false);
  const resource = useResource<KpiPageData>(`kpi:${ws}:${id}`, async (signal) => {
    const [kpi, points, dashboard] = await Promise.all([
      api.kpi(id, signal),
      api.points(id, signal).then((p) => p.items),
      api.dashboard({}, signal),
    ]);
    return { kpi, points, report: dashboard.kpis.find((k) => k.id === id) };
  });
  // The side panels load on their own: one failing does not blank the chart.
  const decisions = useResource<readonly Decision[]>(`kpi-decisions:${ws}:${id}`, (signal) =>
    api.decisions(id, signal).then((d) => d.items.filter((x) => x.kpi === id)),
  );
  const objectives = useResource<readonly Objective[]>(`objectives:${ws}`, (signal) =>
    api.objectives(signal).then((o) => o.items),
  );
  const reloadAll = () => {
    resource.reload();
    decisions.reload();
  };

  if (resource.error && !resource.data)
    return (
      <div className="page">
        <ErrorNotice error={resource.error} onRetry={resource.reload} />
      </div>
    );
  if (!resource.data) return <PageSkeleton />;
  const { kpi, points, report } = resource.data;
  const look = kpiStatusLook(report?.status ?? (points.length === 0 ? 'no_data' : 'no_threshold'));
  const latest = report?.value ?? points.at(-1)?.value ?? null;
  const healthyText = rangeText(kpi.healthy, kpi.unit, fmt);
  const warningText = rangeText(kpi.warning, kpi.unit, fmt);
  const outside = report?.status === 'breach' || report?.status === 'at_risk';

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.dashboard(ws)}>Home</Link> <span aria-hidden="true">/</span> KPI
      </nav>
      <div className="page-head">
        <div>
          <div className="row">
            <h1>{kpi.name}</h1>
            <StatusBadge look={look} />
            {report?.stale && <span className="pill pill-warn">Stale</span>}
          </div>
          <p className="subtitle">
            {[
              directory?.personName(kpi.owner) && `Owner ${directory.personName(kpi.owner)}`,
              directory?.teamName(kpi.team),
              `Reviewed ${kpi.cadence}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="row">
          {!editing && (
            <button type="button" className="btn" onClick={() => setEditing(true)}>
              Edit KPI
            </button>
          )}
          {outside && !drafting && (
            <button type="button" className="btn btn-primary" onClick={() => setDrafting(true)}>
              Draft OKR
            </button>
          )}
        </div>
      </div>
      {editing && (
        <KpiEditPanel kpi={kpi} directory={directory} onSaved={reloadAll} onClose={() => setEditing(false)} />
      )}
      {drafting && (
        <div className="card">
          <DraftOkrPanel kpi={id} kpiName={kpi.name} onCancel={() => setDrafting(false)} />
        </div>
      )}
      <div className="stat-strip">
        <div className="stat">
          <span className="stat-label">Latest</span>
          <span className={`stat-value tone-${look.tone} tone-text`}>{fmt.value(latest, kpi.unit)}</span>
          {report?.at && <span className="muted small">{fmt.relative(report.at)}</span>}
        </div>
        <div className="stat">
          <span className="stat-label">Healthy</span>
          <span className="stat-value">{healthyText ?? 'Not set'}</span>
        </div>
        {warningText && (
          <div className="stat">
            <span className="stat-label">Warning</span>
            <span className="stat-value">{warningText}</span>
          </div>
        )}
        <div className="stat">
          <span className="stat-label">Outside range</span>
          <span className="stat-value">{report ? `${report.breachStreak} in a row` : '—'}</span>
        </div>
        {report?.heldWatch && <HeldStat watch={report.heldWatch} />}
      </div>
      <div className="two-col">
        <div className="stack">
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title" className="section-title">
              History
            </h2>
            {points.length === 0 ? (
              <p className="muted">
                No values yet. Add the latest value, or paste a year of history from a spreadsheet.
              </p>
            ) : (
              <KpiChart
                name={kpi.name}
                unit={kpi.unit}
                points={points}
                healthy={kpi.healthy}
                warning={kpi.warning}
                changes={kpi.thresholdHistory ?? []}
                label={`${kpi.name}: ${points.length} values, latest ${fmt.value(latest, kpi.unit)}; healthy ${rangeWords(kpi.healthy, kpi.unit, fmt)}`}
              />
            )}
            <ThresholdKey changes={kpi.thresholdHistory ?? []} unit={kpi.unit} />
            <RecentValues kpi={id} points={points} unit={kpi.unit} />
          </section>
          <section className="card" aria-labelledby="add-title">
            <div className="section-title">
              <h2 id="add-title">Add data</h2>
              <div className="segmented" role="tablist" aria-label="How to add data">
                <button
                  type="button"
                  role="tab"
                  aria-selected={tab === 'value'}
                  onClick={() => setTab('value')}
                >
                  One value
                </button>
                <button type="button" role="tab" aria-selected={tab === 'csv'} onClick={() => setTab('csv')}>
                  CSV
                </button>
              </div>
            </div>
            {tab === 'value' ? (
              <AddValueForm kpi={id} unit={kpi.unit} onAdded={reloadAll} />
            ) : (
              <CsvImport kpi={id} unit={kpi.unit} onImported={reloadAll} />
            )}
          </section>
        </div>
        <div className="stack">
          {kpi.healthy && <AlertPanel kpi={id} cadence={kpi.cadence} canEdit={workspace.role !== 'viewer'} />}
          {!kpi.healthy && report?.suggestedHealthy && (
            <SuggestedRange kpi={kpi} suggested={report.suggestedHealthy} onAccepted={reloadAll} />
          )}
          {decisions.error !== undefined ? (
            <ErrorNotice error={decisions.error} onRetry={decisions.reload} />
          ) : (
            <DecisionsLog
              kpi={id}
              kpiName={kpi.name}
              decisions={decisions.data ?? []}
              directory={directory}
              onChanged={reloadAll}
            />
          )}
          {objectives.error !== undefined ? (
            <ErrorNotice error={objectives.error} onRetry={objectives.reload} />
          ) : (
            <LinkedKeyResults kpi={id} unit={kpi.unit} objectives={objectives.data ?? []} />
          )}
          <SourceRuns kpi={id} unit={kpi.unit} onRan={reloadAll} />
          <ThresholdHistory
            changes={kpi.thresholdHistory ?? []}
            unit={kpi.unit}
            keyResultTitle={(kr) =>
              objectives.data?.flatMap((o) => o.keyResults).find((k) => k.id === kr)?.title
            }
          />
        </div>
      </div>
    </div>
  );
}
