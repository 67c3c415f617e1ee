import { z } from '@hono/zod-openapi';
import { FindingSchema, KpiReportSchema, ObjectiveReportSchema } from './report.schema.js';

const RangeSchema = z.object({ min: z.number().optional(), max: z.number().optional() }).openapi('Range');

export const DashboardKpiSchema = KpiReportSchema.extend({
  healthy: RangeSchema.nullable(),
  warning: RangeSchema.nullable(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  cadence: z.enum(['daily', 'weekly', 'monthly', 'quarterly']),
  series: z.array(z.object({ at: z.string().openapi({ format: 'date-time' }), value: z.number() })),
}).openapi('DashboardKpi');

export const DashboardObjectiveSchema = ObjectiveReportSchema.extend({
  parent: z.string().nullable().openapi({ description: 'The first of `parents`, or null.' }),
  parents: z.array(z.string()).openapi({ description: 'The objectives this one supports, in order.' }),
}).openapi('DashboardObjective');

export const AttentionItemSchema = z
  .object({
    kind: z.enum(['unanswered_breach', 'pending_proposal', 'missing_check_in', 'at_risk_kr', 'finding']),
    ref: z.string().openapi({
      description:
        'The record it is about: a KPI, objective or key result id; the cycle id for a pending proposal.',
    }),
    title: z.string(),
    message: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
  })
  .openapi('AttentionItem');

export const DashboardSchema = z
  .object({
    workspace: z.object({
      slug: z.string(),
      name: z.string(),
      locale: z.string().nullable(),
      currency: z.string().nullable(),
      freelancer: z.boolean(),
    }),
    asOf: z.string().openapi({ format: 'date-time' }),
    kpis: z.array(DashboardKpiSchema),
    objectives: z.array(DashboardObjectiveSchema),
    needsAttention: z.array(AttentionItemSchema),
    findings: z.array(FindingSchema),
  })
  .openapi('Dashboard');

export const DashboardQuery = z.object({
  team: z.string().max(200).optional(),
  cycle: z.string().max(200).optional(),
  owner: z.string().max(200).optional(),
});
