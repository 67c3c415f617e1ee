import type { ApiTokenRow, UserRow } from '../../store/accounts/accounts.tables.js';
import type { ApiToken, User } from './account.types.js';
import { isTokenScope, type TokenScope } from './roles.js';

/** Rows become domain records here, and only here; the password hash stays behind. */
export function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, createdAt: Number(row.created_at) };
}

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    scopes: row.scopes.split(',').filter((s): s is TokenScope => isTokenScope(s)),
    prefix: row.prefix,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}
