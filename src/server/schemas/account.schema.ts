import { z } from '@hono/zod-openapi';
import { ROLES, TOKEN_SCOPES } from '../../service/accounts/roles.js';

export const UserSchema = z
  .object({ id: z.number().int(), email: z.string(), name: z.string() })
  .openapi('User');

export const MembershipSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    freelancer: z.boolean(),
    locale: z.string().nullable(),
    currency: z.string().nullable(),
  })
  .openapi('WorkspaceMembership');

export const MeSchema = z.object({ user: UserSchema, workspaces: z.array(MembershipSchema) }).openapi('Me');

export const SetupStatusSchema = z.object({ needed: z.boolean() }).openapi('SetupStatus');

export const SetupRequestSchema = z
  .object({
    workspaceName: z.string().min(1).max(200),
    freelancer: z.boolean().default(false),
    name: z.string().min(1).max(200),
    email: z.string().min(3).max(320),
    password: z.string().min(1).max(1024),
    locale: z.string().min(2).max(35).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as EUR or USD.')
      .optional(),
  })
  .openapi('SetupRequest');

export const SetupResultSchema = z
  .object({ user: UserSchema, workspace: z.object({ slug: z.string(), name: z.string() }) })
  .openapi('SetupResult');

export const SignInRequestSchema = z
  .object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) })
  .openapi('SignInRequest');

export const SignInResultSchema = z.object({ user: UserSchema }).openapi('SignInResult');

export const ApiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    prefix: z.string().openapi({ description: 'The first characters of the secret, to tell tokens apart.' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    lastUsedAt: z.string().nullable().openapi({ format: 'date-time' }),
    revokedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('ApiToken');

export const CreateTokenRequestSchema = z
  .object({
    name: z.string().min(1).max(200),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
  })
  .openapi('CreateTokenRequest');

export const CreatedTokenSchema = z
  .object({
    token: ApiTokenSchema,
    secret: z.string().openapi({ description: 'Shown only now: store it; Ratchet keeps only a hash.' }),
  })
  .openapi('CreatedToken');

export const CreateWorkspaceRequestSchema = z
  .object({
    name: z.string().min(1).max(120),
    freelancer: z.boolean().default(false),
    locale: z.string().min(2).max(35).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use an ISO 4217 code such as EUR or USD.')
      .optional(),
  })
  .openapi('CreateWorkspaceRequest');
