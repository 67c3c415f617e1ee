import type { MiddlewareHandler } from 'hono';
import { findOpenWorkspace, membershipIn } from '../../service/accounts/membership.service.js';
import {
  type Permission,
  type Role,
  roleAllows,
  roleIsLimitedToOwnRecords,
  scopesAllow,
} from '../../service/accounts/roles.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { HttpProblem } from '../problem.js';
import type { ServerDeps } from '../server-deps.js';

/**
 * THE authorisation point for everything under `/workspaces/{ws}/`. It resolves the
 * workspace and the caller's standing in it once, and decides from the method and path
 * which permission the request needs, so a new route is protected by default: reads need
 * `read`, every other method needs `edit` unless a rule below says otherwise. Routes read
 * the resolved `scope` and only ever query inside `scope.workspace.id`.
 */
const RULES: readonly {
  readonly path: RegExp;
  readonly methods: readonly string[];
  readonly needs: Permission;
}[] = [
  { path: /\/kpis\/[^/]+\/points(\.csv)?$/, methods: ['POST'], needs: 'ingest' },
  { path: /\/tokens(\/[^/]+)?$/, methods: ['GET', 'POST', 'DELETE'], needs: 'manage' },
  { path: /\/invitations(\/[^/]+(\/resend)?)?$/, methods: ['GET', 'POST', 'DELETE'], needs: 'manage' },
  { path: /\/(people|teams)(\/[^/]+)?$/, methods: ['POST', 'PATCH', 'DELETE'], needs: 'manage' },
  { path: /\/cycles(\/[^/]+)?$/, methods: ['POST', 'PATCH', 'DELETE'], needs: 'manage' },
  { path: /\/cycles\/[^/]+\/close$/, methods: ['POST'], needs: 'manage' },
  { path: /\/workspaces\/[^/]+\/settings$/, methods: ['PATCH'], needs: 'manage' },
  { path: /\/imports\/[^/]+$/, methods: ['POST'], needs: 'manage' },
  // Webhooks and channels carry secrets and send data out of the workspace: admins only, reads too.
  { path: /\/(webhooks|channels)(\/.*)?$/, methods: ['GET', 'POST', 'PATCH', 'DELETE'], needs: 'manage' },
  // The workspace's own SMTP server: a credential, admins only, reads too.
  { path: /\/workspaces\/[^/]+\/mail$/, methods: ['GET', 'PUT', 'DELETE'], needs: 'manage' },
  // A person's own notification settings, email test and log: the route checks self-or-admin.
  { path: /\/people\/[^/]+\/notifications(\/test)?$/, methods: ['PUT', 'POST'], needs: 'read' },
  // Your own inbox: reading it is marking it read.
  { path: /\/inbox\/read$/, methods: ['POST'], needs: 'read' },
  // Reading a statement or drafting a suggestion changes nothing.
  { path: /\/(parse|suggest)$/, methods: ['POST'], needs: 'read' },
  { path: /\/kpis\/[^/]+\/draft-okr$/, methods: ['POST'], needs: 'read' },
];

export function permissionFor(method: string, path: string): Permission {
  const rule = RULES.find((r) => r.methods.includes(method) && r.path.test(path));
  if (rule) return rule.needs;
  return method === 'GET' || method === 'HEAD' ? 'read' : 'edit';
}

const NEXT_ROLE: Readonly<Record<Permission, Role>> = {
  read: 'viewer',
  ingest: 'editor',
  edit: 'editor',
  manage: 'admin',
  own: 'owner',
};

export function workspaceScope(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) {
      throw new HttpProblem(401, 'Sign in, or send an API token as "Authorization: Bearer <token>".');
    }
    const slug = c.req.param('ws') ?? '';
    const notFound = new HttpProblem(
      404,
      `There is no workspace "${slug}" that you can open. Check the address; GET /api/v1/me lists yours.`,
    );
    const workspace = await findOpenWorkspace(deps.store.db, slug);
    if (!workspace) throw notFound;
    const needs = permissionFor(c.req.method, c.req.path);
    let scope: WorkspaceScope;
    if (principal.kind === 'token') {
      // A token opens its own workspace only; any other is indistinguishable from missing.
      if (principal.token.workspaceId !== workspace.id) throw notFound;
      if (!scopesAllow(principal.token.scopes, needs)) {
        throw new HttpProblem(
          403,
          `This token's scopes (${principal.token.scopes.join(', ')}) do not allow this: it needs ${scopeFor(needs)}. Create a token with that scope.`,
        );
      }
      scope = { workspace, principal, role: null, person: null, team: null };
    } else {
      const membership = await membershipIn(deps.store.db, principal.user.id, workspace.id);
      if (!membership) throw notFound;
      if (!roleAllows(membership.role, needs)) {
        throw new HttpProblem(
          403,
          `You are ${article(membership.role)} ${membership.role} in ${workspace.name}, which does not allow this (it needs ${article(NEXT_ROLE[needs])} ${NEXT_ROLE[needs]}). Ask an admin of the workspace.`,
        );
      }
      scope = {
        workspace,
        principal,
        role: membership.role,
        person: membership.person,
        team: membership.team,
      };
    }
    c.set('scope', scope);
    return next();
  };
}

function scopeFor(permission: Permission): string {
  if (permission === 'read') return 'the "read" scope';
  if (permission === 'ingest') return 'the "ingest" or "write" scope';
  if (permission === 'edit') return 'the "write" scope';
  return 'a signed-in admin (tokens cannot manage a workspace)';
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** A record an editor may or may not change: who and which team answer for it. */
export interface OwnedRecord {
  readonly kind: string;
  readonly id: string;
  readonly owner?: string | undefined;
  readonly team?: string | undefined;
}

/**
 * Editors change only what they or their team own (issue 5, "Roles"); admins, owners and
 * write tokens change anything in the workspace. Call before changing an owned record.
 */
export function assertMayChange(scope: WorkspaceScope, record: OwnedRecord): void {
  if (scope.role === null || !roleIsLimitedToOwnRecords(scope.role)) return;
  const mine = record.owner !== undefined && record.owner === scope.person;
  const myTeams = record.team !== undefined && record.team === scope.team;
  const unowned = record.owner === undefined && record.team === undefined;
  if (mine || myTeams || unowned) return;
  throw new HttpProblem(
    403,
    `As an editor you can change what you or your team own; ${record.kind} "${record.id}" belongs to ${record.owner ?? `team ${record.team}`}. Ask its owner or an admin.`,
  );
}

/**
 * THE rule for every edit of an owned record (KPI, objective, key result, initiative):
 * the editor must own it as it is AND as it will be, so an edit can neither hand a
 * record to someone else nor take one over (issue 13, defect 10). `links` are the
 * records the edit ties it to (a key result's KPI): an editor links only what they
 * could change themselves.
 */
export function assertMayEdit(
  scope: WorkspaceScope,
  edit: {
    readonly before?: OwnedRecord;
    readonly after: OwnedRecord;
    readonly links?: readonly OwnedRecord[];
  },
): void {
  if (edit.before) assertMayChange(scope, edit.before);
  assertMayChange(scope, edit.after);
  for (const link of edit.links ?? []) assertMayChange(scope, link);
}

/** A record's owner or team after a patch: `undefined` keeps the old value, `null` clears it. */
export function patched<T>(before: T | undefined, change: T | null | undefined): T | undefined {
  return change === undefined ? before : (change ?? undefined);
}
