import { z } from '@hono/zod-openapi';
import { CYCLE_LENGTHS, type CycleLength } from '../../core/okr/cycle-length.js';
import { WorkspaceParam } from './common.schema.js';
import { CalendarDate, KeyText, Note, RefText, Version } from './input.schema.js';
import { HeldWatchSchema } from './report.schema.js';

export const CycleSchema = z
  .object({
    id: z.string(),
    start: z.string().openapi({ format: 'date' }),
    end: z.string().openapi({ format: 'date' }),
    closed: z.boolean(),
    closedAt: z.string().nullable().openapi({ format: 'date-time' }),
    version: z.number().int(),
  })
  .openapi('Cycle');

export const CycleCreateSchema = z
  .object({
    id: KeyText.optional().openapi({
      description: 'Derived from the dates when absent: 2026-q3, 2026-h1, 2026.',
    }),
    start: CalendarDate,
    end: CalendarDate,
  })
  .strict()
  .openapi('CycleCreate', { example: { start: '2026-07-01', end: '2026-09-30' } });

export const CycleParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: '2026-q3' }),
});

export const ProposalParam = CycleParam.extend({
  kr: RefText.openapi({ param: { name: 'kr', in: 'path' }, example: 'first-response-under-3h' }),
});

const RangeSchema = z.object({ min: z.number().optional(), max: z.number().optional() });

export const ProposalSchema = z
  .object({
    kpi: z.string(),
    keyResult: z.string(),
    objective: z.string(),
    cycle: z.string(),
    from: RangeSchema,
    to: RangeSchema,
    message: z.string(),
    state: z.enum(['pending', 'accepted', 'rejected']),
    held: HeldWatchSchema.nullable().openapi({
      description:
        'In a cycle review, for an accepted ratchet: did the new standard hold since? Null otherwise.',
    }),
  })
  .openapi('RatchetProposal');

export const CycleReviewSchema = z
  .object({
    cycle: z.string(),
    closedAt: z.string().nullable().openapi({ format: 'date-time' }),
    grades: z.array(
      z.object({
        objective: z.string(),
        title: z.string(),
        progress: z.number(),
        grade: z.number(),
        gradeColour: z.enum(['green', 'yellow', 'red']),
        gradeNote: z.string().nullable(),
      }),
    ),
    proposals: z.array(ProposalSchema),
    notes: z
      .object({
        achieved: z.string().nullable(),
        learned: z.string().nullable(),
        next: z.string().nullable(),
      })
      .nullable()
      .openapi({
        description: 'What the team wrote at the close; null when it wrote nothing or the cycle is open.',
      }),
  })
  .openapi('CycleReview');

export const CycleCloseSchema = z
  .object({
    notes: z
      .object({
        achieved: Note.optional().openapi({ description: 'What we achieved.' }),
        learned: Note.optional().openapi({ description: 'What we learned.' }),
        next: Note.optional().openapi({ description: 'What we do next.' }),
      })
      .strict()
      .optional()
      .openapi({ description: 'Kept with the review; closing again replaces the parts given.' }),
  })
  .strict()
  .openapi('CycleClose', { example: { notes: { achieved: 'First response under 3 h.' } } });

export const ProposalAnswerSchema = z
  .object({
    reason: Note.optional().openapi({ description: 'Why; kept with the decision.' }),
    by: RefText.optional().openapi({ description: 'The person id who decided; defaults to you.' }),
  })
  .strict()
  .openapi('ProposalAnswer');

export const CyclePatchSchema = z
  .object({ version: Version.optional(), start: CalendarDate.optional(), end: CalendarDate.optional() })
  .strict()
  .openapi('CyclePatch', { example: { version: 1, end: '2026-10-15' } });

export const CycleOfferSchema = z
  .object({
    cycleLength: z.enum(CYCLE_LENGTHS as [CycleLength, ...CycleLength[]]),
    next: z
      .object({
        id: z.string(),
        start: z.string().openapi({ format: 'date' }),
        end: z.string().openapi({ format: 'date' }),
      })
      .openapi({ description: 'The cycle to plan after the latest one, by the workspace’s cycle length.' }),
    offerNow: z.boolean().openapi({
      description:
        'True when no cycle runs today, or the running one ends within two weeks with nothing after it.',
    }),
  })
  .openapi('CycleOffer');
