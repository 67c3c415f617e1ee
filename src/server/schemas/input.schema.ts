import { z } from '@hono/zod-openapi';

/**
 * Field types the write bodies share. Ids follow the workspace file (letters, digits,
 * `-` and `_`); bounds are finite numbers; text has a length limit so nothing huge is stored.
 */
export const KeyText = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'Use letters, digits, - and _, e.g. first-response-time.')
  .max(100);

/** A reference to another record by its id (a person, a team, a KPI…). */
export const RefText = z.string().min(1).max(100);

export const Title = z.string().trim().min(1, 'Write at least one word.').max(300);
export const Note = z.string().max(4000);
export const Finite = z.number().finite();

export const RangeInput = z
  .object({ min: Finite.optional(), max: Finite.optional() })
  .strict()
  .openapi('RangeInput', { description: 'Inclusive bounds: min only = at least, max only = at most.' });

export const Version = z
  .number()
  .int()
  .min(1)
  .openapi({ description: 'The version you read; a newer stored one answers 409.' });

export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-09-30.')
  .openapi({ format: 'date', example: '2026-09-30' });

/** `?purge=true` deletes for good (admins); otherwise DELETE archives. */
export const RemoveQuery = z.object({
  purge: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({ description: 'Delete for good instead of archiving (admins only).' }),
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'The version you read.' }),
});
