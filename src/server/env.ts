import type { Logger } from 'pino';
import type { ApiToken, User } from '../service/accounts/account.types.js';
import type { Role } from '../service/accounts/roles.js';

/** Who is calling: a signed-in user (cookie) or an API token (bearer). */
export type Principal =
  | { readonly kind: 'session'; readonly user: User; readonly sessionId: number }
  | { readonly kind: 'token'; readonly token: ApiToken };

export interface ScopedWorkspace {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

/** The caller's standing in the `{ws}` of the path, resolved once by the workspace scope. */
export interface WorkspaceScope {
  readonly workspace: ScopedWorkspace;
  readonly principal: Principal;
  /** The member's role, or null for a token (tokens act through their scopes). */
  readonly role: Role | null;
  /** The workspace person this user is, for "editors edit what they own". */
  readonly person: string | null;
  readonly team: string | null;
}

export interface AppVariables {
  requestId: string;
  log: Logger;
  principal: Principal | null;
  scope: WorkspaceScope;
}

export interface AppEnv {
  Variables: AppVariables;
}
