import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { HttpProblem } from '../problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes: the browser must prove the request comes
 * from our own pages, by an `Origin` header naming this server (or, for browsers that
 * omit it, `Sec-Fetch-Site: same-origin`). Bearer tokens are not sent automatically by
 * browsers, so token requests need no such proof. A cross-site `Origin` is refused on
 * every write, which also stops login CSRF on sign-in and setup.
 */
export function csrfProtection(options: { readonly trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const ownOrigin = requestOrigin(c.req.raw, options.trustProxy);
    if (origin !== undefined && origin !== ownOrigin) {
      throw new HttpProblem(
        403,
        `Cross-site request refused: Origin ${origin} is not ${ownOrigin}. Use the Ratchet web app, or an API token for scripts.`,
      );
    }
    const principal = c.get('principal');
    if (principal?.kind === 'session' && origin === undefined) {
      const site = c.req.header('sec-fetch-site');
      if (site !== 'same-origin') {
        throw new HttpProblem(
          403,
          'A signed-in write needs an Origin header from this server. Scripts should authenticate with an API token (Authorization: Bearer …) instead of a session cookie.',
        );
      }
    }
    return next();
  };
}

/** The origin the client used to reach us, honouring X-Forwarded-* only behind a trusted proxy. */
export function requestOrigin(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  if (!trustProxy) return url.origin;
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.slice(0, -1);
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || url.host;
  return `${proto}://${host}`;
}

export function isSecureRequest(request: Request, trustProxy: boolean): boolean {
  return requestOrigin(request, trustProxy).startsWith('https:');
}
