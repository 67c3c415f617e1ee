import { api, request } from './client.js';
import type { components } from './schema.js';

type Schemas = components['schemas'];
export type Inbox = Schemas['Inbox'];
export type MailSettings = Schemas['MailSettings'];
export type InboxItem = Schemas['InboxItem'];
export type KpiAlerts = Schemas['KpiAlerts'];
export type AlertTransition = Schemas['AlertTransition'];
export type Subscription = Schemas['NotificationSubscription'];
export type CreatedWebhook = Schemas['CreatedWebhook'];
export type DeliveryLog = Schemas['DeliveryLog'];
export type DeliveryAttempt = Schemas['DeliveryAttempt'];
export type NotifyPreferences = Schemas['NotifyPreferences'];
export type ChannelInput = Schemas['CreateChannel'];
export type WebhookInput = Schemas['CreateWebhook'];
export type WebhookPatch = Schemas['PatchWebhook'];
export type ChannelPatch = Schemas['PatchChannel'];
export type AlertRule = Schemas['AlertRule'];
export type Digest = Schemas['Digest'];
export type DigestItem = Schemas['DigestItem'];

const w = (ws: string) => `/workspaces/${encodeURIComponent(ws)}`;
const id = encodeURIComponent;

/** The notification endpoints (docs/notifications.md): inbox, alerts, webhooks, channels, preferences. */
export const notifyApi = (ws: string) => ({
  /** A person's digest (yours without one), or a team's; admins may name anyone. */
  digest: (whose: { person?: string; team?: string }, signal?: AbortSignal) =>
    api.get<Digest>(`${w(ws)}/digest`, whose, signal),
  inbox: (signal?: AbortSignal) => api.get<Inbox>(`${w(ws)}/inbox`, { limit: 20 }, signal),
  /** Marks these items read, or all without ids; answers how many are still unread. */
  markRead: (ids?: readonly number[]) =>
    api.post<{ unread: number }>(`${w(ws)}/inbox/read`, ids ? { ids } : {}),

  alerts: (kpi: string, signal?: AbortSignal) =>
    api.get<KpiAlerts>(`${w(ws)}/kpis/${id(kpi)}/alerts`, undefined, signal),
  silence: (kpi: string, until: string, reason: string) =>
    request<unknown>('PUT', `${w(ws)}/kpis/${id(kpi)}/silence`, { body: { until, reason } }),
  unsilence: (kpi: string) => api.delete<void>(`${w(ws)}/kpis/${id(kpi)}/silence`),
  /** The KPI's own `for` and repeat interval; null takes the default. */
  setAlertRule: (kpi: string, rule: AlertRule) =>
    request<AlertRule>('PUT', `${w(ws)}/kpis/${id(kpi)}/alerts/rule`, { body: rule }),

  subscriptions: (kind: 'webhooks' | 'channels', signal?: AbortSignal) =>
    api.get<{ items: Subscription[] }>(`${w(ws)}/${kind}`, undefined, signal).then((r) => r.items),
  createWebhook: (input: WebhookInput) => api.post<CreatedWebhook>(`${w(ws)}/webhooks`, input),
  updateWebhook: (sub: string, patch: WebhookPatch) =>
    api.patch<Subscription>(`${w(ws)}/webhooks/${id(sub)}`, patch),
  createChannel: (input: ChannelInput) => api.post<Subscription>(`${w(ws)}/channels`, input),
  updateChannel: (sub: string, patch: ChannelPatch) =>
    api.patch<Subscription>(`${w(ws)}/channels/${id(sub)}`, patch),
  setEnabled: (kind: 'webhooks' | 'channels', sub: string, enabled: boolean) =>
    api.patch<Subscription>(`${w(ws)}/${kind}/${id(sub)}`, { enabled }),
  remove: (kind: 'webhooks' | 'channels', sub: string) => api.delete<void>(`${w(ws)}/${kind}/${id(sub)}`),
  sendTest: (kind: 'webhooks' | 'channels', sub: string) =>
    api.post<DeliveryAttempt>(`${w(ws)}/${kind}/${id(sub)}/test`),
  deliveries: (kind: 'webhooks' | 'channels', sub: string, signal?: AbortSignal) =>
    api.get<DeliveryLog>(`${w(ws)}/${kind}/${id(sub)}/deliveries`, undefined, signal),

  mailSettings: (signal?: AbortSignal) => api.get<MailSettings>(`${w(ws)}/mail`, undefined, signal),
  saveMailSettings: (input: { smtpUrl: string; from: string }) =>
    request<MailSettings>('PUT', `${w(ws)}/mail`, { body: input }),
  clearMailSettings: () => api.delete<void>(`${w(ws)}/mail`),

  preferences: (person: string, signal?: AbortSignal) =>
    api.get<NotifyPreferences>(`${w(ws)}/people/${id(person)}/notifications`, undefined, signal),
  savePreferences: (person: string, input: NotifyPreferences) =>
    request<NotifyPreferences>('PUT', `${w(ws)}/people/${id(person)}/notifications`, { body: input }),
  testEmail: (person: string) =>
    api.post<DeliveryAttempt>(`${w(ws)}/people/${id(person)}/notifications/test`),
  emailLog: (person: string, signal?: AbortSignal) =>
    api.get<DeliveryLog>(`${w(ws)}/people/${id(person)}/notifications/deliveries`, undefined, signal),
});

export type NotifyApi = ReturnType<typeof notifyApi>;
