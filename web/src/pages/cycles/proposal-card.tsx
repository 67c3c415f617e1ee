import { useState } from 'react';
import type { ProposalState, RatchetProposal } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { StatusBadge } from '../../components/status-badge.js';
import { heldText } from '../../held-text.js';
import { rangeText } from '../../range-text.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * One ratchet proposal: move the KPI's healthy bound to the achieved target, or keep it.
 * Either answer is a recorded decision; declining asks why, so the history says.
 */
export function ProposalCard({
  proposal,
  unit,
  kpiName,
  onAnswered,
}: {
  readonly proposal: RatchetProposal;
  readonly unit?: string | null;
  readonly kpiName: string;
  readonly onAnswered: (answered: RatchetProposal) => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const [state, setState] = useState<ProposalState>(proposal.state);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function answer(accept: boolean) {
    setBusy(true);
    setError(null);
    try {
      const answered = accept
        ? await api.acceptProposal(proposal.cycle, proposal.keyResult)
        : await api.rejectProposal(proposal.cycle, proposal.keyResult, reason.trim() || undefined);
      setState(answered.state);
      setDeclining(false);
      onAnswered(answered);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card proposal" aria-labelledby={`proposal-${proposal.keyResult}`}>
      <h3 id={`proposal-${proposal.keyResult}`}>Ratchet {kpiName}</h3>
      <p className="proposal-move">
        <span className="muted">{rangeText(proposal.from, unit, fmt) ?? 'none'}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
        <strong>{rangeText(proposal.to, unit, fmt) ?? 'none'}</strong>
      </p>
      <p className="muted small">{proposal.message}</p>
      {error !== null && <ErrorNotice error={error} />}
      {state === 'accepted' && proposal.held ? (
        <HeldNote watch={proposal.held} />
      ) : state === 'accepted' ? (
        <p className="text-healthy" role="status">
          Accepted: the new floor is locked in and recorded as a decision. Ratchet will watch whether it holds
          on <Link to={paths.kpi(ws, proposal.kpi)}>{kpiName}</Link>.
        </p>
      ) : declining ? (
        <form
          className="form decision-form"
          onSubmit={(e) => {
            e.preventDefault();
            void answer(false);
          }}
        >
          <div className="field">
            <label htmlFor={`decline-${proposal.keyResult}`}>Why keep the old range?</label>
            <input
              id={`decline-${proposal.keyResult}`}
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="The improvement came from a one-off; let it prove itself first"
            />
          </div>
          <div className="row">
            <button type="submit" className="btn" disabled={busy}>
              Decline ratchet
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setDeclining(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {state === 'rejected' && (
            <p className="muted" role="status">
              Declined: the healthy range stays as it was. You can still accept it.
            </p>
          )}
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void answer(true)}
            >
              Accept ratchet
            </button>
            {state === 'pending' && (
              <button type="button" className="btn" disabled={busy} onClick={() => setDeclining(true)}>
                Keep the old range…
              </button>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** An accepted ratchet in a review: did the new floor hold since? */
function HeldNote({ watch }: { readonly watch: NonNullable<RatchetProposal['held']> }) {
  const { fmt } = useWorkspace();
  const text = heldText(watch, fmt);
  return (
    <div data-held={watch.verdict}>
      <p className="row">
        <span className="muted">Accepted · held?</span>
        <StatusBadge look={{ tone: text.tone, word: text.label }} size="small" />
      </p>
      <p className="muted small">{text.sentence}</p>
    </div>
  );
}
