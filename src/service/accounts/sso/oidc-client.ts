import type * as Oidc from 'openid-client';
import { SsoRefusal, ssoRefusal } from './sso-refusal.js';
import { isLoopback, type SsoSettings } from './sso-settings.js';

/** A sign-in between the redirect to the provider and its answer; kept sealed in a cookie. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** The invitation link's secret when the sign-in accepts an invitation. */
  readonly invitation?: string;
  readonly startedAt: number;
}

/** What the provider vouches for about the person. */
export interface ProvenIdentity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly emailVerified: boolean;
  readonly name: string | undefined;
}

export interface OidcClient {
  /** The provider's authorization URL for a new sign-in, and what to keep until it answers. */
  begin(redirectUri: string, now: number, invitation?: string): Promise<{ url: URL; pending: PendingSignIn }>;
  /** Checks the answer (state, PKCE, nonce, ID token) and reads who signed in. */
  finish(callbackUrl: URL, pending: PendingSignIn): Promise<ProvenIdentity>;
}

/**
 * The authorization code flow with PKCE, state and nonce (openid-client). The provider's
 * discovery document is fetched on first use and kept; a failed fetch is retried next time.
 * The issuer is the operator's own setting, not user input, so the outbound guard (which
 * refuses private addresses) does not apply: identity providers often live on the LAN.
 */
export function createOidcClient(settings: SsoSettings): OidcClient {
  let configuration: Promise<Oidc.Configuration> | undefined;
  const provider = settings.providerName;
  const config = async () => {
    const oidc = await openidClient();
    configuration ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        undefined,
        isLoopback(settings.issuer.hostname) && settings.issuer.protocol === 'http:'
          ? { execute: [oidc.allowInsecureRequests] }
          : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw ssoRefusal('provider-unreachable', provider, reasonOf(error));
      });
    return configuration;
  };

  return {
    async begin(redirectUri, now, invitation) {
      const oidc = await openidClient();
      const pending: PendingSignIn = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        ...(invitation ? { invitation } : {}),
        startedAt: now,
      };
      const url = oidc.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },

    async finish(callbackUrl, pending) {
      const params = callbackUrl.searchParams;
      const error = params.get('error');
      if (error) {
        throw ssoRefusal('provider-error', provider, params.get('error_description') ?? error);
      }
      if (params.get('state') !== pending.state) throw ssoRefusal('state-mismatch', provider);
      const configured = await config();
      const oidc = await openidClient();
      let tokens: Awaited<ReturnType<typeof Oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(configured, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (failure) {
        if (failure instanceof SsoRefusal) throw failure;
        if (isNonceMismatch(failure)) throw ssoRefusal('nonce-mismatch', provider);
        throw ssoRefusal('provider-error', provider, reasonOf(failure));
      }
      const claims = tokens.claims();
      if (!claims) throw ssoRefusal('provider-error', provider, 'it sent no identity token');
      // Providers put email claims in the ID token or only in userinfo: read both.
      let info: Record<string, unknown> = {};
      try {
        info = await oidc.fetchUserInfo(configured, tokens.access_token, claims.sub);
      } catch {
        info = {};
      }
      const merged: Record<string, unknown> = { ...info, ...claims };
      return {
        subject: claims.sub,
        email: typeof merged.email === 'string' ? merged.email.trim().toLowerCase() : undefined,
        emailVerified: merged.email_verified === true,
        name: typeof merged.name === 'string' && merged.name.trim() !== '' ? merged.name.trim() : undefined,
      };
    },
  };
}

/** openid-client, loaded with the first single sign-on: most servers never use it. */
function openidClient(): Promise<typeof Oidc> {
  return import('openid-client');
}

/** openid-client wraps the check that failed; the nonce check names its claim in a cause. */
function isNonceMismatch(error: unknown): boolean {
  for (let at: unknown = error, depth = 0; at && depth < 4; depth++) {
    if ((at as { claim?: unknown }).claim === 'nonce') return true;
    if (at instanceof Error && /"nonce"/.test(at.message)) return true;
    at = (at as { cause?: unknown }).cause;
  }
  return false;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { error?: unknown }).error;
    const description = (error as { error_description?: unknown }).error_description;
    if (typeof code === 'string') return typeof description === 'string' ? `${code}: ${description}` : code;
    return error.message;
  }
  return String(error);
}
