import { type FormEvent, useState } from 'react';
import type { Invitation, IssuedInvitation } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ROLE_LABELS } from './role-labels.js';

/** Invite people by email with a role; the link is shown once, pending ones resent or withdrawn. */
export function InvitationsSettings({ email: prefill }: { readonly email?: string }) {
  const { ws, api, fmt, workspace } = useWorkspace();
  const invitations = useResource<readonly Invitation[]>(`invitations:${ws}`, (signal) =>
    api.invitations(signal),
  );
  const [email, setEmail] = useState(prefill ?? '');
  const [role, setRole] = useState('editor');
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Admins give editor and viewer; only owners give admin and owner (the server holds the rule).
  const roles = workspace.role === 'owner' ? ['viewer', 'editor', 'admin', 'owner'] : ['viewer', 'editor'];

  async function run(action: () => Promise<IssuedInvitation | undefined>) {
    setError(null);
    try {
      const result = await action();
      if (result) setIssued(result);
      invitations.reload();
    } catch (e) {
      setError(e);
    }
  }

  function invite(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const result = await api.invite(email.trim(), role);
      setEmail('');
      return result;
    });
  }

  const open = invitations.data ?? [];
  return (
    <section className="card" aria-labelledby="invitations-title">
      <h2 id="invitations-title" className="section-title">
        Invitations
      </h2>
      <p className="muted small">
        Invite someone by email: they choose their name and password from the link.
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {invitations.error !== undefined && <ErrorNotice error={invitations.error} />}
      {issued && (
        <div className="alert alert-success stack" role="status" style={{ margin: '12px 0' }}>
          <p>
            Invitation for <strong>{issued.invitation.email}</strong> as {issued.invitation.role}.{' '}
            {issued.emailed ? 'We emailed the link; ' : 'Send them this link; '}
            it works once, for 7 days, and is not shown again.
          </p>
          <span className="visually-hidden">Invitation link:</span>
          <code className="secret mono">{issued.link}</code>
          <div className="row">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setIssued(null)}>
              Done
            </button>
          </div>
        </div>
      )}
      {open.length > 0 && (
        <ul className="plain-list" style={{ margin: '12px 0' }} aria-label="Pending invitations">
          {open.map((i) => (
            <li key={i.id} className="spread">
              <span>
                <strong>{i.email}</strong> <span className="muted small">as {i.role}</span>
                <br />
                <span className="muted small">
                  {i.expired ? `expired ${fmt.date(i.expiresAt)}` : `valid until ${fmt.date(i.expiresAt)}`}
                </span>
              </span>
              <span className="row" style={{ gap: 6 }}>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`Resend to ${i.email}`}
                  onClick={() => void run(() => api.resendInvitation(i.id))}
                >
                  Resend
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  aria-label={`Withdraw the invitation to ${i.email}`}
                  onClick={() =>
                    void run(async () => {
                      await api.revokeInvitation(i.id);
                      return undefined;
                    })
                  }
                >
                  Withdraw
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={invite}>
        <div className="form-row">
          <div className="field">
            <label htmlFor="invite-email">Email to invite</label>
            <input
              id="invite-email"
              className="input"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="invite-role">Their role</label>
            <select
              id="invite-role"
              className="select"
              value={role}
              onChange={(e) => setRole(e.target.value)}
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="btn" disabled={!email.trim()}>
            Invite
          </button>
        </div>
      </form>
    </section>
  );
}
