/**
 * How people sign in on this server: single sign-on through one OpenID Connect provider,
 * passwords, or both. Read from the environment when the server starts.
 */
export interface SsoSettings {
  /** The provider's issuer URL; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Shown on the button: "Sign in with <providerName>". */
  readonly providerName: string;
  /** People with a verified email at these domains get an account on first sign-in. */
  readonly allowedDomains: readonly string[];
}

export interface SignInSettings {
  readonly sso: SsoSettings | null;
  /** Off: the password form is hidden and password sign-in is refused (SSO only). */
  readonly passwordSignIn: boolean;
}

export const PASSWORDS_ONLY: SignInSettings = { sso: null, passwordSignIn: true };

export class SignInSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInSettingsError';
  }
}

/**
 * RATCHET_OIDC_ISSUER, RATCHET_OIDC_CLIENT_ID and RATCHET_OIDC_CLIENT_SECRET turn SSO on
 * (all three or none); RATCHET_OIDC_NAME names the provider on the button (default: the
 * issuer's host); RATCHET_OIDC_ALLOWED_DOMAINS is a comma-separated list of email
 * domains; RATCHET_PASSWORD_SIGN_IN=off leaves SSO as the only way in.
 */
export function signInSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): SignInSettings {
  const value = (name: string) => env[name]?.trim() || undefined;
  const issuer = value('RATCHET_OIDC_ISSUER');
  const clientId = value('RATCHET_OIDC_CLIENT_ID');
  const clientSecret = value('RATCHET_OIDC_CLIENT_SECRET');
  const given = [issuer, clientId, clientSecret].filter((v) => v !== undefined).length;
  if (given !== 0 && given !== 3) {
    throw new SignInSettingsError(
      'Single sign-on needs RATCHET_OIDC_ISSUER, RATCHET_OIDC_CLIENT_ID and RATCHET_OIDC_CLIENT_SECRET together; set all three, or none to sign in with passwords only.',
    );
  }
  let sso: SsoSettings | null = null;
  if (issuer && clientId && clientSecret) {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      throw new SignInSettingsError(
        `RATCHET_OIDC_ISSUER "${issuer}" is not a URL; write the provider's issuer, e.g. https://login.example.com/realms/acme.`,
      );
    }
    if (url.protocol !== 'https:' && !isLoopback(url.hostname)) {
      throw new SignInSettingsError(
        `RATCHET_OIDC_ISSUER must use https (plain http is allowed only on this machine, for testing): ${issuer}.`,
      );
    }
    sso = {
      issuer: url,
      clientId,
      clientSecret,
      providerName: value('RATCHET_OIDC_NAME') ?? url.hostname,
      allowedDomains: parseDomains(value('RATCHET_OIDC_ALLOWED_DOMAINS') ?? ''),
    };
  }
  const password = (value('RATCHET_PASSWORD_SIGN_IN') ?? 'on').toLowerCase();
  if (!['on', 'off', 'true', 'false', '1', '0'].includes(password)) {
    throw new SignInSettingsError(`RATCHET_PASSWORD_SIGN_IN is "${password}": write on or off.`);
  }
  const passwordSignIn = ['on', 'true', '1'].includes(password);
  if (!passwordSignIn && !sso) {
    throw new SignInSettingsError(
      'RATCHET_PASSWORD_SIGN_IN=off leaves no way to sign in: set up single sign-on (RATCHET_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET) as well.',
    );
  }
  return { sso, passwordSignIn };
}

/** "Acme.com, @example.org" → ["acme.com", "example.org"]. */
export function parseDomains(list: string): string[] {
  return list
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter((d) => d !== '');
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
