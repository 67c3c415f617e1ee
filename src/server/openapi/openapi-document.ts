import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';

export const API_VERSION = '1.0.0';

/** Registers how callers authenticate, so every operation can name its security. */
export function registerSecuritySchemes(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'ratchet_session',
    description: 'Set by POST /api/v1/auth/sign-in. Writes also need a same-origin Origin header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description: 'A workspace API token (`ratchet token create`), scoped read, write or ingest.',
  });
}

/** The OpenAPI 3.1 document of every registered route; the same object is served and committed. */
export function openApiDocument(
  app: OpenAPIHono<AppEnv>,
): ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']> {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Ratchet API',
      version: API_VERSION,
      description:
        'KPIs hold the floor, OKRs raise it, and the new floor locks in. Every error is RFC 9457 ' +
        'problem+json with `errors: [{path, message}]` for invalid fields.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    security: [{ session: [] }, { token: [] }],
  });
}
