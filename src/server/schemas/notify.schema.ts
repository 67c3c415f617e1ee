import { z } from '@hono/zod-openapi';
import { WEBHOOK_EVENTS } from '../../core/notify/webhook-events.js';
import { WorkspaceParam } from './common.schema.js';

const url = z.string().min(1).max(2000).openapi({ example: 'https://hooks.example.com/ratchet' });
const description = z.string().max(500).nullable().optional();
const severity = z
  .enum(['warning', 'critical'])
  .nullable()
  .optional()
  .openapi({ description: '`critical`: only breaches fire here; `warning` or none: at-risk values too.' });
const routing = {
  team: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .openapi({ description: 'Only KPIs of this team (its id).' }),
  owner: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .openapi({ description: 'Only KPIs this person (id) owns.' }),
  severity,
};

export const SubscriptionParam = WorkspaceParam.extend({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'wh_3f9a1c2b7d' }),
});

export const SubscriptionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['webhook', 'slack', 'teams']),
    url: z
      .string()
      .openapi({ description: 'A webhook URL in full; a Slack or Teams URL by its origin only.' }),
    events: z.array(z.string()),
    description: z.string().nullable(),
    team: z.string().nullable(),
    owner: z.string().nullable(),
    severity: z.enum(['warning', 'critical']).nullable(),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    failures: z.number().int().openapi({ description: 'Failed attempts in a row; 6 disable it.' }),
    createdAt: z.string().datetime(),
  })
  .openapi('NotificationSubscription');

export const CreatedWebhookSchema = SubscriptionSchema.extend({
  secret: z.string().openapi({
    description: 'The signing secret (`whsec_…`), shown in this answer only.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('CreatedWebhook');

export const CreateWebhookSchema = z
  .object({
    url,
    events: z
      .array(z.string().max(100))
      .max(50)
      .openapi({ description: `Any of: ${WEBHOOK_EVENTS.join(', ')}.`, example: ['kpi.breached'] }),
    description,
  })
  .openapi('CreateWebhook');

export const PatchWebhookSchema = z
  .object({
    url: url.optional(),
    events: z.array(z.string().max(100)).max(50).optional(),
    description,
    enabled: z.boolean().optional().openapi({ description: '`true` turns a disabled webhook back on.' }),
  })
  .openapi('PatchWebhook');

export const CreateChannelSchema = z
  .object({
    kind: z.enum(['slack', 'teams']).openapi({
      description: 'slack: an incoming-webhook URL; teams: a Teams workflow webhook URL.',
    }),
    url,
    description,
    ...routing,
  })
  .openapi('CreateChannel');

export const PatchChannelSchema = z
  .object({ url: url.optional(), description, ...routing, enabled: z.boolean().optional() })
  .openapi('PatchChannel');

export const DeliveryAttemptSchema = z
  .object({
    delivery: z.string().openapi({ description: 'The message id (`webhook-id`), the same on every retry.' }),
    event: z.string(),
    at: z.string().datetime(),
    attempt: z.number().int(),
    outcome: z.enum(['sent', 'failed']),
    status: z.string().openapi({ description: 'The message now: sent, pending (a retry is due) or failed.' }),
    responseCode: z.number().int().nullable(),
    response: z.string().nullable().openapi({ description: 'The start of the answer, or what went wrong.' }),
    durationMs: z.number().int(),
  })
  .openapi('DeliveryAttempt');

export const DeliveryLogSchema = z
  .object({
    waiting: z.array(
      z.object({
        delivery: z.string(),
        event: z.string(),
        dueAt: z.string().datetime(),
        attempts: z.number().int(),
      }),
    ),
    attempts: z.array(DeliveryAttemptSchema),
  })
  .openapi('DeliveryLog');

export const SilenceSchema = z
  .object({
    until: z.string().datetime(),
    reason: z.string(),
    by: z.string(),
    at: z.string().datetime(),
  })
  .openapi('KpiSilence');

export const SilenceInputSchema = z
  .object({
    until: z.string().datetime({ offset: true }).openapi({ example: '2026-12-08T09:00:00Z' }),
    reason: z
      .string()
      .min(1)
      .max(500)
      .openapi({ example: 'Migration week: the numbers are known to be off' }),
  })
  .openapi('KpiSilenceInput');

export const NotifyPreferencesSchema = z
  .object({
    email: z.enum(['instant', 'digest', 'off']).openapi({
      description:
        'Alert emails for the KPIs this person owns: at once, gathered in the weekly digest, or none.',
    }),
    digest: z
      .boolean()
      .optional()
      .openapi({ description: 'The weekly digest by email (default true); always on the Digest page.' }),
    reminders: z
      .boolean()
      .optional()
      .openapi({ description: 'Check-in reminders for the key results this person owns (default true).' }),
    timeZone: z.string().max(100).nullable().openapi({ example: 'Europe/Berlin' }),
    quietHours: z
      .object({ start: z.string().max(5), end: z.string().max(5) })
      .nullable()
      .openapi({
        description: 'Local HH:MM; emails due inside wait for the end.',
        example: { start: '22:00', end: '07:00' },
      }),
  })
  .openapi('NotifyPreferences');
