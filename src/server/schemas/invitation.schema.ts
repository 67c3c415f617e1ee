import { z } from '@hono/zod-openapi';
import { ROLES } from '../../service/accounts/roles.js';
import { UserSchema } from './account.schema.js';
import { WorkspaceParam } from './common.schema.js';

export const InvitationSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string().openapi({ format: 'date-time' }),
    expiresAt: z.string().openapi({ format: 'date-time' }),
    expired: z.boolean().openapi({ description: 'Past its 7 days: resend it for a new link.' }),
  })
  .openapi('Invitation');

export const CreateInvitationRequestSchema = z
  .object({ email: z.string().min(3).max(320), role: z.enum(ROLES).default('editor') })
  .openapi('CreateInvitationRequest');

export const IssuedInvitationSchema = z
  .object({
    invitation: InvitationSchema,
    link: z.string().openapi({ description: 'Shown only now: Ratchet keeps only a hash of its secret.' }),
    emailed: z
      .boolean()
      .openapi({ description: 'Whether the link was also sent by email (SMTP configured).' }),
  })
  .openapi('IssuedInvitation');

export const InvitationIdParam = WorkspaceParam.extend({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 4 }),
});

export const InvitationTokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The secret from the invitation link.' }),
});

export const InvitationViewSchema = z
  .object({
    workspace: z.object({ slug: z.string(), name: z.string() }),
    email: z.string(),
    role: z.enum(ROLES),
    expiresAt: z.string().openapi({ format: 'date-time' }),
    hasAccount: z.boolean().openapi({ description: 'An account has this email: accept with its password.' }),
  })
  .openapi('InvitationView');

export const AcceptInvitationRequestSchema = z
  .object({
    name: z.string().max(200).optional().openapi({ description: 'Needed for a new account.' }),
    password: z.string().min(1).max(1024),
  })
  .openapi('AcceptInvitationRequest');

export const AcceptedInvitationSchema = z
  .object({ user: UserSchema, workspace: z.object({ slug: z.string(), name: z.string() }) })
  .openapi('AcceptedInvitation');
