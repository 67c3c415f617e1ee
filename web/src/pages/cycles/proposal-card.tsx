import { useState } from 'react';
import type { RatchetProposal } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { rangeText } from '../../range-text.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** One ratchet proposal: move the KPI's healthy bound to the achieved target, or not. */
export function ProposalCard({
  proposal,
  unit,
  kpiName,
}: {
  readonly proposal: RatchetProposal;
  readonly unit?: string | null;
  readonly kpiName: string;
}) {
  const { api, fmt } = useWorkspace();
  const [state, setState] = useState(proposal.state ?? 'pending');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function answer(accept: boolean) {
    setBusy(true);
    setError(null);
    try {
      if (accept) await api.acceptProposal(proposal.cycle, proposal.keyResult);
      else await api.rejectProposal(proposal.cycle, proposal.keyResult);
      setState(accept ? 'accepted' : 'rejected');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card proposal">
      <h3>Ratchet {kpiName}</h3>
      <p className="proposal-move">
        <span className="muted">{rangeText(proposal.from, unit, fmt) ?? 'none'}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> to </span>
        <strong>{rangeText(proposal.to, unit, fmt) ?? 'none'}</strong>
      </p>
      <p className="muted small">{proposal.message}</p>
      {error !== null && <ErrorNotice error={error} />}
      {state === 'pending' ? (
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void answer(true)}>
            Accept ratchet
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void answer(false)}>
            Reject
          </button>
        </div>
      ) : (
        <p className={state === 'accepted' ? 'text-healthy' : 'muted'} role="status">
          {state === 'accepted'
            ? 'Accepted: the new floor is locked in and recorded as a decision. Ratchet will watch whether it holds.'
            : 'Rejected: the healthy range stays as it was.'}
        </p>
      )}
    </li>
  );
}
