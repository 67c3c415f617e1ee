import type { DashboardObjective } from '../../api/types.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { StatusBadge } from '../../components/status-badge.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { krStatusLook } from '../../status.js';

export function AlignmentNode(props: {
  readonly objective: DashboardObjective;
  readonly childrenOf: ReadonlyMap<string, readonly DashboardObjective[]>;
  readonly directory: Directory | undefined;
}) {
  const { objective, childrenOf, directory } = props;
  const { ws, fmt } = useWorkspace();
  const look = krStatusLook(objective.status);
  const kids = childrenOf.get(objective.id) ?? [];
  return (
    <li>
      <div className="tree-node card">
        <div className="objective-row-head">
          <Link to={paths.objective(ws, objective.id)} className="objective-title">
            {objective.title}
          </Link>
          <StatusBadge look={look} size="small" />
        </div>
        <p className="muted small">
          {[directory?.teamName(objective.team), directory?.personName(objective.owner)]
            .filter(Boolean)
            .join(' · ') || 'No team'}
        </p>
        <div className="objective-progress">
          <ProgressBar
            progress={objective.progress}
            expected={objective.expected}
            tone={look.tone}
            label={`Progress of ${objective.title}`}
            valueText={`${fmt.percent(objective.progress)} done`}
          />
          <span className="objective-pct">{fmt.percent(objective.progress)}</span>
        </div>
      </div>
      {kids.length > 0 && (
        <ul>
          {kids.map((k) => (
            <AlignmentNode key={k.id} objective={k} childrenOf={childrenOf} directory={directory} />
          ))}
        </ul>
      )}
    </li>
  );
}
