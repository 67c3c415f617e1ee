import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { errorHandler } from './error-handler.js';
import { createEventHub, type EventHub, relayCommittedChanges } from './events.js';
import { authenticate } from './middleware/authenticate.js';
import { csrfProtection } from './middleware/csrf.js';
import { createRateLimiter, createSharedRateLimiter } from './middleware/rate-limiter.js';
import { requestBody } from './middleware/request-body.js';
import { requestContext } from './middleware/request-context.js';
import { securityHeaders } from './middleware/security-headers.js';
import { workspaceScope } from './middleware/workspace-scope.js';
import { renderApiReference } from './openapi/api-reference-page.js';
import { openApiDocument, registerSecuritySchemes } from './openapi/openapi-document.js';
import { problemBody, problemResponse } from './problem.js';
import { registerResourceRoutes } from './resource-routes.js';
import { registerHealthRoutes } from './routes/health.routes.js';
import type { ServerDeps } from './server-deps.js';
import { staticFiles } from './static-files.js';
import { validationHook } from './validation-hook.js';
import { createWorkspaceSnapshots } from './workspace-snapshots.js';

export const API_BASE = '/api/v1';

/**
 * The whole HTTP surface as a Hono app: no socket, so tests call `app.request(...)` and
 * `node-server.ts` binds it to a port. Middleware order matters: context and headers
 * first, then body checks (before anything reads a body), who is calling, CSRF (needs to
 * know if a cookie authenticated the call), and the workspace scope.
 */
export function createApp(deps: ServerDeps, events: EventHub = createEventHub()): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  relayCommittedChanges(deps.store, events, (error) =>
    deps.logger.warn({ err: error }, 'change fan-out failed'),
  );
  const snapshots = createWorkspaceSnapshots(deps.store);
  const limits = deps.rateLimits;
  // Sign-in limits are counted in the database: every server behind a load balancer counts
  // the same attempts. Token limits too on PostgreSQL; on SQLite (one server process) they
  // stay in memory, so an API call costs no extra write.
  const tokenWindow = { limit: limits.tokenPerMinute, windowMs: 60_000, now: deps.now };
  const tokenLimiter =
    deps.store.dialect === 'postgres'
      ? createSharedRateLimiter(deps.store, 'token', tokenWindow)
      : createRateLimiter(tokenWindow);
  const signInWindow = { windowMs: limits.signInWindowMs, now: deps.now };
  const signIn = {
    perEmail: createSharedRateLimiter(deps.store, 'sign-in-email', {
      ...signInWindow,
      limit: limits.signInPerEmail,
    }),
    perIp: createSharedRateLimiter(deps.store, 'sign-in-ip', { ...signInWindow, limit: limits.signInPerIp }),
  };

  app.onError(errorHandler());
  app.notFound((c) =>
    problemResponse(
      problemBody(404, `Nothing at ${c.req.method} ${c.req.path}. The API reference is at /api/docs.`),
    ),
  );
  app.use('*', requestContext(deps.logger));
  app.use('*', securityHeaders({ strictTransport: deps.trustProxy }));
  registerHealthRoutes(app, deps);

  app.use(`${API_BASE}/*`, requestBody(deps.bodyLimits));
  app.use(`${API_BASE}/*`, authenticate(deps, tokenLimiter));
  app.use(`${API_BASE}/*`, csrfProtection({ trustProxy: deps.trustProxy }));
  app.use(`${API_BASE}/workspaces/:ws/*`, workspaceScope(deps));
  app.use(`${API_BASE}/workspaces/:ws`, workspaceScope(deps));

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerSecuritySchemes(api);
  registerResourceRoutes(api, deps, { signIn, snapshots, events });
  app.route(API_BASE, api);

  let document: unknown;
  let reference: string | undefined;
  const documentOnce = () => {
    document ??= openApiDocument(app);
    return document;
  };
  app.get(`${API_BASE}/openapi.json`, (c) => c.json(documentOnce()));
  app.get('/api/docs', (c) => {
    reference ??= renderApiReference(documentOnce());
    return c.html(reference);
  });
  app.all('/api/*', (c) =>
    problemResponse(
      problemBody(404, `Nothing at ${c.req.method} ${c.req.path}. The API reference is at /api/docs.`),
    ),
  );
  const web = staticFiles(deps.webRoot);
  app.get('*', (c) => web(c));
  return app;
}
