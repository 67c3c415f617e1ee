import { z } from '@hono/zod-openapi';
import { PageQuery, WorkspaceParam } from './common.schema.js';
import { CalendarDate, KeyText, Note, RefText, Title, Version } from './input.schema.js';

const Status = z.enum(['planned', 'in_progress', 'done', 'blocked']);

export const InitiativeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: z.string().nullable(),
    keyResults: z.array(z.string()),
    status: Status,
    due: z.string().nullable().openapi({ format: 'date' }),
    hours: z.number().openapi({ description: 'Hours logged so far.' }),
    version: z.number().int(),
  })
  .openapi('Initiative');

export const InitiativeParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: 'triage-rota' }),
});

export const InitiativeListQuery = PageQuery.extend({
  owner: RefText.optional(),
  status: Status.optional(),
  keyResult: RefText.optional(),
});

export const InitiativeCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the title when absent.' }),
    title: Title,
    owner: RefText.optional(),
    keyResults: z.array(RefText).max(50).optional(),
    status: Status.optional(),
    due: CalendarDate.optional(),
  })
  .strict()
  .openapi('InitiativeCreate', {
    example: { title: 'Introduce a triage rota', keyResults: ['frt-under-3h'] },
  });

export const InitiativePatchSchema = z
  .object({
    version: Version.optional(),
    title: Title.optional(),
    owner: RefText.nullable().optional(),
    keyResults: z.array(RefText).max(50).optional(),
    status: Status.optional(),
    due: CalendarDate.nullable().optional(),
  })
  .strict()
  .openapi('InitiativePatch', {
    description: 'Only the fields sent change; `null` clears an optional field.',
  });

export const TimeEntrySchema = z
  .object({
    id: z.number().int(),
    initiative: z.string(),
    person: z.string(),
    date: z.string().openapi({ format: 'date' }),
    hours: z.number(),
    billable: z.boolean(),
    note: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('TimeEntry');

export const TimeEntryListSchema = z
  .object({
    items: z.array(TimeEntrySchema).openapi({ description: 'In the order logged' }),
    totals: z.object({ hours: z.number(), billableHours: z.number() }),
  })
  .openapi('TimeEntryList');

export const TimeEntryParam = WorkspaceParam.extend({
  entry: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'entry', in: 'path' }, example: 12 }),
});

export const TimeEntryPatchSchema = z
  .object({
    version: Version.optional(),
    date: CalendarDate.optional(),
    hours: z.number().finite().positive().max(24).optional(),
    person: RefText.optional(),
    billable: z.boolean().optional(),
    note: Note.nullable().optional(),
  })
  .strict()
  .openapi('TimeEntryPatch', { description: 'Only the fields sent change; `null` clears the note.' });

export const TimeEntryVersionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'The version you read.' }),
});

export const TimeEntryCreateSchema = z
  .object({
    date: CalendarDate,
    hours: z.number().finite().positive().max(24),
    person: RefText.optional().openapi({ description: 'Defaults to you.' }),
    billable: z.boolean().optional(),
    note: Note.optional(),
  })
  .strict()
  .openapi('TimeEntryCreate', { example: { date: '2026-11-23', hours: 1.5, billable: true } });
