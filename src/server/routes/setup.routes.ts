import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { startSession } from '../../service/accounts/session.service.js';
import { isSetupNeeded, runFirstSetup } from '../../service/accounts/setup.service.js';
import type { AppEnv } from '../env.js';
import { presentUser } from '../presenters/account.presenter.js';
import { SetupRequestSchema, SetupResultSchema, SetupStatusSchema } from '../schemas/account.schema.js';
import { jsonBody, jsonResponse, problems } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { setSessionCookie } from '../session-cookie.js';

const getSetup = createRoute({
  method: 'get',
  path: '/setup',
  tags: ['Accounts'],
  summary: 'Whether Ratchet still needs its first user',
  security: [],
  responses: { 200: jsonResponse(SetupStatusSchema, 'true until the first user exists') },
});

const postSetup = createRoute({
  method: 'post',
  path: '/setup',
  tags: ['Accounts'],
  summary: 'Create the first user (owner) and workspace, and sign in',
  description: 'Refused with 409 once any user exists.',
  security: [],
  request: { body: jsonBody(SetupRequestSchema) },
  responses: {
    201: jsonResponse(SetupResultSchema, 'Created and signed in (session cookie set)'),
    400: problems[400],
    409: problems[409],
    422: problems[422],
  },
});

export function registerSetupRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(getSetup, async (c) => c.json({ needed: await isSetupNeeded(deps.store.db) }, 200));
  api.openapi(postSetup, async (c) => {
    const now = deps.now();
    const { user, workspace } = await runFirstSetup(deps.store, c.req.valid('json'), now);
    setSessionCookie(c, await startSession(deps.store.db, user, now), deps.trustProxy);
    return c.json(
      { user: presentUser(user), workspace: { slug: workspace.slug, name: workspace.name } },
      201,
    );
  });
}
