import { z } from '@hono/zod-openapi';
import { DIGEST_KINDS, type DigestKind } from '../../core/notify/digest.js';

const DigestKindSchema = z.enum(DIGEST_KINDS as unknown as [DigestKind, ...DigestKind[]]);

const DigestItemSchema = z
  .object({
    kind: DigestKindSchema,
    ref: z
      .string()
      .openapi({ description: 'The KPI, key result or (for a ratchet to accept) cycle it is about.' }),
    title: z.string(),
    message: z.string(),
  })
  .openapi('DigestItem');

export const DigestSchema = z
  .object({
    audience: z.enum(['person', 'team']),
    id: z.string().openapi({ description: 'The person’s or team’s id in the workspace.' }),
    name: z.string(),
    asOf: z.string().openapi({ format: 'date-time' }),
    subject: z.string().openapi({ example: 'Your week in Acme Support: 2 things need your attention' }),
    intro: z.string(),
    empty: z.string().openapi({ description: 'What to say when no section has anything.' }),
    sections: z.array(
      z.object({ kind: DigestKindSchema, title: z.string(), items: z.array(DigestItemSchema) }),
    ),
    markdown: z
      .string()
      .openapi({ description: 'The same digest as Markdown, as `ratchet digest` prints it.' }),
  })
  .openapi('Digest');

export const DigestQuery = z.object({
  person: z.string().min(1).max(200).optional().openapi({
    description: 'Whose digest (a person id); default yours. Only admins may read someone else’s.',
  }),
  team: z.string().min(1).max(200).optional().openapi({
    description: 'A team’s digest instead (admins): its KPIs and objectives.',
  }),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a calendar date like 2026-03-31.')
    .optional()
    .openapi({ description: 'As of the end of this day (UTC); default now.', example: '2026-11-30' }),
});
