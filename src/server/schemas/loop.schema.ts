import { z } from '@hono/zod-openapi';
import { startOfDate } from '../../core/time.js';
import { KeyResultSchema, ObjectiveSchema } from './objective.schema.js';

export const DraftOkrRequestSchema = z
  .object({
    create: z
      .boolean()
      .optional()
      .openapi({ description: 'Also create the objective and its key result (needs edit rights).' }),
    stretch: z
      .boolean()
      .optional()
      .openapi({
        description:
          'Aim past the bound ("raise the floor": by the warning band’s width, or 10% of the bound) instead of at it. ' +
          'Only a target past the bound proposes a ratchet when achieved.',
      }),
  })
  .strict()
  .openapi('DraftOkrRequest');

export const DraftOkrSchema = ObjectiveSchema.extend({
  keyResults: z.array(KeyResultSchema.extend({ version: z.number().int().nullable() })),
  version: z.number().int().nullable().openapi({ description: 'Null while the draft is not stored.' }),
  created: z.boolean(),
  targets: z
    .object({
      backToHealthy: z
        .number()
        .openapi({ description: 'The violated bound (the midpoint of a between range).' }),
      raiseTheFloor: z.number().nullable().openapi({
        description: 'Past the bound by the warning band’s width or 10%; null when there is no room.',
      }),
    })
    .openapi('DraftTargets'),
  ratchets: z.boolean().openapi({
    description: 'Whether achieving the key result proposes a ratchet at close (target past the bound).',
  }),
}).openapi('DraftOkr', {
  description:
    'The objective "Bring ‹KPI› back to healthy" with one key result from the current value to the violated ' +
    'bound, or past it with `stretch`.',
});

export const ParseRequestSchema = z
  .object({
    statement: z.string().min(1).max(1000),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a calendar date like 2026-03-31.')
      .refine((date) => startOfDate(date) !== undefined, 'Use a real calendar date like 2026-03-31.')
      .optional()
      .openapi({
        description:
          'Dates written without a year ("by March", "Q2") are placed after this date; default today (UTC).',
        example: '2026-11-30',
      }),
  })
  .strict()
  .openapi('ParseRequest', { example: { statement: 'Reduce churn from 8% to 5%' } });

const Bound = z.number().nullable();

export const StatementReadingSchema = z
  .object({
    text: z.string(),
    kind: z.enum(['key_result', 'kpi', 'task', 'milestone', 'objective']),
    metric: z.string().nullable(),
    direction: z.enum(['increase', 'decrease', 'at_least', 'at_most', 'between']).nullable(),
    baseline: Bound,
    target: Bound,
    low: Bound,
    high: Bound,
    current: Bound,
    change: z.object({ amount: z.number(), relative: z.boolean() }).nullable(),
    unit: z.string().nullable(),
    due: z
      .string()
      .nullable()
      .openapi({ format: 'date', description: 'The last day of the period named, as an ISO date.' }),
    findings: z.array(
      z.object({ rule: z.string(), severity: z.enum(['error', 'warning', 'info']), message: z.string() }),
    ),
    why: z.string(),
  })
  .openapi('StatementReading');

export const SuggestRequestSchema = z
  .object({
    objective: z.string().min(1).max(1000),
    limit: z.number().int().min(1).max(50).optional(),
    freelancer: z.boolean().optional().openapi({ description: 'Defaults to the workspace’s setting.' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as EUR.')
      .optional()
      .openapi({ description: 'Defaults to the workspace currency.' }),
  })
  .strict()
  .openapi('SuggestRequest', { example: { objective: 'Delight our customers with fast support' } });

const SuggestionSchema = z
  .object({
    templateId: z.string(),
    domain: z.string(),
    metric: z.string(),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease']),
    healthy: z.object({ min: z.number().optional(), max: z.number().optional() }),
    cadence: z.enum(['daily', 'weekly', 'monthly', 'quarterly']),
    why: z.string(),
    matched: z.array(z.string()),
    score: z.number(),
    basis: z.enum(['matched', 'general']),
    vanity: z.string().nullable(),
    keyResult: z.string().nullable(),
    example: z.string().nullable(),
  })
  .openapi('Suggestion');

export const SuggestionsSchema = z
  .object({
    objective: z.string(),
    matched: z.boolean(),
    note: z.string().nullable(),
    kpis: z.array(SuggestionSchema),
    keyResults: z.array(SuggestionSchema),
    vanity: z.array(SuggestionSchema),
    domains: z.array(z.object({ domain: z.string(), label: z.string(), score: z.number() })),
  })
  .openapi('Suggestions');

export const FindingsQuery = z.object({
  severity: z.enum(['error', 'warning', 'info']).optional(),
  rule: z.string().max(100).optional(),
});
