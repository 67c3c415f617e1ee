import { type FormEvent, useState } from 'react';
import { notifyApi } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { useResource } from '../../hooks/use-resource.js';
import { useSave } from '../../hooks/use-save.js';
import { useWorkspace } from '../../session/workspace-context.js';

const SOURCE_WORDS = {
  workspace: 'This workspace’s own server',
  environment: 'The Ratchet server’s (RATCHET_SMTP_URL)',
  none: 'None: Ratchet sends no email until one is set',
} as const;

/**
 * Admins: the workspace's own SMTP server and sender. The stored URL's password is never
 * shown, so the URL field starts empty; saving needs the whole URL again.
 */
export function MailServerForm() {
  const { ws } = useWorkspace();
  const api = notifyApi(ws);
  const current = useResource(`mail:${ws}`, (signal) => api.mailSettings(signal));
  const [smtpUrl, setSmtpUrl] = useState('');
  const [from, setFrom] = useState('');
  const { busy, error, run } = useSave();

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api.saveMailSettings({ smtpUrl: smtpUrl.trim(), from: from.trim() });
      setSmtpUrl('');
      current.reload();
    });
  }

  const data = current.data;
  return (
    <form className="form" aria-label="Email server" onSubmit={(e) => void save(e)}>
      <h3>Email server</h3>
      {current.error !== undefined && <ErrorNotice error={current.error} onRetry={current.reload} />}
      {data && (
        <p className="muted small" data-testid="mail-source">
          Now: {SOURCE_WORDS[data.source]}
          {data.smtpUrl ? ` · ${data.smtpUrl}` : ''}
          {data.from ? ` · from ${data.from}` : ''}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <Field
        label="SMTP URL"
        required
        placeholder="smtp://user:password@mail.example.com:587"
        hint="smtp:// (STARTTLS) or smtps:// (TLS); percent-encode special characters in the password. Stored encrypted, never shown again."
        value={smtpUrl}
        onChange={(e) => setSmtpUrl(e.target.value)}
      />
      <Field
        label="Sender"
        required
        placeholder="Ratchet <ratchet@example.com>"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <FormActions
        busy={busy}
        primary={false}
        label="Save email server"
        disabled={!smtpUrl.trim() || !from.trim()}
        aside={
          data?.source === 'workspace' ? (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() =>
                void run(async () => {
                  await api.clearMailSettings();
                  current.reload();
                })
              }
            >
              Use the Ratchet server’s
            </button>
          ) : null
        }
      />
    </form>
  );
}
