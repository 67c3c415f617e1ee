import { z } from '@hono/zod-openapi';
import { PageQuery } from './common.schema.js';
import { RefText } from './input.schema.js';
import { InstantText } from './kpi.schema.js';

export const DecisionSchema = z
  .object({
    id: z.number().int(),
    kpi: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
    by: z.string(),
    text: z.string(),
    objective: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('Decision');

export const DecisionCreateSchema = z
  .object({
    kpi: RefText,
    text: z.string().trim().min(1, 'Say what was decided.').max(4000),
    at: InstantText.optional().openapi({ description: 'Defaults to now.' }),
    by: RefText.optional().openapi({
      description: 'The id of the person who decided (GET /people); defaults to the caller’s person.',
    }),
    objective: RefText.optional().openapi({ description: 'An OKR the decision started.' }),
  })
  .strict()
  .openapi('DecisionCreate', {
    example: { kpi: 'churn', text: 'Churn spike is seasonal; review again in two weeks.' },
  });

export const DecisionListQuery = PageQuery.extend({ kpi: RefText.optional() });
