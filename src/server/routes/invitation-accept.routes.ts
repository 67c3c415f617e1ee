import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { acceptInvitation, viewInvitation } from '../../service/accounts/invitation.service.js';
import { startSession } from '../../service/accounts/session.service.js';
import type { AppEnv } from '../env.js';
import { presentUser } from '../presenters/account.presenter.js';
import { jsonBody, jsonResponse, problem, problems } from '../schemas/common.schema.js';
import {
  AcceptedInvitationSchema,
  AcceptInvitationRequestSchema,
  InvitationTokenParam,
  InvitationViewSchema,
} from '../schemas/invitation.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { setSessionCookie } from '../session-cookie.js';
import { refuseWhenPasswordsOff } from './auth.routes.js';

const gone = problem('The invitation expired, was used already or was withdrawn; `detail` says which.');

const viewRoute = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags: ['Invitations'],
  summary: 'What an invitation link offers: the workspace, the email and the role',
  security: [],
  request: { params: InvitationTokenParam },
  responses: {
    200: jsonResponse(InvitationViewSchema, 'A usable invitation'),
    404: problems[404],
    410: gone,
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  tags: ['Invitations'],
  summary: 'Accept: a new account (name and password) or the existing one (its password); signs in',
  description: 'The link works once. A wrong password, an expired or a used link create nothing.',
  security: [],
  request: { params: InvitationTokenParam, body: jsonBody(AcceptInvitationRequestSchema) },
  responses: {
    200: jsonResponse(AcceptedInvitationSchema, 'Accepted and signed in (session cookie set)'),
    403: problem('Password sign-in is turned off: accept through single sign-on instead.'),
    404: problems[404],
    410: gone,
    422: problems[422],
  },
});

export function registerInvitationAcceptRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(viewRoute, async (c) => {
    const view = await viewInvitation(deps.store.db, c.req.valid('param').token, deps.now());
    return c.json({ ...view, expiresAt: new Date(view.expiresAt).toISOString() }, 200);
  });

  api.openapi(acceptRoute, async (c) => {
    const now = deps.now();
    const body = c.req.valid('json');
    refuseWhenPasswordsOff(deps);
    const accepted = await acceptInvitation(
      deps.store,
      c.req.valid('param').token,
      { kind: 'password', name: body.name, password: body.password },
      now,
    );
    setSessionCookie(c, await startSession(deps.store.db, accepted.user, now), deps.trustProxy);
    return c.json({ user: presentUser(accepted.user), workspace: accepted.workspace }, 200);
  });
}
