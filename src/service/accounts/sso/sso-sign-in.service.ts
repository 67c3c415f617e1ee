import { findUserByEmail, insertUser } from '../../../store/accounts/user.repository.js';
import type { Store } from '../../../store/database.js';
import { acceptInvitation } from '../invitation.service.js';
import { hashPassword } from '../password.js';
import { toUser } from '../presenters.js';
import { newSecret } from '../secrets.js';
import { type StartedSession, startSession } from '../session.service.js';
import type { ProvenIdentity } from './oidc-client.js';
import { SsoRefusal } from './sso-refusal.js';
import type { SsoSettings } from './sso-settings.js';

export interface SsoSignedIn {
  readonly session: StartedSession;
  /** The workspace joined, when the sign-in accepted an invitation. */
  readonly workspace?: { readonly slug: string; readonly name: string };
}

/**
 * Who an identity proven by the provider is in Ratchet. Accounts are matched by email,
 * and only by an email the provider has verified (an unverified one could be anyone's).
 * A new account comes only from an open invitation to that email or from an allowed
 * domain; anything else is refused before a row is written.
 */
export async function signInWithIdentity(
  store: Store,
  identity: ProvenIdentity,
  settings: Pick<SsoSettings, 'providerName' | 'allowedDomains'>,
  options: { readonly invitation?: string; readonly now: number },
): Promise<SsoSignedIn> {
  const db = store.db;
  const provider = settings.providerName;
  const email = identity.email;
  if (!email) {
    throw new SsoRefusal(
      'no-email',
      `${provider} did not tell Ratchet your email address. Ask your identity provider's administrator to release the "email" claim to Ratchet.`,
    );
  }
  if (!identity.emailVerified) {
    throw new SsoRefusal(
      'unverified-email',
      `${provider} has not verified the email address ${email}, so Ratchet cannot tell it is yours. Verify it with ${provider}, then sign in again. Nothing was changed.`,
    );
  }
  const existing = await findUserByEmail(db, email);
  if (existing?.disabled_at != null) {
    throw new SsoRefusal(
      'disabled-account',
      `The Ratchet account for ${email} is disabled. Ask an admin of your workspace to enable it.`,
    );
  }
  const name = identity.name ?? email.split('@')[0] ?? email;
  if (options.invitation) {
    // Throws InvitationClosedError (expired, used, withdrawn) or a mismatch, all before commit.
    const accepted = await acceptInvitation(
      store,
      options.invitation,
      { kind: 'verified', email, name },
      options.now,
    );
    return { session: await startSession(db, accepted.user, options.now), workspace: accepted.workspace };
  }
  if (existing) return { session: await startSession(db, toUser(existing), options.now) };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!settings.allowedDomains.includes(domain)) {
    throw new SsoRefusal(
      'unknown-account',
      `There is no Ratchet account for ${email}, and accounts are not opened for ${domain} on this server. Ask an admin of your workspace to invite you, then use the link in the invitation. Nothing was created.`,
    );
  }
  // An SSO account has no password of its own: a random one nobody knows.
  const row = await insertUser(db, {
    email,
    name,
    passwordHash: await hashPassword(newSecret('')),
    at: options.now,
  });
  return { session: await startSession(db, toUser(row), options.now) };
}
