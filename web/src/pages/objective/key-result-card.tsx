import { useState } from 'react';
import type { KeyResult, KeyResultReport, Kpi } from '../../api/types.js';
import { ImpactVerdict } from '../../components/impact-verdict.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatusBadge } from '../../components/status-badge.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { krStatusLook } from '../../status.js';
import { CheckInChart } from './check-in-chart.js';
import { KeyResultEditPanel } from './key-result-edit-panel.js';

interface KeyResultCardProps {
  readonly kr: KeyResult;
  readonly report: KeyResultReport | undefined;
  readonly expected: number;
  readonly cycleEnd?: string;
  readonly directory: Directory | undefined;
  /** The workspace's KPIs: the link's name, and the choices for linking one. */
  readonly kpis: readonly Kpi[];
  readonly onChanged: () => void;
}

export function KeyResultCard(props: KeyResultCardProps) {
  const { kr, report, expected, cycleEnd, directory, kpis, onChanged } = props;
  const [editing, setEditing] = useState(false);
  const { ws, fmt } = useWorkspace();
  const look = krStatusLook(report?.status ?? 'not_started');
  const progress = report?.progress ?? 0;
  const checkIns = [...(kr.checkIns ?? [])].sort(
    (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime(),
  );
  const confidences = checkIns.filter((c) => c.confidence != null).slice(-6);
  const latest = checkIns.at(-1);
  return (
    <article className="card kr-card" aria-labelledby={`kr-${kr.id}`}>
      <div className="objective-row-head">
        <h3 id={`kr-${kr.id}`}>{kr.title}</h3>
        <StatusBadge look={look} size="small" />
      </div>
      <p className="muted small">
        {[
          directory?.personName(kr.owner),
          kr.milestone
            ? 'Milestone'
            : kr.baseline != null && kr.target != null
              ? `${fmt.value(kr.baseline, kr.unit)} → ${fmt.value(kr.target, kr.unit)}`
              : 'No baseline yet: the target is a guess',
        ]
          .filter(Boolean)
          .join(' · ')}
        {kr.kpi && (
          <>
            {' · linked to '}
            <Link to={paths.kpi(ws, kr.kpi)}>{kpis.find((k) => k.id === kr.kpi)?.name ?? 'its KPI'}</Link>
          </>
        )}
      </p>
      <div className="objective-progress">
        <ProgressBar
          progress={progress}
          expected={expected}
          tone={look.tone}
          label={`Progress of ${kr.title}`}
          valueText={`${fmt.percent(progress)} done, ${fmt.percent(expected)} expected by now`}
        />
        <span className="objective-pct">{fmt.percent(progress)}</span>
      </div>
      {editing ? (
        <KeyResultEditPanel
          kr={kr}
          kpis={kpis}
          directory={directory}
          onSaved={onChanged}
          onClose={() => setEditing(false)}
        />
      ) : (
        <div>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={`Edit ${kr.title}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        </div>
      )}
      <dl className="kr-facts">
        <div>
          <dt>Current</dt>
          <dd>{fmt.value(report?.current ?? null, kr.unit)}</dd>
        </div>
        <div>
          <dt>Forecast</dt>
          <dd>
            {report?.forecast
              ? `${fmt.value(report.forecast.value, kr.unit)} (${fmt.percent(report.forecast.progress)})`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>
            {confidences.length > 0
              ? confidences.map((c) => fmt.percent(c.confidence ?? 0)).join(' → ')
              : report?.confidence != null
                ? fmt.percent(report.confidence)
                : '—'}
          </dd>
        </div>
      </dl>
      {kr.impact && <ImpactVerdict impact={kr.impact} unit={kr.unit} />}
      {checkIns.length > 0 && (
        <CheckInChart
          title={kr.title}
          unit={kr.unit}
          checkIns={checkIns}
          target={kr.target}
          forecast={report?.forecast ?? null}
          cycleEnd={cycleEnd}
        />
      )}
      {latest && (latest.note || latest.blockers) && (
        <div className="latest-note small">
          <span className="muted">Latest check-in, {fmt.date(latest.at)}: </span>
          {latest.note}
          {latest.blockers && <p className="text-at-risk">Blocked: {latest.blockers}</p>}
        </div>
      )}
    </article>
  );
}
