import type { DeliveryLog, LoggedAttemptView } from '../../service/notify/delivery-log.service.js';
import type { SubscriptionView } from '../../service/notify/subscription.service.js';

const iso = (at: number) => new Date(at).toISOString();

export function presentSubscription(view: SubscriptionView) {
  return {
    id: view.id,
    kind: view.kind,
    url: view.url,
    events: [...view.events],
    description: view.description,
    team: view.team,
    owner: view.owner,
    severity: view.severity,
    enabled: view.enabled,
    disabledReason: view.disabledReason,
    failures: view.failures,
    createdAt: iso(view.createdAt),
  };
}

export function presentAttempt(a: LoggedAttemptView) {
  return {
    delivery: a.delivery,
    event: a.event,
    at: iso(a.at),
    attempt: a.attempt,
    outcome: a.outcome,
    status: a.status,
    responseCode: a.responseCode,
    response: a.response,
    durationMs: a.durationMs,
  };
}

export function presentDeliveryLog(log: DeliveryLog) {
  return {
    waiting: log.waiting.map((w) => ({ ...w, dueAt: iso(w.dueAt) })),
    attempts: log.attempts.map(presentAttempt),
  };
}
