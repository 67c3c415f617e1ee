import type { Logger } from 'pino';
import type { SignInSettings } from '../service/accounts/sso/sso-settings.js';
import type { Store } from '../store/database.js';
import type { BodyLimits } from './middleware/request-body.js';

/** Everything the HTTP app needs from outside, passed in so tests run it without a socket. */
export interface ServerDeps {
  readonly store: Store;
  readonly logger: Logger;
  /** The wall clock; tests pass a fixed or stepping one. */
  readonly now: () => number;
  /** Honour X-Forwarded-For/-Proto/-Host (only when a reverse proxy sets them). */
  readonly trustProxy: boolean;
  /** The web app's built files (`web/dist`), or null to serve the API only. */
  readonly webRoot: string | null;
  readonly bodyLimits: BodyLimits;
  readonly rateLimits: RateLimits;
  /**
   * `starting` until the job scheduler runs, `draining` while shutting down: `/readyz`
   * answers 503 in both, so a load balancer sends traffic elsewhere.
   */
  readonly lifecycle: { draining: boolean; starting?: boolean };
  /** Single sign-on and whether passwords are accepted (default: passwords only). */
  readonly signIn?: SignInSettings;
}

export interface RateLimits {
  /** Sign-in attempts per IP and email in `signInWindowMs`. */
  readonly signInPerEmail: number;
  /** Sign-in attempts per IP, whatever the email, in `signInWindowMs`. */
  readonly signInPerIp: number;
  readonly signInWindowMs: number;
  /** Requests per API token per minute. */
  readonly tokenPerMinute: number;
  /** Event streams (`GET /events`) open at once per session and per API token. */
  readonly eventStreamsPerCaller: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  signInPerEmail: 10,
  signInPerIp: 100,
  signInWindowMs: 15 * 60 * 1000,
  tokenPerMinute: 1200,
  eventStreamsPerCaller: 10,
};
