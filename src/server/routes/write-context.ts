import { type Permission, roleAllows, scopesAllow } from '../../service/accounts/roles.js';
import type { ChangeContext } from '../../service/change-context.js';
import type { WorkspaceScope } from '../env.js';
import type { EventHub } from '../events.js';
import { HttpProblem } from '../problem.js';
import type { ServerDeps } from '../server-deps.js';
import { actorOf } from './actor.js';

/** Who changes what and when, for the audit log: the caller and the server's clock. */
export function changeOf(scope: WorkspaceScope, deps: ServerDeps): ChangeContext {
  return { actor: actorOf(scope), at: deps.now() };
}

/**
 * For the few answers whose permission depends on the body or query rather than the
 * path (a purge, a draft that also creates): the workspace scope has already let the
 * caller in for the lighter permission.
 */
export function requirePermission(scope: WorkspaceScope, needs: Permission, what: string): void {
  const allowed =
    scope.principal.kind === 'token'
      ? scopesAllow(scope.principal.token.scopes, needs)
      : scope.role !== null && roleAllows(scope.role, needs);
  if (allowed) return;
  const who = needs === 'manage' || needs === 'own' ? 'a signed-in admin' : 'an editor or a "write" token';
  throw new HttpProblem(403, `Only ${who} can ${what}.`);
}

/**
 * Who decided, for a decision the caller records: the person they named, else the
 * caller's own workspace person. A decision's `by` is a person id, as in the workspace
 * file, so export → import keeps it (issue 13, defect 5); a caller who is no person of
 * the workspace (an API token, an account without a person) has to name one.
 */
export function decider(scope: WorkspaceScope, named: string | undefined): string {
  const by = named ?? scope.person;
  if (by) return by;
  throw new HttpProblem(
    422,
    'Say who decided: send `by` with the id of a person of this workspace (GET /people lists them). ' +
      (scope.principal.kind === 'token'
        ? 'An API token is not a person.'
        : 'Your account is not linked to a person of this workspace.'),
    { errors: [{ path: 'body.by', message: 'give the id of the person who decided' }] },
  );
}

/** Tells every open event stream of the workspace that a record changed. */
export function announce(events: EventHub, scope: WorkspaceScope, entity: string, id: string | number): void {
  events.publish(scope.workspace.id, { type: 'changed', entity, id: String(id) });
}

/** JSON has no `undefined`: a `null` in a patch means "clear this field". */
export function nullsCleared<T extends Record<string, unknown>>(
  patch: T,
): { [K in keyof T]: Exclude<T[K], null> | undefined } {
  return Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v === null ? undefined : v])) as {
    [K in keyof T]: Exclude<T[K], null> | undefined;
  };
}
