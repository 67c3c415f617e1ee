import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { workspacesOfUser } from '../../service/accounts/membership.service.js';
import type { AppEnv } from '../env.js';
import { requireUser } from '../middleware/authenticate.js';
import { presentUser } from '../presenters/account.presenter.js';
import { MeSchema } from '../schemas/account.schema.js';
import { jsonResponse, problems } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Accounts'],
  summary: 'The signed-in user and the workspaces they can open',
  security: [{ session: [] }],
  responses: { 200: jsonResponse(MeSchema, 'The user and their workspaces'), 401: problems[401] },
});

export function registerMeRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(meRoute, async (c) => {
    const user = requireUser(c);
    const workspaces = await workspacesOfUser(deps.store.db, user.id);
    return c.json({ user: presentUser(user), workspaces: workspaces.map((w) => ({ ...w })) }, 200);
  });
}
