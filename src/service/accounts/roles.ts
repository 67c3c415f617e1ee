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

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}
