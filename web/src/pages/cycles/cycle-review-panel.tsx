import { useRef, useState } from 'react';
import type { Cycle, Dashboard } from '../../api/types.js';
import type { CycleReview, RatchetProposal } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Skeleton } from '../../components/skeleton.js';
import { useResource } from '../../hooks/use-resource.js';
import { todayIso } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { CloseConfirmation } from './close-confirmation.js';
import { type GradeRow, GradesTable } from './grades-table.js';
import { ImpactList } from './impact-list.js';
import { ProposalCard } from './proposal-card.js';
import { ReviewNotes, useReviewNotes } from './review-notes.js';

/**
 * One cycle's review. While it is open: the grades so far and the button that closes it.
 * Once closed: the grades given at close, the ratchet proposals to answer, and the notes,
 * all read from the stored review (every role may read it).
 */
export function CycleReviewPanel({
  cycle,
  onClosed,
}: {
  readonly cycle: Cycle;
  /** After a close: the page stays on this cycle, so its proposals stay in view. */
  readonly onClosed: (cycle: string) => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const [confirming, setConfirming] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [closing, setClosing] = useState(false);
  const [closeError, setCloseError] = useState<unknown>(null);
  const [justClosed, setJustClosed] = useState<CycleReview | null>(null);
  const context = useResource<Dashboard>(`cycle:${ws}:${cycle.id}`, (signal) =>
    api.dashboard({ cycle: cycle.id }, signal),
  );
  const stored = useResource<CycleReview>(
    cycle.closed && !justClosed ? `review:${ws}:${cycle.id}` : null,
    (signal) => api.cycleReview(cycle.id, signal),
  );
  // Answers given on this page, so the written review says what was decided.
  const [answers, setAnswers] = useState<ReadonlyMap<string, RatchetProposal>>(new Map());
  const fetched = justClosed ?? stored.data ?? null;
  const [notes, setNotes] = useReviewNotes(ws, cycle.id, fetched?.notes);
  const review = fetched && {
    ...fetched,
    proposals: fetched.proposals.map((p) => answers.get(p.keyResult) ?? p),
  };
  const objectives = context.data?.objectives ?? [];
  const types = new Map(objectives.map((o) => [o.id, o.type]));
  const kpis = new Map((context.data?.kpis ?? []).map((k) => [k.id, k]));
  const today = todayIso();
  const early = today < cycle.end;

  async function close() {
    setClosing(true);
    setCloseError(null);
    try {
      setJustClosed(await api.closeCycle(cycle.id, notes));
      setConfirming(false);
      onClosed(cycle.id);
    } catch (e) {
      setCloseError(e);
    } finally {
      setClosing(false);
    }
  }

  const grades: GradeRow[] = review
    ? review.grades.map((g) => ({ ...g, type: types.get(g.objective) }))
    : objectives.map((o) => ({
        objective: o.id,
        title: o.title,
        progress: o.progress,
        grade: o.grade,
        gradeColour: o.gradeColour,
        gradeNote: o.gradeNote,
        type: o.type,
      }));

  return (
    <div className="stack">
      <section className="card" aria-labelledby="grades-title">
        <div className="section-title">
          <h2 id="grades-title">{review ? 'Grades' : 'Grades so far'}</h2>
          {review || cycle.closed ? (
            <span className="pill">
              Closed
              {review?.closedAt
                ? ` ${fmt.date(review.closedAt)}`
                : cycle.closedAt
                  ? ` ${fmt.date(cycle.closedAt)}`
                  : ''}
            </span>
          ) : (
            <button
              ref={closeButton}
              type="button"
              className="btn btn-primary"
              onClick={() => setConfirming(true)}
              disabled={confirming}
            >
              Close cycle
            </button>
          )}
        </div>
        {!review && !cycle.closed && (
          <p className="muted small">
            {early
              ? `The cycle runs until ${fmt.day(cycle.end)}. Closing now grades it with what is known today and proposes the ratchets its achieved key results earned.`
              : 'The cycle has ended: close it to give the grades and see which improvements to lock in.'}
          </p>
        )}
        {confirming && !review && (
          <CloseConfirmation
            cycle={cycle}
            closing={closing}
            onConfirm={() => void close()}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => closeButton.current?.focus());
            }}
          />
        )}
        {closeError !== null && <ErrorNotice error={closeError} />}
        {context.error !== undefined && <ErrorNotice error={context.error} onRetry={context.reload} />}
        {stored.error !== undefined && <ErrorNotice error={stored.error} onRetry={stored.reload} />}
        {(cycle.closed && !review) || (!context.data && !review) ? (
          <Skeleton height={120} />
        ) : grades.length === 0 ? (
          <p className="muted">No objectives in this cycle.</p>
        ) : (
          <GradesTable grades={grades} caption={`Grades per objective, ${cycle.id}`} />
        )}
        <p className="muted small" style={{ marginTop: 8 }}>
          A grade is the objective’s progress to one decimal. Aspirational objectives succeed at 0.7;
          committed ones are expected to reach 1.0.
        </p>
      </section>
      {context.data && (
        <ImpactList
          objectives={objectives}
          kpiNames={new Map((context.data.kpis ?? []).map((k) => [k.id, k.name]))}
        />
      )}
      {review && (
        <section aria-labelledby="proposals-title" className="stack">
          <h2 id="proposals-title">Ratchet proposals</h2>
          {review.proposals.length === 0 ? (
            <p className="muted">
              No proposals: no key result linked to a KPI ended achieved with a target stricter than the KPI’s
              healthy range.
            </p>
          ) : (
            <ul className="plain-list stack">
              {review.proposals.map((p) => (
                <ProposalCard
                  key={p.keyResult}
                  proposal={p}
                  unit={kpis.get(p.kpi)?.unit}
                  kpiName={kpis.get(p.kpi)?.name ?? p.kpi}
                  onAnswered={(answered) => setAnswers((a) => new Map(a).set(answered.keyResult, answered))}
                />
              ))}
            </ul>
          )}
        </section>
      )}
      <ReviewNotes
        cycle={cycle}
        review={review}
        notes={notes}
        onChange={setNotes}
        onSave={
          review?.closedAt ? async () => setJustClosed(await api.closeCycle(cycle.id, notes)) : undefined
        }
      />
    </div>
  );
}
