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
    digestTime: z.string().openapi({
      description: "Local HH:MM the weekly digest goes out at, in each person's time zone (UTC without one).",
      example: '08:00',
    }),
    reminderTime: z.string().openapi({
      description: 'Local HH:MM the weekly reminders (check-ins, stale KPIs, pending ratchets) go out at.',
      example: '09:00',
    }),
    noticeDay: z.number().int().nullable().openapi({
      description:
        'ISO weekday (1 = Monday … 7 = Sunday) the digest and reminders go out on; null: the week start.',
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
    // Checked by the service, so a bad value gets a 422 that names the field in words.
    digestTime: z
      .string()
      .max(10)
      .optional()
      .openapi({ description: 'HH:MM, 24-hour clock', example: '07:30' }),
    reminderTime: z
      .string()
      .max(10)
      .optional()
      .openapi({ description: 'HH:MM, 24-hour clock', example: '09:00' }),
    noticeDay: z.number().int().nullable().optional().openapi({
      description: '1 = Monday … 7 = Sunday; null: the week start',
    }),
  })
  .strict()
  .openapi('WorkspaceSettingsPatch', { example: { version: 3, cycleLength: 'six_weeks' } });
