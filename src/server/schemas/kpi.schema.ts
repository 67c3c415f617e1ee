import { z } from '@hono/zod-openapi';
import { parseInstant } from '../../core/time.js';
import { ProblemSchema, WorkspaceParam } from './common.schema.js';
import { KeyText, Note, RangeInput, RefText, Title, Version } from './input.schema.js';

const RangeSchema = z.object({ min: z.number().optional(), max: z.number().optional() });

const ThresholdChangeSchema = z.object({
  at: z.string().openapi({ format: 'date-time' }),
  from: RangeSchema,
  to: RangeSchema,
  keyResult: z.string().nullable(),
  reason: z.string().nullable(),
});

export const KpiSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string().nullable(),
    owner: z.string().nullable(),
    team: z.string().nullable(),
    cadence: z.enum(['daily', 'weekly', 'monthly', 'quarterly']),
    healthy: RangeSchema.nullable(),
    warning: RangeSchema.nullable(),
    latest: z.object({ at: z.string().openapi({ format: 'date-time' }), value: z.number() }).nullable(),
    pointCount: z.number().int(),
    thresholdHistory: z
      .array(ThresholdChangeSchema)
      .openapi({ description: 'Past moves of the healthy range, oldest first.' }),
    version: z.number().int().openapi({ description: 'Send it back with the next PATCH or DELETE.' }),
  })
  .openapi('Kpi');

export const KpiParam = WorkspaceParam.extend({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'first-response-time' }),
});

export const KpiRestoreSchema = z
  .object({ version: z.number().int().min(1).optional().openapi({ description: 'The version you read.' }) })
  .strict()
  .openapi('KpiRestore');

export const KpiListQuery = z.object({
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: '`true` lists only the archived KPIs (newest archive first), to restore one.' }),
  team: z.string().max(200).optional(),
  owner: z.string().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** An instant as the file writes it: `2026-03-31` (start of day, UTC) or an ISO date-time. */
export const InstantText = z
  .string()
  .refine(
    (text) => parseInstant(text) !== undefined,
    'Use a date like 2026-03-31 or a date-time like 2026-03-31T09:00:00Z.',
  )
  .transform((text) => parseInstant(text) as number)
  .openapi({ type: 'string', example: '2026-03-31T09:00:00Z' });

export const PointInputSchema = z
  .object({
    at: InstantText,
    value: z.number().finite(),
    note: z.string().max(2000).optional(),
    source: z.enum(['manual', 'import', 'api', 'formula', 'pull', 'check-in']).default('api'),
    idempotencyKey: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'A retried push with the same source and key is stored once.' }),
  })
  .openapi('PointInput');

export const MAX_POINTS_PER_REQUEST = 10_000;

/** `replace: true`: the one name, in every route that writes values, for "yes, replace it". */
export const ReplaceFlag = z
  .boolean()
  .optional()
  .openapi({
    description:
      'Replace a different value stored at the same instant. Without it such a value is refused with a 409 ' +
      'listing each `{kpi, at, stored, value}` and nothing is stored; the same value again is never a conflict.',
  });

export const PointsRequestSchema = z
  .union([
    z
      .object({ points: z.array(PointInputSchema).min(1).max(MAX_POINTS_PER_REQUEST), replace: ReplaceFlag })
      .strict(),
    PointInputSchema.extend({ replace: ReplaceFlag }),
  ])
  .openapi('PointsRequest', { description: 'One point, or `{points: [...]}` with up to 10,000.' });

export const ReplaceQuery = z.object({
  replace: z
    .enum(['true', 'false'])
    .optional()
    .transform((text) => text === 'true')
    .openapi({
      description: '`true` replaces different values stored at the same instants (see `replace`).',
    }),
});

const PointConflictSchema = z
  .object({
    kpi: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    stored: z.number().openapi({ description: 'The value stored at that instant' }),
    value: z.number().openapi({ description: 'The value sent, which would replace it' }),
    row: z.number().int().optional().openapi({ description: 'The CSV row, for a file' }),
  })
  .openapi('PointConflict');

/** The 409 of a write that would replace stored values: the problem plus every such value. */
export const PointConflictProblemSchema = ProblemSchema.extend({
  conflicts: z.array(PointConflictSchema).optional(),
}).openapi('PointConflictProblem');

export const pointConflictProblem = {
  description:
    'A stale version, or values that would replace different ones stored at the same instants: ' +
    '`conflicts` lists them; send again with `replace: true` to replace them.',
  content: { 'application/problem+json': { schema: PointConflictProblemSchema } },
} as const;

export const IngestResultSchema = z
  .object({
    inserted: z.number().int(),
    replaced: z.number().int(),
    unchanged: z.number().int(),
    duplicates: z.number().int(),
  })
  .openapi('IngestResult');

export const PointSchema = z
  .object({
    at: z.string().openapi({ format: 'date-time' }),
    value: z.number(),
    note: z.string().nullable(),
    source: z.string().nullable(),
  })
  .openapi('Point');

export const PointListQuery = z.object({
  from: InstantText.optional(),
  to: InstantText.optional(),
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

const Cadence = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);

export const KpiCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the name when absent.' }),
    name: Title,
    unit: z.string().max(40).optional(),
    cadence: Cadence,
    healthy: RangeInput.optional(),
    warning: RangeInput.optional(),
    owner: RefText.optional(),
    team: RefText.optional(),
  })
  .strict()
  .openapi('KpiCreate', {
    example: { name: 'First response time', unit: 'h', cadence: 'weekly', healthy: { max: 4 } },
  });

export const KpiPatchSchema = z
  .object({
    version: Version,
    name: Title.optional(),
    unit: z.string().max(40).nullable().optional(),
    cadence: Cadence.optional(),
    healthy: RangeInput.nullable().optional(),
    warning: RangeInput.nullable().optional(),
    owner: RefText.nullable().optional(),
    team: RefText.nullable().optional(),
    reason: Note.optional().openapi({ description: 'Required when the healthy range moves.' }),
  })
  .strict()
  .openapi('KpiPatch', { description: 'Only the fields sent change; `null` clears an optional field.' });
