/** Why single sign-on did not sign someone in; each reason is a page in words, nothing created. */
export type SsoRefusalReason =
  | 'not-configured'
  | 'no-pending-sign-in'
  | 'state-mismatch'
  | 'nonce-mismatch'
  | 'provider-error'
  | 'provider-unreachable'
  | 'no-email'
  | 'unverified-email'
  | 'unknown-account'
  | 'disabled-account';

export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'SsoRefusal';
  }
}

const START_AGAIN = 'Nothing was changed; start again from the sign-in page.';

/** The refusals whose words depend only on the provider's name. */
export function ssoRefusal(
  reason: Exclude<SsoRefusalReason, 'no-email' | 'unverified-email' | 'unknown-account' | 'disabled-account'>,
  provider: string,
  detail = '',
): SsoRefusal {
  const messages = {
    'not-configured':
      'Single sign-on is not set up on this server. Sign in with your email and password, or ask the server operator to configure it.',
    'no-pending-sign-in': `This sign-in was not started in this browser, or it took longer than 10 minutes. ${START_AGAIN}`,
    'state-mismatch': `The answer from ${provider} does not belong to the sign-in started in this browser (its state does not match). ${START_AGAIN}`,
    'nonce-mismatch': `The identity token from ${provider} was not issued for this sign-in (its nonce does not match). ${START_AGAIN}`,
    'provider-error': `${provider} did not sign you in${detail ? `: ${detail}` : ''}. ${START_AGAIN}`,
    'provider-unreachable': `Ratchet could not reach ${provider}${detail ? ` (${detail})` : ''}. Try again in a minute; if it keeps failing, ask the server operator to check the single sign-on settings.`,
  } as const;
  return new SsoRefusal(reason, messages[reason]);
}
