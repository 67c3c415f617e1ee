/**
 * The domain events a webhook may subscribe to, as the change feed names them
 * (`entity.verb`). docs/notifications.md lists each one's `data`.
 */
export const WEBHOOK_EVENTS = [
  'kpi.alert',
  'kpi.breached',
  'kpi.recovered',
  'kpi.still_firing',
  'objective.created',
  'key_result.check_in',
  'cycle.closed',
  'ratchet.proposed',
  'ratchet.accepted',
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The alert events people hear on their channels (email, Slack, Teams): it fired, it is still firing, it resolved. */
export const ALERT_NOTICE_EVENTS: readonly string[] = ['kpi.breached', 'kpi.still_firing', 'kpi.recovered'];

export function isWebhookEvent(name: string): name is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(name);
}
