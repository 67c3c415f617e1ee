import { z } from '@hono/zod-openapi';

const AlertStateName = z.enum(['normal', 'pending', 'firing', 'recovering', 'no_data', 'stale']);
const AlertSeverity = z.enum(['warning', 'critical']).nullable();

export const AlertTransitionSchema = z
  .object({
    at: z.string().openapi({ format: 'date-time' }),
    from: AlertStateName,
    to: AlertStateName,
    severity: AlertSeverity,
    cause: z.string().openapi({
      description:
        'first_point, left_range, stayed_out, severity_changed, back_in_range, stayed_in, left_again, went_stale or points_resumed',
    }),
    value: z.number().nullable().openapi({ description: 'The value that caused it, when a point did.' }),
  })
  .openapi('AlertTransition');

export const KpiAlertsSchema = z
  .object({
    state: AlertStateName,
    severity: AlertSeverity,
    since: z.string().openapi({ format: 'date-time' }).nullable(),
    for: z.string().nullable().openapi({
      description: 'How long out of range before firing ("3 points", "36h"); null: one cadence period.',
    }),
    repeat: z.string().nullable().openapi({
      description:
        'How often a still-firing alert is told again ("4h"): the KPI’s own, else the workspace’s default; null: never.',
    }),
    ownRepeat: z.string().nullable().openapi({
      description:
        'The KPI’s own repeat interval, as set on its alert rule; null: `repeat` is the workspace’s default.',
    }),
    transitions: z.array(AlertTransitionSchema).openapi({ description: 'Newest first, at most 100.' }),
    silence: z
      .object({ until: z.string().datetime(), reason: z.string(), by: z.string(), at: z.string().datetime() })
      .nullable()
      .openapi({ description: 'While silenced, no email, Slack or Teams notice about this KPI is sent.' }),
  })
  .openapi('KpiAlerts');

export const AlertRuleSchema = z
  .object({
    for: z.string().max(50).nullable().openapi({
      description:
        'A number of points or a duration: "3 points", "36h", "2 days", "1w"; null for the default.',
    }),
    repeat: z.string().max(50).nullable().optional().openapi({
      description:
        'Tell a still-firing alert again every so long: a duration of at least 5 minutes ("4h", "1 day"); null or absent: the workspace’s default.',
    }),
  })
  .openapi('AlertRule');
