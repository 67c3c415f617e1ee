import { useRef, useState } from 'react';
import {
  type DeliveryAttempt,
  type DeliveryLog,
  notifyApi,
  type Subscription,
} from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ChannelForm } from './channel-form.js';
import { DeliveryLogView } from './delivery-log-view.js';
import { WebhookForm } from './webhook-form.js';

const KIND_WORDS = { webhook: 'Webhook', slack: 'Slack', teams: 'Teams' } as const;

/** One webhook or channel: what it is, and edit, test, pause/resume, delete and its delivery log. */
export function SubscriptionRow({
  sub,
  onChanged,
}: {
  readonly sub: Subscription;
  readonly onChanged: () => void;
}) {
  const { ws } = useWorkspace();
  const api = notifyApi(ws);
  const kind = sub.kind === 'webhook' ? 'webhooks' : 'channels';
  const name = `${KIND_WORDS[sub.kind]} ${sub.url}`;
  const [log, setLog] = useState<DeliveryLog | null>(null);
  const [tested, setTested] = useState<DeliveryAttempt | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  function closeEditor() {
    setEditing(false);
    // Focus goes back to what opened the panel, once the button is shown again.
    requestAnimationFrame(() => editButton.current?.focus());
  }
  function saved() {
    closeEditor();
    onChanged();
  }

  async function act(work: () => Promise<unknown>, options: { readonly deleting?: boolean } = {}) {
    setError(null);
    try {
      await work();
      onChanged();
      // An open log follows what was just done (a test, a resume); a deleted one has none.
      if (log && !options.deleting) setLog(await api.deliveries(kind, sub.id));
    } catch (e) {
      setError(e);
    }
  }

  const routing = [
    sub.team ? `team ${sub.team}` : null,
    sub.owner ? `owner ${sub.owner}` : null,
    sub.severity === 'critical' ? 'breaches only' : null,
  ].filter(Boolean);
  return (
    <li className="stack" aria-label={name}>
      <div className="spread">
        <span>
          <strong>{KIND_WORDS[sub.kind]}</strong> <span className="mono small">{sub.url}</span>
          <br />
          <span className="muted small">
            {sub.kind === 'webhook'
              ? sub.events.join(', ')
              : routing.length > 0
                ? routing.join(' · ')
                : 'every alert'}
            {sub.description ? ` · ${sub.description}` : ''}
            {sub.enabled ? '' : ' · paused'}
          </span>
        </span>
        <span className="row">
          <button
            ref={editButton}
            type="button"
            className="btn btn-small btn-ghost"
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            Edit
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => void act(async () => setTested(await api.sendTest(kind, sub.id)))}
          >
            Send a test
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => void act(() => api.setEnabled(kind, sub.id, !sub.enabled))}
          >
            {sub.enabled ? 'Pause' : 'Resume'}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            aria-expanded={log !== null}
            onClick={() =>
              void (log ? setLog(null) : act(async () => setLog(await api.deliveries(kind, sub.id))))
            }
          >
            Delivery log
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger"
            onClick={() => {
              if (window.confirm(`Delete this ${KIND_WORDS[sub.kind]} and its delivery log?`))
                void act(() => api.remove(kind, sub.id), { deleting: true });
            }}
          >
            Delete
          </button>
        </span>
      </div>
      {editing && (
        <InlinePanel label={`Edit ${name}`} onClose={closeEditor}>
          {sub.kind === 'webhook' ? (
            <WebhookForm editing={sub} onSaved={saved} onCancel={closeEditor} />
          ) : (
            <ChannelForm editing={sub} onSaved={saved} onCancel={closeEditor} />
          )}
        </InlinePanel>
      )}
      {!sub.enabled && sub.disabledReason && <p className="alert alert-error small">{sub.disabledReason}</p>}
      {tested && (
        <p className="small" role="status">
          Test {tested.outcome === 'sent' ? 'sent' : 'failed'}
          {tested.responseCode !== null ? ` (${tested.responseCode})` : ''}: {tested.response}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {log && <DeliveryLogView log={log} />}
    </li>
  );
}
