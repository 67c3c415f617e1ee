/**
 * Who may do what in a workspace. Roles belong to people (memberships); scopes belong to
 * API tokens. Both reduce to the same small set of permissions, checked in one place
 * (`src/server/middleware/workspace-scope.ts`).
 */

export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ['read', 'write', 'ingest'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * - `read`: see the workspace.
 * - `ingest`: add data points (what a warehouse job or a spreadsheet sync needs, nothing more).
 * - `edit`: change KPIs, OKRs, decisions, check-ins, initiatives (editors: only their own).
 * - `manage`: people, teams, tokens and settings (admins).
 * - `own`: roles of admins and owners, deleting the workspace (owners).
 */
export type Permission = 'read' | 'ingest' | 'edit' | 'manage' | 'own';

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['read'],
  editor: ['read', 'ingest', 'edit'],
  admin: ['read', 'ingest', 'edit', 'manage'],
  owner: ['read', 'ingest', 'edit', 'manage', 'own'],
};

// A `write` token acts like an editor over the whole workspace; tokens never manage.
const SCOPE_PERMISSIONS: Readonly<Record<TokenScope, readonly Permission[]>> = {
  read: ['read'],
  ingest: ['ingest'],
  write: ['read', 'ingest', 'edit'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function scopesAllow(scopes: readonly TokenScope[], permission: Permission): boolean {
  return scopes.some((scope) => SCOPE_PERMISSIONS[scope].includes(permission));
}

/** Editors may only change records they or their team own (issue 5, "Roles"). */
export function roleIsLimitedToOwnRecords(role: Role): boolean {
  return role === 'editor';
}

/** A change to one account's role in one workspace, as `roleChangeRefusal` judges it. */
export interface RoleChange {
  /** The role of whoever makes the change; `operator` is the server's own CLI (`ratchet user add`). */
  readonly by: Role | 'operator';
  /** The account's role now; null when it is not a member yet. */
  readonly from: Role | null;
  /** The role it would get; null when it is removed from the workspace. */
  readonly to: Role | null;
  /** Owners the workspace keeps besides this account. */
  readonly otherOwners: number;
}

/** `permission`: the caller's role is too low (403); `last-owner`: no owner would be left (409). */
export interface RoleChangeRefusal {
  readonly kind: 'permission' | 'last-owner';
  readonly message: string;
}

const RANKED_ROLES: readonly Role[] = ['owner', 'admin'];

/**
 * Who may change whose role (docs/security.md, "Roles") — the one home of the rule:
 * - admins manage editors and viewers: they may add an account as editor or viewer,
 *   and move an editor or viewer between those two roles or out of the workspace;
 * - only an owner may make or unmake an admin or an owner, or touch an owner at all;
 * - a workspace always keeps at least one owner, whoever asks (the operator included).
 * Returns why the change is refused, in words for the caller, or null when it may happen.
 */
export function roleChangeRefusal(change: RoleChange): RoleChangeRefusal | null {
  const ranked = (role: Role | null) => role !== null && RANKED_ROLES.includes(role);
  if (change.by !== 'operator' && !roleAllows(change.by, 'manage')) {
    return { kind: 'permission', message: 'Only an admin or an owner can give people roles.' };
  }
  if (
    change.by !== 'operator' &&
    !roleAllows(change.by, 'own') &&
    (ranked(change.from) || ranked(change.to))
  ) {
    const message =
      change.from === 'owner' || change.to === 'owner'
        ? "Only an owner can make someone an owner or change an owner's role."
        : "Only an owner can make someone an admin or change an admin's role; admins give editor and viewer.";
    return { kind: 'permission', message };
  }
  if (change.from === 'owner' && change.to !== 'owner' && change.otherOwners === 0) {
    return {
      kind: 'last-owner',
      message: 'The workspace needs at least one owner: make someone else an owner first.',
    };
  }
  return null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}
