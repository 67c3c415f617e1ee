import { useState } from 'react';
import { type CreatedWebhook, notifyApi, type Subscription } from '../../api/notify-endpoints.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ChannelForm } from './channel-form.js';
import { MailServerForm } from './mail-server-form.js';
import { SubscriptionRow } from './subscription-row.js';
import { WebhookForm } from './webhook-form.js';

/** Admins: outbound webhooks and Slack/Teams channels, each with a test and a delivery log. */
export function NotificationsSettings() {
  const { ws } = useWorkspace();
  const api = notifyApi(ws);
  const webhooks = useResource(`webhooks:${ws}`, (signal) => api.subscriptions('webhooks', signal));
  const channels = useResource(`channels:${ws}`, (signal) => api.subscriptions('channels', signal));
  const [created, setCreated] = useState<CreatedWebhook | null>(null);

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
      <WebhookForm
        onCreated={(webhook) => {
          setCreated(webhook);
          webhooks.reload();
        }}
      />
      <h3>Slack and Teams</h3>
      <p className="muted small">
        A channel hears when an alert fires and when it resolves. Route it to one team’s or one owner’s KPIs,
        or to breaches only.
      </p>
      {channels.error !== undefined && <ErrorNotice error={channels.error} onRetry={channels.reload} />}
      {list(channels.data, channels.reload)}
      <ChannelForm onSaved={channels.reload} />
      <MailServerForm />
    </section>
  );
}
