import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import type { EventHub } from './events.js';
import { registerAuthRoutes, type SignInLimiters } from './routes/auth.routes.js';
import { registerDashboardRoutes } from './routes/dashboard.routes.js';
import { registerEventRoutes } from './routes/events.routes.js';
import { registerKpiRoutes } from './routes/kpis.routes.js';
import { registerMeRoutes } from './routes/me.routes.js';
import { registerReportRoutes } from './routes/report.routes.js';
import { registerSetupRoutes } from './routes/setup.routes.js';
import { registerTokenRoutes } from './routes/tokens.routes.js';
import type { ServerDeps } from './server-deps.js';
import type { WorkspaceSnapshots } from './workspace-snapshots.js';

export interface SharedState {
  readonly signIn: SignInLimiters;
  readonly snapshots: WorkspaceSnapshots;
  readonly events: EventHub;
}

/** Every resource of `/api/v1`, one line each. */
export function registerResourceRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  shared: SharedState,
): void {
  registerSetupRoutes(api, deps);
  registerAuthRoutes(api, deps, shared.signIn);
  registerMeRoutes(api, deps);
  registerTokenRoutes(api, deps);
  registerDashboardRoutes(api, deps, shared.snapshots);
  registerReportRoutes(api, deps, shared.snapshots);
  registerKpiRoutes(api, deps, shared.snapshots, shared.events);
  registerEventRoutes(api, shared.events);
}
