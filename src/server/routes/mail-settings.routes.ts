import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  clearMailSettings,
  readMailSettings,
  saveMailSettings,
} from '../../service/mail/mail-settings.service.js';
import type { AppEnv } from '../env.js';
import {
  jsonBody,
  jsonResponse,
  problems,
  readProblems,
  secretProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { changeOf } from './write-context.js';

const tags = ['Workspace'];

const MailSettingsSchema = z
  .object({
    source: z.enum(['workspace', 'environment', 'none']).openapi({
      description:
        "workspace: its own SMTP server; environment: the server's (RATCHET_SMTP_URL); none: mail is not set up.",
    }),
    smtpUrl: z.string().nullable().openapi({ description: 'The SMTP URL with its password shown as ***.' }),
    from: z.string().nullable(),
    passwordSet: z.boolean(),
  })
  .openapi('MailSettings');

const MailSettingsInputSchema = z
  .object({
    smtpUrl: z.string().max(2000).openapi({ example: 'smtp://ratchet:secret@mail.example.com:587' }),
    from: z.string().max(320).openapi({ example: 'Ratchet <ratchet@example.com>' }),
  })
  .strict()
  .openapi('MailSettingsInput');

const path = '/workspaces/{ws}/mail';

const getMail = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'Where the workspace’s email goes out: its own SMTP server, the server’s, or none (admins)',
  request: { params: WorkspaceParam },
  responses: {
    200: jsonResponse(MailSettingsSchema, 'The mail settings, never the password'),
    ...readProblems,
  },
});

const putMail = createRoute({
  method: 'put',
  path,
  tags,
  summary: 'Give the workspace its own SMTP server and sender (admins)',
  description:
    'Takes precedence over the server’s RATCHET_SMTP_URL. The URL is stored encrypted and its password is never shown again.',
  request: { params: WorkspaceParam, body: jsonBody(MailSettingsInputSchema) },
  responses: {
    200: jsonResponse(MailSettingsSchema, 'Saved'),
    400: problems[400],
    ...writeProblems,
    ...secretProblems,
  },
});

const deleteMail = createRoute({
  method: 'delete',
  path,
  tags,
  summary: 'Remove the workspace’s own SMTP server: mail goes through the server’s again (admins)',
  request: { params: WorkspaceParam },
  responses: { 204: { description: 'Removed' }, ...readProblems },
});

export function registerMailSettingsRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(getMail, async (c) => {
    return c.json(await readMailSettings(deps.store, c.get('scope').workspace.slug), 200);
  });

  api.openapi(putMail, async (c) => {
    const scope = c.get('scope');
    const input = c.req.valid('json');
    return c.json(
      await saveMailSettings(deps.store, scope.workspace.slug, input, changeOf(scope, deps)),
      200,
    );
  });

  api.openapi(deleteMail, async (c) => {
    const scope = c.get('scope');
    await clearMailSettings(deps.store, scope.workspace.slug, changeOf(scope, deps));
    return c.body(null, 204);
  });
}
