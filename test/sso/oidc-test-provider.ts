import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** Someone the test identity provider knows; the login on its dev sign-in page is the email. */
export interface ProviderPerson {
  readonly email: string;
  readonly name: string;
  readonly emailVerified: boolean;
}

export interface TestIdentityProvider {
  /** The issuer, http://127.0.0.1:<port>. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on a free local port, with one
 * confidential client for Ratchet (PKCE required) and the people given. Its development
 * interaction pages ask for a login (any of the people's emails, any password) and consent.
 */
export async function startIdentityProvider(
  people: readonly ProviderPerson[],
  redirectUris: readonly string[],
): Promise<TestIdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'ratchet';
  const clientSecret = 'ratchet-test-client-secret';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [...redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['test provider cookie key'] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, id) {
      const person = people.find((p) => p.email === id);
      if (!person) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: person.email,
          email_verified: person.emailVerified,
          name: person.name,
        }),
      };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
