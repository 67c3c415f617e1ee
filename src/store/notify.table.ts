import type { Generated, Insertable, Selectable } from 'kysely';

/** Where notifications go: a webhook, or a Slack or Teams channel (migration 2026-12-01-130). */
export interface NotifySubscriptionTable {
  id: string;
  workspace_id: number;
  kind: string;
  url_sealed: string;
  /** The URL's scheme and host, safe to show (the full URL may hold a token). */
  url_hint: string;
  secret_sealed: string | null;
  /** JSON array of event types. */
  events: string;
  description: string | null;
  team: string | null;
  owner: string | null;
  min_severity: string | null;
  /** Consecutive failed attempts; reset by any success. */
  failures: number;
  disabled_at: number | null;
  disabled_reason: string | null;
  created_at: number;
  created_by: string;
}

/** One message to send, written in the transaction of the event that caused it. */
export interface NotifyDeliveryTable {
  id: string;
  workspace_id: number;
  subscription_id: string | null;
  channel: string;
  recipient: string | null;
  /** An email's person, for their delivery log (migration 2026-12-02-400). */
  person_id: number | null;
  event_type: string;
  body: string;
  status: string;
  attempts: number;
  due_at: number;
  created_at: number;
  sent_at: number | null;
  /** Until when a server sending it holds it; null when nobody does (migration 2026-12-03-250). */
  claimed_until: number | null;
}

export interface NotifyAttemptTable {
  id: Generated<number>;
  delivery_id: string;
  at: number;
  attempt: number;
  outcome: string;
  response_code: number | null;
  response: string | null;
  duration_ms: number;
}

export interface NotifyPreferenceTable {
  person_id: number;
  workspace_id: number;
  email_alerts: string;
  time_zone: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  /** 'on' or 'off'; null is 'on' (migration 2026-12-02-501). */
  weekly_digest: string | null;
  reminders: string | null;
}

export interface KpiSilenceTable {
  kpi_id: number;
  workspace_id: number;
  until: number;
  reason: string;
  created_by: string;
  created_at: number;
}

/** The outbox: one domain event, written in its write's transaction; fanned out by the job. */
export interface NotifyEventTable {
  id: string;
  workspace_id: number;
  type: string;
  /** The event's data, JSON. */
  data: string;
  at: number;
  /** When the deliveries job turned it into deliveries and inbox items; null until then. */
  fanned_at: number | null;
}

/** One in-app notification for one person (the bell). */
export interface NotifyInboxTable {
  id: Generated<number>;
  workspace_id: number;
  person_id: number;
  event_type: string;
  title: string;
  detail: string;
  /** What it is about, for a link: `kpi` and its id, `webhook`, … */
  entity: string | null;
  entity_id: string | null;
  created_at: number;
  read_at: number | null;
}

export type NotifySubscriptionRow = Selectable<NotifySubscriptionTable>;
export type NotifyDeliveryRow = Selectable<NotifyDeliveryTable>;
export type NewNotifyDeliveryRow = Insertable<NotifyDeliveryTable>;
export type NotifyAttemptRow = Selectable<NotifyAttemptTable>;
export type NotifyPreferenceRow = Selectable<NotifyPreferenceTable>;
export type KpiSilenceRow = Selectable<KpiSilenceTable>;
export type NotifyEventRow = Selectable<NotifyEventTable>;
export type NotifyInboxRow = Selectable<NotifyInboxTable>;
export type NewNotifyInboxRow = Insertable<NotifyInboxTable>;
