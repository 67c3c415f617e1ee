import type { ApiToken, User } from '../../service/accounts/account.types.js';

/** Every field a client sees of a user; nothing else leaves the server. */
export function presentUser(user: User) {
  return { id: user.id, email: user.email, name: user.name };
}

export function presentApiToken(token: ApiToken) {
  return {
    id: token.id,
    name: token.name,
    scopes: [...token.scopes],
    prefix: token.prefix,
    createdAt: new Date(token.createdAt).toISOString(),
    lastUsedAt: token.lastUsedAt === null ? null : new Date(token.lastUsedAt).toISOString(),
    revokedAt: token.revokedAt === null ? null : new Date(token.revokedAt).toISOString(),
  };
}
