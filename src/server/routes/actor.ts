import type { WorkspaceScope } from '../env.js';

/** How the audit log names who made a change: `user:<id>` or `token:<id>`. */
export function actorOf(scope: WorkspaceScope): string {
  return scope.principal.kind === 'session'
    ? `user:${scope.principal.user.id}`
    : `token:${scope.principal.token.id}`;
}
