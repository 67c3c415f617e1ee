import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';
import type { SessionRow, UserRow } from './accounts.tables.js';

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: number; at: number; expiresAt: number },
): Promise<SessionRow> {
  return db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.at,
      last_seen_at: session.at,
      expires_at: session.expiresAt,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The live session with this hash and its (enabled) user, or undefined. */
export async function findLiveSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: number,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select([
      'users.email as user_email',
      'users.name as user_name',
      'users.password_hash as user_password_hash',
      'users.created_at as user_created_at',
      'users.updated_at as user_updated_at',
      'users.disabled_at as user_disabled_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    user_email,
    user_name,
    user_password_hash,
    user_created_at,
    user_updated_at,
    user_disabled_at,
    ...session
  } = row;
  return {
    session,
    user: {
      id: session.user_id,
      email: user_email,
      name: user_name,
      password_hash: user_password_hash,
      created_at: user_created_at,
      updated_at: user_updated_at,
      disabled_at: user_disabled_at,
    },
  };
}

export async function touchSession(
  db: Kysely<Database>,
  id: number,
  at: number,
  expiresAt: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function revokeSession(db: Kysely<Database>, tokenHash: string, at: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every live session of a user (disabled, removed, or signed out everywhere). */
export async function revokeSessionsOfUser(db: Kysely<Database>, userId: number, at: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
