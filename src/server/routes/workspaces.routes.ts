import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createWorkspace } from '../../service/accounts/workspace-admin.service.js';
import type { AppEnv } from '../env.js';
import { requireUser } from '../middleware/authenticate.js';
import { CreateWorkspaceRequestSchema, MembershipSchema } from '../schemas/account.schema.js';
import { jsonBody, jsonResponse, problems } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';

const postWorkspace = createRoute({
  method: 'post',
  path: '/workspaces',
  tags: ['Accounts'],
  summary: 'Create a workspace; the signed-in user becomes its owner',
  description: 'Any signed-in person may start a workspace of their own; API tokens may not.',
  security: [{ session: [] }],
  request: { body: jsonBody(CreateWorkspaceRequestSchema) },
  responses: {
    201: jsonResponse(MembershipSchema, 'Created; the caller is its owner'),
    400: problems[400],
    401: problems[401],
    409: problems[409],
    422: problems[422],
  },
});

export function registerWorkspaceRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(postWorkspace, async (c) => {
    const user = requireUser(c);
    const body = c.req.valid('json');
    const created = await createWorkspace(
      deps.store,
      { ...body, ownerUserId: user.id },
      { actor: `user:${user.id}`, at: deps.now() },
    );
    return c.json(
      {
        slug: created.slug,
        name: created.name,
        role: 'owner' as const,
        freelancer: created.freelancer,
        locale: body.locale ?? null,
        currency: body.currency ?? null,
      },
      201,
    );
  });
}
