import type { Cycle } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { Skeleton } from '../../components/skeleton.js';
import { useResource } from '../../hooks/use-resource.js';
import { todayIso } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * "Are you sure?" with the facts (issue 9, "Safe cycle close"): the grades closing gives
 * and the ratchets it will propose, read from the review as of the cycle's last day.
 */
export function CloseConfirmation({
  cycle,
  closing,
  onConfirm,
  onCancel,
}: {
  readonly cycle: Cycle;
  readonly closing: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const preview = useResource(`close-preview:${ws}:${cycle.id}`, (signal) =>
    api.cycleReview(cycle.id, signal),
  );
  const today = todayIso();
  const early = today < cycle.end;
  const review = preview.data;
  return (
    <InlinePanel label={`Close ${cycle.id}?`} onClose={onCancel} className="inline-panel close-confirmation">
      <h3>Close {cycle.id}?</h3>
      {early && (
        <p className="alert alert-warning">
          {cycle.id} runs until {fmt.day(cycle.end)}. Closing now ends it early, with what is known today.
        </p>
      )}
      {preview.error !== undefined && <ErrorNotice error={preview.error} onRetry={preview.reload} />}
      {!review ? (
        <Skeleton height={80} />
      ) : (
        <>
          <p className="small">Closing gives these grades:</p>
          {review.grades.length === 0 ? (
            <p className="muted small">No objectives in this cycle, so no grades.</p>
          ) : (
            <ul className="plain-list small" aria-label="Grades closing gives">
              {review.grades.map((g) => (
                <li key={g.objective}>
                  {g.title}: <strong>{fmt.grade(g.grade)}</strong>
                </li>
              ))}
            </ul>
          )}
          <p className="small">
            {review.proposals.length === 0
              ? 'It proposes no ratchet: no key result linked to a KPI ended achieved past its healthy bound.'
              : 'It proposes these ratchets, which you then accept or decline:'}
          </p>
          {review.proposals.length > 0 && (
            <ul className="plain-list small" aria-label="Ratchets closing proposes">
              {review.proposals.map((p) => (
                <li key={p.keyResult}>{p.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={!review || closing} onClick={onConfirm}>
          {closing ? 'Closing…' : `Close ${cycle.id}`}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </InlinePanel>
  );
}
