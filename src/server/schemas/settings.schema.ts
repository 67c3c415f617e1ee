import { z } from '@hono/zod-openapi';
import { CYCLE_LENGTHS, type CycleLength } from '../../core/okr/cycle-length.js';
import { Version } from './input.schema.js';

const CycleLengthSchema = z.enum(CYCLE_LENGTHS as [CycleLength, ...CycleLength[]]).openapi({
  description: 'How long new cycles run: six weeks, a month, a quarter (default), half a year or a year.',
});

export const WorkspaceSettingsSchema = z
  .object({
    name: z.string(),
    locale: z.string().nullable(),
    currency: z.string().nullable(),
    weekStart: z.number().int().openapi({ description: '1 = Monday … 7 = Sunday' }),
    cycleLength: CycleLengthSchema,
    alertRepeat: z.string().nullable().openapi({
      description:
        'How often a still-firing alert is told again ("4h"), unless a KPI sets its own; null: never.',
    }),
    version: z.number().int(),
  })
  .openapi('WorkspaceSettings');

export const WorkspaceSettingsPatchSchema = z
  .object({
    version: Version.optional(),
    name: z.string().min(1).max(120).optional(),
    locale: z.string().min(2).max(35).nullable().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as EUR or USD.')
      .nullable()
      .optional(),
    weekStart: z.number().int().min(1).max(7).optional(),
    cycleLength: CycleLengthSchema.optional(),
    alertRepeat: z.string().max(50).nullable().optional().openapi({
      description: 'A duration of at least 5 minutes ("4h", "1 day"); null: never repeat.',
    }),
  })
  .strict()
  .openapi('WorkspaceSettingsPatch', { example: { version: 3, cycleLength: 'six_weeks' } });
