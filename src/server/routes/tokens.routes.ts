import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createApiToken,
  listWorkspaceApiTokens,
  revokeWorkspaceApiToken,
} from '../../service/accounts/api-token.service.js';
import type { AppEnv } from '../env.js';
import { presentApiToken } from '../presenters/account.presenter.js';
import { HttpProblem } from '../problem.js';
import { ApiTokenSchema, CreatedTokenSchema, CreateTokenRequestSchema } from '../schemas/account.schema.js';
import { jsonBody, jsonResponse, problems, WorkspaceParam } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';

const TokenParam = WorkspaceParam.extend({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 3 }),
});

const listTokens = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/tokens',
  tags: ['Tokens'],
  summary: 'The workspace API tokens, revoked ones too (admins)',
  request: { params: WorkspaceParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ApiTokenSchema) }), 'Newest first'),
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

const createToken = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/tokens',
  tags: ['Tokens'],
  summary: 'Create an API token; the secret is in this answer only (admins)',
  request: { params: WorkspaceParam, body: jsonBody(CreateTokenRequestSchema) },
  responses: {
    201: jsonResponse(CreatedTokenSchema, 'Created'),
    401: problems[401],
    403: problems[403],
    404: problems[404],
    422: problems[422],
  },
});

const revokeToken = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/tokens/{id}',
  tags: ['Tokens'],
  summary: 'Revoke an API token at once (admins)',
  request: { params: TokenParam },
  responses: { 204: { description: 'Revoked' }, 401: problems[401], 403: problems[403], 404: problems[404] },
});

export function registerTokenRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(listTokens, async (c) => {
    const { workspace } = c.get('scope');
    const tokens = await listWorkspaceApiTokens(deps.store.db, workspace.id);
    return c.json({ items: tokens.map(presentApiToken) }, 200);
  });

  api.openapi(createToken, async (c) => {
    const { workspace, principal } = c.get('scope');
    const body = c.req.valid('json');
    const createdBy = principal.kind === 'session' ? principal.user.id : null;
    const created = await createApiToken(
      deps.store.db,
      { workspaceId: workspace.id, name: body.name.trim(), scopes: body.scopes, createdBy },
      deps.now(),
    );
    return c.json({ token: presentApiToken(created.token), secret: created.secret }, 201);
  });

  api.openapi(revokeToken, async (c) => {
    const { workspace } = c.get('scope');
    const { id } = c.req.valid('param');
    if (!(await revokeWorkspaceApiToken(deps.store.db, workspace.id, id, deps.now()))) {
      throw new HttpProblem(404, `No live token ${id} in this workspace; it may be revoked already.`);
    }
    return c.body(null, 204);
  });
}
