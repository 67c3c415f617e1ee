import type { Kysely } from 'kysely';
import {
  findLiveApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from '../../store/accounts/api-token.repository.js';
import type { Database } from '../../store/tables.js';
import type { ApiToken } from './account.types.js';
import { toApiToken } from './presenters.js';
import { TOKEN_SCOPES, type TokenScope } from './roles.js';
import { newSecret, secretHash, TOKEN_PREFIX } from './secrets.js';

export interface CreatedApiToken {
  readonly token: ApiToken;
  /** Shown to the user once; only its SHA-256 is stored. */
  readonly secret: string;
}

export async function createApiToken(
  db: Kysely<Database>,
  input: { workspaceId: number; name: string; scopes: readonly TokenScope[]; createdBy: number | null },
  now: number,
): Promise<CreatedApiToken> {
  const secret = newSecret(TOKEN_PREFIX);
  // Stored in a fixed order so two tokens with the same scopes read the same.
  const scopes = TOKEN_SCOPES.filter((scope) => input.scopes.includes(scope));
  const row = await insertApiToken(db, {
    workspaceId: input.workspaceId,
    name: input.name,
    tokenHash: secretHash(secret),
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    scopes: scopes.join(','),
    createdBy: input.createdBy,
    at: now,
  });
  return { token: toApiToken(row), secret };
}

/** The live token this bearer secret names, marked as used; null if unknown or revoked. */
export async function authenticateApiToken(
  db: Kysely<Database>,
  secret: string,
  now: number,
): Promise<ApiToken | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const row = await findLiveApiToken(db, secretHash(secret));
  if (!row) return null;
  await touchApiToken(db, row.id, now);
  return toApiToken(row);
}

export async function listWorkspaceApiTokens(db: Kysely<Database>, workspaceId: number): Promise<ApiToken[]> {
  return (await listApiTokens(db, workspaceId)).map(toApiToken);
}

export function revokeWorkspaceApiToken(
  db: Kysely<Database>,
  workspaceId: number,
  tokenId: number,
  now: number,
): Promise<boolean> {
  return revokeApiToken(db, workspaceId, tokenId, now);
}
