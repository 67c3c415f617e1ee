import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type Invitation,
  inviteToWorkspace,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from '../../service/accounts/invitation.service.js';
import { emailInvitation } from '../../service/accounts/invitation-mail.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { requestOrigin } from '../middleware/csrf.js';
import { HttpProblem } from '../problem.js';
import { jsonBody, jsonResponse, problems, WorkspaceParam, writeProblems } from '../schemas/common.schema.js';
import {
  CreateInvitationRequestSchema,
  InvitationIdParam,
  InvitationSchema,
  IssuedInvitationSchema,
} from '../schemas/invitation.schema.js';
import type { ServerDeps } from '../server-deps.js';

const listRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/invitations',
  tags: ['Invitations'],
  summary: 'Invitations not yet accepted or withdrawn, expired ones too (admins)',
  request: { params: WorkspaceParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(InvitationSchema) }), 'Newest first'),
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

const createInvitationRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/invitations',
  tags: ['Invitations'],
  summary: 'Invite an email with a role; the link is in this answer only (admins)',
  description:
    'Admins invite editors and viewers; only owners invite admins and owners. Inviting an email again renews its open invitation.',
  request: { params: WorkspaceParam, body: jsonBody(CreateInvitationRequestSchema) },
  responses: { 201: jsonResponse(IssuedInvitationSchema, 'Invited'), ...writeProblems },
});

const resendRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/invitations/{id}/resend',
  tags: ['Invitations'],
  summary: 'A new link valid for 7 more days; the old link stops working (admins)',
  request: { params: InvitationIdParam },
  responses: { 200: jsonResponse(IssuedInvitationSchema, 'Renewed'), ...writeProblems },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/invitations/{id}',
  tags: ['Invitations'],
  summary: 'Withdraw an invitation; its link stops working at once (admins)',
  request: { params: InvitationIdParam },
  responses: {
    204: { description: 'Withdrawn' },
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

export function registerInvitationRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(listRoute, async (c) => {
    const { workspace } = c.get('scope');
    const items = await listInvitations(deps.store.db, workspace.id, deps.now());
    return c.json({ items: items.map(presentInvitation) }, 200);
  });

  api.openapi(createInvitationRoute, async (c) => {
    const scope = c.get('scope');
    const issued = await inviteToWorkspace(
      deps.store.db,
      scope.workspace.id,
      c.req.valid('json'),
      inviterOf(scope),
      deps.now(),
    );
    const link = invitationLink(c.req.raw, deps, issued.secret);
    const emailed = await emailInvitation(deps.store, issued, mailDetails(scope, link));
    return c.json({ invitation: presentInvitation(issued.invitation), link, emailed }, 201);
  });

  api.openapi(resendRoute, async (c) => {
    const scope = c.get('scope');
    const issued = await resendInvitation(
      deps.store.db,
      scope.workspace.id,
      c.req.valid('param').id,
      deps.now(),
    );
    const link = invitationLink(c.req.raw, deps, issued.secret);
    const emailed = await emailInvitation(deps.store, issued, mailDetails(scope, link));
    return c.json({ invitation: presentInvitation(issued.invitation), link, emailed }, 200);
  });

  api.openapi(revokeRoute, async (c) => {
    const { workspace } = c.get('scope');
    await revokeInvitation(deps.store.db, workspace.id, c.req.valid('param').id, deps.now());
    return c.body(null, 204);
  });
}

function mailDetails(scope: WorkspaceScope, link: string) {
  const inviter = scope.principal.kind === 'session' ? scope.principal.user.name : 'An admin';
  return { workspaceId: scope.workspace.id, workspaceName: scope.workspace.name, inviter, link };
}

function inviterOf(scope: WorkspaceScope) {
  if (scope.principal.kind !== 'session' || scope.role === null) {
    throw new HttpProblem(403, 'Only a signed-in admin can invite people; API tokens cannot.');
  }
  return { userId: scope.principal.user.id, role: scope.role };
}

/** The web app's accept page, on the address the caller reached this server by. */
export function invitationLink(request: Request, deps: ServerDeps, secret: string): string {
  return `${requestOrigin(request, deps.trustProxy)}/invite/${encodeURIComponent(secret)}`;
}

function presentInvitation(invitation: Invitation) {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    createdAt: new Date(invitation.createdAt).toISOString(),
    expiresAt: new Date(invitation.expiresAt).toISOString(),
    expired: invitation.expired,
  };
}
