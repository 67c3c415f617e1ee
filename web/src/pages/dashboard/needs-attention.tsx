import { useMemo, useState } from 'react';
import type { AttentionKind, Dashboard } from '../../api/types.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { AttentionItem } from './attention-item.js';

const GROUPS: readonly { kind: AttentionKind; title: string }[] = [
  { kind: 'unanswered_breach', title: 'Unanswered breaches' },
  { kind: 'pending_proposal', title: 'Ratchets to answer' },
  { kind: 'missing_check_in', title: 'Missing check-ins' },
  { kind: 'at_risk_kr', title: 'Key results at risk' },
  { kind: 'finding', title: 'Coach' },
];

/** A short list is one people act on: the rest of a long group is a click away. */
const SHOWN_PER_GROUP = 5;

/** Where each ref points: a KPI, an objective, or the objective holding a key result. */
function useTargets(dashboard: Dashboard, ws: string): ReadonlyMap<string, string> {
  return useMemo(() => {
    const targets = new Map<string, string>();
    for (const o of dashboard.objectives) {
      for (const kr of o.keyResults) targets.set(kr.id, paths.objective(ws, o.id));
      targets.set(o.id, paths.objective(ws, o.id));
    }
    for (const k of dashboard.kpis) targets.set(k.id, paths.kpi(ws, k.id));
    return targets;
  }, [dashboard, ws]);
}

/** The "what I owe" list: breaches to answer, check-ins due, slipping KRs, coach advice. */
export function NeedsAttention({
  dashboard,
  onChanged,
}: {
  readonly dashboard: Dashboard;
  readonly onChanged: () => void;
}) {
  const { ws, workspace } = useWorkspace();
  const [expanded, setExpanded] = useState<ReadonlySet<AttentionKind>>(new Set());
  const targets = useTargets(dashboard, ws);
  const items = dashboard.needsAttention;
  return (
    <section className="card attention" aria-labelledby="attention-title">
      <div className="section-title">
        <h2 id="attention-title">
          {workspace.freelancer ? 'What I owe' : 'Needs attention'}{' '}
          <span className="count">{items.length}</span>
        </h2>
      </div>
      {items.length === 0 ? (
        <p className="muted">
          Nothing needs an answer. Every breached KPI has a decision or an OKR, and check-ins are up to date.
        </p>
      ) : (
        GROUPS.map(({ kind, title }) => {
          const group = items.filter((i) => i.kind === kind);
          if (group.length === 0) return null;
          const open = expanded.has(kind);
          const shown = open ? group : group.slice(0, SHOWN_PER_GROUP);
          const listId = `attention-${kind}`;
          return (
            <div key={kind} className="attention-group">
              <h3 className="attention-group-title">
                {title} <span className="count">{group.length}</span>
              </h3>
              <ul className="attention-list" id={listId}>
                {shown.map((item) => (
                  <AttentionItem
                    key={`${item.kind}:${item.ref}:${item.title}`}
                    item={item}
                    target={targets.get(item.ref)}
                    onChanged={onChanged}
                  />
                ))}
              </ul>
              {group.length > SHOWN_PER_GROUP && (
                <button
                  type="button"
                  className="btn btn-ghost btn-small attention-more"
                  aria-expanded={open}
                  aria-controls={listId}
                  onClick={() =>
                    setExpanded((s) => {
                      const next = new Set(s);
                      if (open) next.delete(kind);
                      else next.add(kind);
                      return next;
                    })
                  }
                >
                  {open ? 'Show fewer' : `Show all ${group.length}`}
                </button>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
