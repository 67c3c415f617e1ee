import { z } from '@hono/zod-openapi';
import { PageQuery, WorkspaceParam } from './common.schema.js';
import { Finite, KeyText, Note, RefText, Title, Version } from './input.schema.js';
import { InstantText } from './kpi.schema.js';
import { GuardrailReportSchema, KrImpactSchema } from './report.schema.js';

const Confidence = z.number().min(0).max(1);

/** A check-in as embedded in its key result (the full record is at `/key-results/{id}/check-ins`). */
export const CheckInSummarySchema = z
  .object({
    at: z.string().openapi({ format: 'date-time' }),
    value: z.number(),
    confidence: Confidence.nullable(),
    note: z.string().nullable(),
    blockers: z.string().nullable(),
  })
  .openapi('CheckInSummary');

export const CheckInSchema = CheckInSummarySchema.extend({
  id: z.number().int(),
  keyResult: z.string(),
  version: z.number().int(),
}).openapi('CheckIn');

export const KeyResultSchema = z
  .object({
    id: z.string(),
    objective: z.string(),
    title: z.string(),
    owner: z.string().nullable(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    unit: z.string().nullable(),
    weight: z.number(),
    kpi: z.string().nullable(),
    milestone: z.boolean(),
    done: z.boolean().nullable(),
    checkIns: z.array(CheckInSummarySchema).openapi({ description: 'Oldest first.' }),
    impact: KrImpactSchema.nullable().openapi({
      description:
        'For a KR linked to a KPI, whether the work moved the KPI (as of the end of today, as in GET /report); null otherwise.',
    }),
    version: z.number().int(),
  })
  .openapi('KeyResult');

export const ObjectiveSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: z.string().nullable(),
    team: z.string().nullable(),
    cycle: z.string(),
    type: z.enum(['aspirational', 'committed']),
    parent: z.string().nullable().openapi({
      description:
        'The first of `parents`, or null; kept for clients written before an objective could support several.',
    }),
    parents: z.array(z.string()).openapi({
      description: 'The objectives this one supports (alignment), in the order listed; empty when none.',
    }),
    guardrails: z.array(GuardrailReportSchema).openapi({
      description:
        'KPIs that must stay healthy while the objective is pursued, in the order listed, each with its status and whether it left its healthy range during the cycle (as in GET /report).',
    }),
    keyResults: z.array(KeyResultSchema),
    version: z.number().int(),
  })
  .openapi('Objective');

export const ObjectiveParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: 'faster-answers' }),
});

export const KeyResultParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: 'first-response-under-3h' }),
});

export const ObjectiveListQuery = PageQuery.extend({
  team: RefText.optional(),
  cycle: RefText.optional(),
  owner: RefText.optional(),
});

export const KeyResultCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the title when absent.' }),
    title: Title,
    owner: RefText.optional(),
    baseline: Finite.optional(),
    target: Finite.optional(),
    unit: z.string().max(40).optional(),
    weight: z.number().finite().positive().optional(),
    kpi: RefText.optional().openapi({
      description: 'A linked KPI: its data points become the current value.',
    }),
    milestone: z.boolean().optional(),
    done: z.boolean().optional(),
  })
  .strict()
  .openapi('KeyResultCreate', {
    example: { title: 'Reduce churn from 8% to 5%', baseline: 8, target: 5, unit: '%', kpi: 'churn' },
  });

export const KeyResultPatchSchema = z
  .object({
    version: Version.optional(),
    title: Title.optional(),
    owner: RefText.nullable().optional(),
    baseline: Finite.nullable().optional(),
    target: Finite.nullable().optional(),
    unit: z.string().max(40).nullable().optional(),
    weight: z.number().finite().positive().optional(),
    kpi: RefText.nullable().optional(),
    milestone: z.boolean().optional(),
    done: z.boolean().optional(),
    reason: Note.optional().openapi({ description: 'Required when the target or baseline moves.' }),
  })
  .strict()
  .openapi('KeyResultPatch', {
    description: 'Only the fields sent change; `null` clears an optional field.',
  });

const Guardrails = z
  .array(RefText)
  .max(20)
  .openapi({
    description:
      'KPI ids that must stay healthy while the objective is pursued (faster replies, guarded by CSAT); each KPI once. Leaving the healthy range during the cycle is the finding `guardrail-breached`.',
    example: ['csat'],
  });

const Parents = z
  .array(RefText)
  .max(20)
  .openapi({
    description:
      'The objectives this one supports, in order (an objective may support several); each once, none archived, and no chain of parents may come back to this objective. Send `parent` or `parents`, not both.',
    example: ['grow-revenue', 'keep-customers'],
  });

export const ObjectiveCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the title when absent.' }),
    title: Title,
    cycle: RefText,
    owner: RefText.optional(),
    team: RefText.optional(),
    type: z.enum(['aspirational', 'committed']).optional(),
    parent: RefText.optional().openapi({
      description: 'The objective this one supports; `parents` for several.',
    }),
    parents: Parents.optional(),
    guardrails: Guardrails.optional(),
    keyResults: z.array(KeyResultCreateSchema).max(20).optional(),
  })
  .strict()
  .openapi('ObjectiveCreate');

export const ObjectivePatchSchema = z
  .object({
    version: Version.optional(),
    title: Title.optional(),
    cycle: RefText.optional(),
    owner: RefText.nullable().optional(),
    team: RefText.nullable().optional(),
    type: z.enum(['aspirational', 'committed']).optional(),
    parent: RefText.nullable().optional().openapi({
      description: 'Makes this the one objective supported (`null`: none); `parents` for several.',
    }),
    parents: Parents.optional().openapi({ description: 'Replaces the list; `[]` clears it.' }),
    guardrails: Guardrails.optional().openapi({ description: 'Replaces the list; `[]` clears it.' }),
  })
  .strict()
  .openapi('ObjectivePatch', {
    description: 'Only the fields sent change; `null` clears an optional field.',
  });

export const CheckInCreateSchema = z
  .object({
    at: InstantText.optional().openapi({ description: 'Defaults to now.' }),
    value: Finite,
    confidence: Confidence.optional().openapi({ description: '0 (no chance) to 1 (certain).' }),
    note: Note.optional(),
    blockers: Note.optional(),
  })
  .strict()
  .openapi('CheckInCreate', { example: { value: 2.5, confidence: 0.9, note: 'The new triage rota works' } });
