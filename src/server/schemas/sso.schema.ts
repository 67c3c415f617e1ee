import { z } from '@hono/zod-openapi';

export const SignInOptionsSchema = z
  .object({
    passwordSignIn: z.boolean().openapi({ description: 'False when the server allows single sign-on only.' }),
    sso: z
      .object({
        providerName: z.string().openapi({ example: 'Acme Login' }),
        startUrl: z.string().openapi({ example: '/api/v1/auth/sso/start' }),
      })
      .nullable()
      .openapi({ description: 'Single sign-on through OpenID Connect, or null when not set up.' }),
  })
  .openapi('SignInOptions');

export const SsoStartQuery = z.object({
  invitation: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'The invitation link secret, to accept that invitation by signing in.' }),
});

export const SsoCallbackQuery = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(1024).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});
