import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';
import type { ApiTokenRow } from './accounts.tables.js';

export async function insertApiToken(
  db: Kysely<Database>,
  token: {
    workspaceId: number;
    name: string;
    tokenHash: string;
    prefix: string;
    scopes: string;
    createdBy: number | null;
    at: number;
  },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({
      workspace_id: token.workspaceId,
      name: token.name,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      scopes: token.scopes,
      created_by: token.createdBy,
      created_at: token.at,
      last_used_at: null,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findLiveApiToken(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('workspaces', 'workspaces.id', 'api_tokens.workspace_id')
    .selectAll('api_tokens')
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('workspaces.archived_at', 'is', null)
    .executeTakeFirst();
}

export async function listApiTokens(db: Kysely<Database>, workspaceId: number): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Marks a token used. Writes at most once a minute per token, so busy scripts cost no write each. */
export async function touchApiToken(db: Kysely<Database>, id: number, at: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at - 60_000)]))
    .execute();
}

/** Revokes a token of this workspace; false when there is no such live token. */
export async function revokeApiToken(
  db: Kysely<Database>,
  workspaceId: number,
  id: number,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('workspace_id', '=', workspaceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
