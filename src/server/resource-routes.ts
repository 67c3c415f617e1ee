import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { registerAuthRoutes, type SignInLimiters } from './routes/auth.routes.js';
import { registerMeRoutes } from './routes/me.routes.js';
import { registerSetupRoutes } from './routes/setup.routes.js';
import { registerTokenRoutes } from './routes/tokens.routes.js';
import type { ServerDeps } from './server-deps.js';

/** Every resource of `/api/v1`, one line each. */
export function registerResourceRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  limiters: { readonly signIn: SignInLimiters },
): void {
  registerSetupRoutes(api, deps);
  registerAuthRoutes(api, deps, limiters.signIn);
  registerMeRoutes(api, deps);
  registerTokenRoutes(api, deps);
}
