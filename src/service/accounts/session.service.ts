import type { Kysely } from 'kysely';
import {
  findLiveSession,
  insertSession,
  revokeSession,
  touchSession,
} from '../../store/accounts/session.repository.js';
import { findUserByEmail } from '../../store/accounts/user.repository.js';
import type { Database } from '../../store/tables.js';
import type { User } from './account.types.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { toUser } from './presenters.js';
import { newSecret, SESSION_PREFIX, secretHash } from './secrets.js';

/** Sessions slide: each use within the last day of life extends them to 30 days again. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_WHEN_LEFT_MS = SESSION_LIFETIME_MS - 24 * 60 * 60 * 1000;

export interface StartedSession {
  readonly user: User;
  /** The cookie value; only its hash is stored. */
  readonly secret: string;
  readonly expiresAt: number;
}

/** Starts a session for a user whose identity is already proven (setup, sign-in). */
export async function startSession(db: Kysely<Database>, user: User, now: number): Promise<StartedSession> {
  const secret = newSecret(SESSION_PREFIX);
  const expiresAt = now + SESSION_LIFETIME_MS;
  await insertSession(db, { tokenHash: secretHash(secret), userId: user.id, at: now, expiresAt });
  return { user, secret, expiresAt };
}

/** Checks email and password; a new session, or null for any mismatch (never which one). */
export async function signIn(
  db: Kysely<Database>,
  credentials: { email: string; password: string },
  now: number,
): Promise<StartedSession | null> {
  const row = await findUserByEmail(db, credentials.email.trim());
  if (!row || row.disabled_at !== null) {
    await verifyPassword(await decoyPasswordHash(), credentials.password);
    return null;
  }
  if (!(await verifyPassword(row.password_hash, credentials.password))) return null;
  return startSession(db, toUser(row), now);
}

export async function resolveSession(
  db: Kysely<Database>,
  secret: string,
  now: number,
): Promise<{ user: User; sessionId: number; expiresAt: number } | null> {
  if (!secret.startsWith(SESSION_PREFIX)) return null;
  const found = await findLiveSession(db, secretHash(secret), now);
  if (!found) return null;
  let expiresAt = Number(found.session.expires_at);
  if (expiresAt - now < RENEW_WHEN_LEFT_MS) {
    expiresAt = now + SESSION_LIFETIME_MS;
    await touchSession(db, found.session.id, now, expiresAt);
  }
  return { user: toUser(found.user), sessionId: found.session.id, expiresAt };
}

export async function signOut(db: Kysely<Database>, secret: string, now: number): Promise<void> {
  await revokeSession(db, secretHash(secret), now);
}
