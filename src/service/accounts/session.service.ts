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

const HOUR_MS = 60 * 60 * 1000;
/** A session ends 30 days after sign-in whatever its use (docs/security.md, "Sessions"). */
export const SESSION_ABSOLUTE_MS = 30 * 24 * HOUR_MS;
/** …and after 7 days without a request; each use moves this idle limit on. */
export const SESSION_IDLE_MS = 7 * 24 * HOUR_MS;
/** Moving the idle limit costs a write: done at most once an hour per session. */
const RENEW_STEP_MS = HOUR_MS;

/** When a session started at `createdAt` and last used at `now` expires: idle or absolute limit. */
export function sessionExpiry(createdAt: number, now: number): number {
  return Math.min(createdAt + SESSION_ABSOLUTE_MS, now + SESSION_IDLE_MS);
}

export interface StartedSession {
  readonly user: User;
  /** The cookie value; only its hash is stored. */
  readonly secret: string;
  /** The idle limit now; the server moves it on with each use. */
  readonly expiresAt: number;
  /** The absolute limit: the cookie may live this long, the server checks the idle one. */
  readonly endsBy: number;
}

/** Starts a session for a user whose identity is already proven (setup, sign-in). */
export async function startSession(db: Kysely<Database>, user: User, now: number): Promise<StartedSession> {
  const secret = newSecret(SESSION_PREFIX);
  const expiresAt = sessionExpiry(now, now);
  await insertSession(db, { tokenHash: secretHash(secret), userId: user.id, at: now, expiresAt });
  return { user, secret, expiresAt, endsBy: now + SESSION_ABSOLUTE_MS };
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
  const renewed = sessionExpiry(Number(found.session.created_at), now);
  if (renewed - expiresAt >= RENEW_STEP_MS) {
    expiresAt = renewed;
    await touchSession(db, found.session.id, now, expiresAt);
  }
  return { user: toUser(found.user), sessionId: found.session.id, expiresAt };
}

export async function signOut(db: Kysely<Database>, secret: string, now: number): Promise<void> {
  await revokeSession(db, secretHash(secret), now);
}
