import { type FormEvent, useState } from 'react';
import { type CreatedWebhook, notifyApi, type Subscription } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ChannelForm } from './channel-form.js';
import { SubscriptionRow } from './subscription-row.js';

/** The events a webhook can subscribe to (docs/notifications.md), with what each means. */
const EVENTS: readonly { event: string; words: string }[] = [
  { event: 'kpi.breached', words: 'an alert fires' },
  { event: 'kpi.recovered', words: 'a fired alert resolves' },
  { event: 'kpi.still_firing', words: 'an alert is still firing (repeat)' },
  { event: 'kpi.alert', words: 'every alert state change' },
  { event: 'objective.created', words: 'an objective is created' },
  { event: 'key_result.check_in', words: 'a check-in is recorded' },
  { event: 'cycle.closed', words: 'a cycle is closed' },
  { event: 'ratchet.proposed', words: 'a ratchet is proposed' },
  { event: 'ratchet.accepted', words: 'a ratchet is accepted' },
];

/** Admins: outbound webhooks and Slack/Teams channels, each with a test and a delivery log. */
export function NotificationsSettings() {
  const { ws } = useWorkspace();
  const api = notifyApi(ws);
  const webhooks = useResource(`webhooks:${ws}`, (signal) => api.subscriptions('webhooks', signal));
  const channels = useResource(`channels:${ws}`, (signal) => api.subscriptions('channels', signal));
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<readonly string[]>(['kpi.breached', 'kpi.recovered']);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function createWebhook(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await api.createWebhook({ url: url.trim(), events: [...events] }));
      setUrl('');
      webhooks.reload();
    } catch (e) {
      setError(e);
    }
  }

  const list = (items: readonly Subscription[] | undefined, reload: () => void) =>
    items && items.length > 0 ? (
      <ul className="plain-list stack" style={{ margin: '12px 0' }}>
        {items.map((sub) => (
          <SubscriptionRow key={sub.id} sub={sub} onChanged={reload} />
        ))}
      </ul>
    ) : null;

  return (
    <section className="card" id="notifications" aria-labelledby="notify-title">
      <h2 id="notify-title" className="section-title">
        Notifications and integrations
      </h2>
      <h3>Webhooks</h3>
      <p className="muted small">
        Ratchet POSTs each event as JSON, signed as Standard Webhooks says. A receiver that fails six times in
        a row is paused and the admins are told; its messages wait until it is resumed.
      </p>
      {webhooks.error !== undefined && <ErrorNotice error={webhooks.error} onRetry={webhooks.reload} />}
      {list(webhooks.data, webhooks.reload)}
      {created && (
        <div className="alert alert-success stack" role="status">
          <p>Webhook created. Copy its signing secret now: it will not be shown again.</p>
          <span className="visually-hidden">Signing secret:</span>
          <code className="secret mono" data-testid="webhook-secret">
            {created.secret}
          </code>
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setCreated(null)}>
            I stored it
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <form className="form" aria-label="New webhook" onSubmit={(e) => void createWebhook(e)}>
        <div className="field">
          <label htmlFor="webhook-url">Webhook URL</label>
          <input
            id="webhook-url"
            className="input"
            type="url"
            required
            placeholder="https://hooks.example.com/ratchet"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <fieldset className="radio-list">
          <legend className="field-label">Send when</legend>
          {EVENTS.map((e) => (
            <label key={e.event} className="radio-option">
              <input
                type="checkbox"
                checked={events.includes(e.event)}
                onChange={(change) =>
                  setEvents(
                    change.target.checked ? [...events, e.event] : events.filter((x) => x !== e.event),
                  )
                }
              />
              {e.words} <span className="mono small muted">{e.event}</span>
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="btn" disabled={!url.trim() || events.length === 0}>
            Add webhook
          </button>
        </div>
      </form>
      <h3>Slack and Teams</h3>
      <p className="muted small">
        A channel hears when an alert fires and when it resolves. Route it to one team’s or one owner’s KPIs,
        or to breaches only.
      </p>
      {channels.error !== undefined && <ErrorNotice error={channels.error} onRetry={channels.reload} />}
      {list(channels.data, channels.reload)}
      <ChannelForm onCreated={channels.reload} />
    </section>
  );
}
