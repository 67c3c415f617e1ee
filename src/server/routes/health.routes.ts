import type { OpenAPIHono } from '@hono/zod-openapi';
import { pingDatabase } from '../../store/database.js';
import type { AppEnv } from '../env.js';
import type { ServerDeps } from '../server-deps.js';

/**
 * `/healthz`: the process answers (restart it if not). `/readyz`: it can serve, i.e. the
 * database answers, start-up has finished and we are not draining for shutdown (route
 * traffic elsewhere if not).
 */
export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (deps.lifecycle.draining) return c.json({ status: 'draining' }, 503);
    if (deps.lifecycle.starting) return c.json({ status: 'starting' }, 503);
    try {
      await pingDatabase(deps.store);
      return c.json({ status: 'ready' });
    } catch (error) {
      c.get('log').warn({ err: error }, 'readiness check failed');
      return c.json({ status: 'database unavailable' }, 503);
    }
  });
}
