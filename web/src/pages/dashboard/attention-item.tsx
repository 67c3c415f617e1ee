import { useState } from 'react';
import type { AttentionItem as Item } from '../../api/types.js';
import { DraftOkrPanel } from '../../components/forms/draft-okr-panel.js';
import { RecordDecisionForm } from '../../components/forms/record-decision-form.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

const TONE = { error: 'breach', warning: 'at-risk', info: 'no-data' } as const;

export function AttentionItem({
  item,
  target,
  onChanged,
}: {
  readonly item: Item;
  /** The page the item is about, when it is a KPI, objective or key result shown here. */
  readonly target: string | undefined;
  readonly onChanged: () => void;
}) {
  const { ws } = useWorkspace();
  const [answer, setAnswer] = useState<'decision' | 'okr' | null>(null);

  return (
    <li className={`attention-item tone-${TONE[item.severity]}`}>
      <div className="attention-head">
        <span className="attention-mark" aria-hidden="true" />
        <div>
          <p className="attention-title">{target ? <Link to={target}>{item.title}</Link> : item.title}</p>
          <p className="muted small">{item.message}</p>
        </div>
      </div>
      {item.kind === 'unanswered_breach' && answer === null && (
        <div className="row attention-actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setAnswer('decision')}
            aria-label={`Record decision about ${item.title}`}
          >
            Record decision
          </button>
          <button
            type="button"
            className="btn btn-small btn-primary"
            onClick={() => setAnswer('okr')}
            aria-label={`Draft OKR for ${item.title}`}
          >
            Draft OKR
          </button>
        </div>
      )}
      {answer === 'decision' && (
        <RecordDecisionForm
          kpi={item.ref}
          kpiName={item.title}
          onDone={() => {
            setAnswer(null);
            onChanged();
          }}
          onCancel={() => setAnswer(null)}
        />
      )}
      {answer === 'okr' && (
        <DraftOkrPanel
          kpi={item.ref}
          kpiName={item.title}
          onCreated={onChanged}
          onCancel={() => setAnswer(null)}
        />
      )}
      {item.kind === 'pending_proposal' && (
        <div className="row attention-actions">
          <Link
            className="btn btn-small btn-primary"
            to={paths.cycleReview(ws, item.ref)}
            aria-label={`Answer the ratchet proposal for ${item.title}`}
          >
            Answer the proposal
          </Link>
        </div>
      )}
      {item.kind === 'missing_check_in' && (
        <div className="row attention-actions">
          <Link className="btn btn-small" to={paths.checkIn(ws)}>
            Check in
          </Link>
        </div>
      )}
    </li>
  );
}
