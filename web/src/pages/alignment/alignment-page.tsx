import type { DashboardObjective } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { cycleScope, scopeLabel } from '../dashboard/cycle-scope.js';
import { scopedDashboard } from '../dashboard/scoped-dashboard.js';
import { AlignmentNode } from './alignment-node.js';

/** The cascade from company objectives to team objectives, for the current cycle. */
export default function AlignmentPage() {
  const { ws, api } = useWorkspace();
  const { directory } = useDirectory();
  const dashboard = useResource(`alignment:${ws}`, (signal) => api.dashboard({}, signal));
  const scope = cycleScope(undefined, directory?.cycles ?? [], new Date().toISOString().slice(0, 10));
  if (dashboard.error && !dashboard.data)
    return (
      <div className="page">
        <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />
      </div>
    );
  if (!dashboard.data || !directory) return <PageSkeleton />;
  const objectives = scopedDashboard(dashboard.data, scope).objectives;
  const ids = new Set(objectives.map((o) => o.id));
  const children = new Map<string, DashboardObjective[]>();
  for (const o of objectives) {
    if (o.parent && ids.has(o.parent)) children.set(o.parent, [...(children.get(o.parent) ?? []), o]);
  }
  const roots = objectives.filter((o) => !o.parent || !ids.has(o.parent));
  return (
    <div className="page">
      <div>
        <h1>Alignment</h1>
        <p className="subtitle">
          How team objectives support the company's in {scopeLabel(scope)}. Cascading is optional: unaligned
          objectives stand on their own.
        </p>
      </div>
      {objectives.length === 0 ? (
        <EmptyState title="Nothing to align yet">
          When a team's objective supports a company objective, set its parent; this map then shows the
          cascade.
        </EmptyState>
      ) : (
        <ul className="tree" aria-label="Objectives by alignment">
          {roots.map((o) => (
            <AlignmentNode key={o.id} objective={o} childrenOf={children} directory={directory} />
          ))}
        </ul>
      )}
    </div>
  );
}
