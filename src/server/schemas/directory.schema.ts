import { z } from '@hono/zod-openapi';
import { WorkspaceParam } from './common.schema.js';
import { KeyText, RefText, Title, Version } from './input.schema.js';

/** Teams and people: who is in the workspace and how it is organised. */
export const TeamSchema = z
  .object({ id: z.string(), name: z.string(), parent: z.string().nullable(), version: z.number().int() })
  .openapi('Team');

export const TeamParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: 'support' }),
});

export const TeamCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the name when absent.' }),
    name: Title,
    parent: RefText.optional().openapi({ description: 'The team this one belongs to.' }),
  })
  .strict()
  .openapi('TeamCreate', { example: { name: 'Support', parent: 'customer' } });

export const TeamPatchSchema = z
  .object({ version: Version.optional(), name: Title.optional(), parent: RefText.nullable().optional() })
  .strict()
  .openapi('TeamPatch');

const Role = z.enum(['owner', 'admin', 'editor', 'viewer']);

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: Role.nullable().openapi({ description: 'The role of their account here; null without one.' }),
    version: z.number().int(),
  })
  .openapi('Person');

export const PersonCreateSchema = z
  .object({
    id: KeyText.optional().openapi({ description: 'Derived from the name when absent.' }),
    name: Title,
    email: z.string().trim().email('Use an email address like ada@example.com.').max(320).optional(),
    role: Role.optional().openapi({
      description:
        'Given to the Ratchet account with this email, if there is one; otherwise create the account with ' +
        '`ratchet user add --email … --workspace … --role …`.',
    }),
  })
  .strict()
  .openapi('PersonCreate', { example: { name: 'Ada Lovelace', email: 'ada@example.com', role: 'editor' } });

export const PersonParam = WorkspaceParam.extend({
  id: RefText.openapi({ param: { name: 'id', in: 'path' }, example: 'ada' }),
});

export const PersonPatchSchema = z
  .object({
    version: Version.optional(),
    name: Title.optional(),
    role: Role.optional().openapi({
      description:
        'The role of the account linked to this person. Admins give editor and viewer; only owners make or ' +
        'unmake admins and owners; the last owner is never demoted (409).',
    }),
  })
  .strict()
  .openapi('PersonPatch');

export const PersonRemoveQuery = z.object({
  version: z.coerce.number().int().min(1).optional().openapi({ description: 'The version you read.' }),
});

export const PersonRemovedSchema = z
  .object({
    unowned: z
      .array(z.object({ entity: z.enum(['kpi', 'objective', 'key_result', 'initiative']), id: z.string() }))
      .openapi({ description: 'The records the person owned, now without an owner.' }),
  })
  .openapi('PersonRemoved');

export const AuditQuery = z.object({
  entity: z.string().max(50).optional().openapi({ description: 'kpi, objective, key_result, decision…' }),
  entityId: z.string().max(200).optional(),
  cursor: z.string().max(30).optional().openapi({ description: "From the previous page's `nextCursor`." }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    actor: z.string().openapi({ description: '`user:<id>`, `token:<id>`, `cli:<name>` or `system`.' }),
    at: z.string().openapi({ format: 'date-time' }),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    before: z.unknown().openapi({ description: 'The record before the change, when it had one.' }),
    after: z.unknown().openapi({ description: 'The record after the change, when it has one.' }),
  })
  .openapi('AuditEntry');
