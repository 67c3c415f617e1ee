import { z } from '@hono/zod-openapi';

const schedule = z.string().min(1).openapi({ description: 'Cron, five fields, UTC', example: '0 7 * * 1' });

const HttpSourceSchema = z
  .object({
    kind: z.literal('http'),
    url: z.string().min(1).openapi({ example: 'https://api.example.com/v1/stats' }),
    value: z
      .string()
      .min(1)
      .openapi({ description: 'JSONata giving a number or rows of {at, value}', example: 'data.mrr' }),
    at: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: 'JSONata giving the instant', example: 'data.asOf' }),
    headers: z.record(z.string(), z.string()).optional().openapi({
      description:
        'Sealed at rest; answers show every value as `<secret>`; sending `<secret>` keeps the stored value',
    }),
    schedule: schedule.optional(),
  })
  .openapi('HttpSource');

const SqlSourceSchema = z
  .object({
    kind: z.literal('sql'),
    connection: z
      .string()
      .min(1)
      .openapi({ description: 'postgres://… or sqlite:/path; sealed, answered as `<secret>`' }),
    query: z.string().min(1).openapi({ example: 'select day as at, n as value from daily_orders' }),
    schedule: schedule.optional(),
  })
  .openapi('SqlSource');

const FormulaSourceSchema = z
  .object({
    kind: z.literal('formula'),
    expression: z.string().min(1).openapi({ example: 'billable_hours / available_hours * 100' }),
  })
  .openapi('FormulaSource');

export const KpiSourceSchema = z
  .discriminatedUnion('kind', [HttpSourceSchema, SqlSourceSchema, FormulaSourceSchema])
  .openapi('KpiSource');

export const SourceRunSchema = z
  .object({
    at: z.number().int().openapi({ description: 'Start of the run, epoch ms' }),
    finishedAt: z.number().int(),
    status: z.enum(['ok', 'not_modified', 'error']),
    value: z.number().optional().openapi({ description: 'The latest value the run stored' }),
    points: z.number().int(),
    error: z.string().optional().openapi({ description: 'What went wrong, in words for the KPI’s owner' }),
  })
  .openapi('SourceRun');

export const KpiSourceViewSchema = z
  .object({
    source: KpiSourceSchema.optional(),
    runs: z.array(SourceRunSchema).openapi({ description: 'Newest first, at most 20' }),
  })
  .openapi('KpiSourceView');

export const SourceCheckSchema = z
  .object({
    valid: z.boolean(),
    problems: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .openapi({ description: 'Why the source would be refused; empty when valid' }),
  })
  .openapi('SourceCheck');
