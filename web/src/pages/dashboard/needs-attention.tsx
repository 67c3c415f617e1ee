import type { AttentionKind, Dashboard } from '../../api/types.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { AttentionItem } from './attention-item.js';

const GROUPS: readonly { kind: AttentionKind; title: string }[] = [
  { kind: 'unanswered_breach', title: 'Unanswered breaches' },
  { kind: 'missing_check_in', title: 'Missing check-ins' },
  { kind: 'at_risk_kr', title: 'Key results at risk' },
  { kind: 'finding', title: 'Coach' },
];

/** The "what I owe" list: breaches to answer, check-ins due, slipping KRs, coach advice. */
export function NeedsAttention({
  dashboard,
  onChanged,
}: {
  readonly dashboard: Dashboard;
  readonly onChanged: () => void;
}) {
  const { workspace } = useWorkspace();
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
          return (
            <div key={kind} className="attention-group">
              <h3 className="attention-group-title">
                {title} <span className="count">{group.length}</span>
              </h3>
              <ul className="attention-list">
                {group.map((item) => (
                  <AttentionItem
                    key={`${item.kind}:${item.ref}:${item.title}`}
                    item={item}
                    dashboard={dashboard}
                    onChanged={onChanged}
                  />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}
