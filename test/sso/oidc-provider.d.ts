// oidc-provider ships no types; this declares the part the tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface ClientMetadata {
    readonly client_id: string;
    readonly client_secret: string;
    readonly redirect_uris: string[];
    readonly grant_types: string[];
    readonly response_types: string[];
  }
  interface Account {
    readonly accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }
  interface Configuration {
    readonly clients: ClientMetadata[];
    readonly pkce?: { readonly required: () => boolean };
    readonly claims?: Record<string, string[]>;
    readonly cookies?: { readonly keys: string[] };
    readonly features?: Record<string, { readonly enabled: boolean }>;
    readonly findAccount: (context: unknown, id: string) => Promise<Account | undefined>;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
