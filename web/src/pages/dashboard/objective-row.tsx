import { useState } from 'react';
import type { DashboardObjective } from '../../api/types.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { krStatusLook } from '../../status.js';

export function ObjectiveRow({
  objective,
  ownerName,
  open = false,
}: {
  readonly objective: DashboardObjective;
  readonly ownerName?: string;
  /** Show the key results without a click (a freelancer's one OKR). */
  readonly open?: boolean;
}) {
  const { ws, fmt } = useWorkspace();
  // The key results render on first opening: a dashboard of 200 objectives stays light.
  const [shown, setShown] = useState(open);
  const look = krStatusLook(objective.status);
  const krs = objective.keyResults;
  return (
    <li className="objective-row">
      <div className="objective-row-head">
        <Link to={paths.objective(ws, objective.id)} className="objective-title">
          {objective.title}
        </Link>
        <StatusBadge look={look} size="small" />
      </div>
      <div className="objective-progress">
        <ProgressBar
          progress={objective.progress}
          expected={objective.expected}
          tone={look.tone}
          label={`Progress of ${objective.title}`}
          valueText={`${fmt.percent(objective.progress)} done, ${fmt.percent(objective.expected)} expected by now`}
        />
        <span className="objective-pct">{fmt.percent(objective.progress)}</span>
      </div>
      <p className="muted small">
        {ownerName ? `${ownerName} · ` : ''}
        {krs.length === 1 ? '1 key result' : `${krs.length} key results`} · expected{' '}
        {fmt.percent(objective.expected)} by now
      </p>
      {krs.length > 0 && (
        <details
          className="kr-details"
          open={open}
          onToggle={(e) => {
            if (e.currentTarget.open) setShown(true);
          }}
        >
          <summary>Key results</summary>
          {shown && (
            <ul className="kr-mini-list">
              {krs.map((kr) => {
                const krLook = krStatusLook(kr.status);
                return (
                  <li key={kr.id}>
                    <span className="kr-mini-title">{kr.title}</span>
                    <ProgressBar
                      progress={kr.progress}
                      expected={objective.expected}
                      tone={krLook.tone}
                      label={`Progress of ${kr.title}`}
                      valueText={`${fmt.percent(kr.progress)} done`}
                    />
                    <span className="small">{fmt.percent(kr.progress)}</span>
                    <StatusBadge look={krLook} size="small" />
                  </li>
                );
              })}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}
