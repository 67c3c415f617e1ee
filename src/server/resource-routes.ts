import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import type { EventHub } from './events.js';
import { registerAlertRoutes } from './routes/alerts.routes.js';
import { registerAuditRoutes } from './routes/audit.routes.js';
import { registerAuthRoutes, type SignInLimiters } from './routes/auth.routes.js';
import { registerCsvImportRoutes } from './routes/csv-imports.routes.js';
import { registerCycleRoutes } from './routes/cycles.routes.js';
import { registerDashboardRoutes } from './routes/dashboard.routes.js';
import { registerDecisionRoutes } from './routes/decisions.routes.js';
import { registerDigestRoutes } from './routes/digest.routes.js';
import { registerDirectoryRoutes } from './routes/directory.routes.js';
import { registerEventRoutes } from './routes/events.routes.js';
import { registerInboxRoutes } from './routes/inbox.routes.js';
import { registerInitiativeRoutes } from './routes/initiatives.routes.js';
import { registerInvitationAcceptRoutes } from './routes/invitation-accept.routes.js';
import { registerInvitationRoutes } from './routes/invitations.routes.js';
import { registerKeyResultRoutes } from './routes/key-results.routes.js';
import { registerKpiEditRoutes } from './routes/kpi-edit.routes.js';
import { registerKpiSourceRoutes } from './routes/kpi-source.routes.js';
import { registerKpiRoutes } from './routes/kpis.routes.js';
import { registerLoopRoutes } from './routes/loop.routes.js';
import { registerMailSettingsRoutes } from './routes/mail-settings.routes.js';
import { registerMeRoutes } from './routes/me.routes.js';
import { registerNotifyRoutes } from './routes/notify.routes.js';
import { registerObjectiveRoutes } from './routes/objectives.routes.js';
import { registerPointsExportRoutes } from './routes/points-export.routes.js';
import { registerReportRoutes } from './routes/report.routes.js';
import { registerSettingsRoutes } from './routes/settings.routes.js';
import { registerSetupRoutes } from './routes/setup.routes.js';
import { registerSilenceRoutes } from './routes/silence.routes.js';
import { registerSsoRoutes } from './routes/sso.routes.js';
import { registerTimeEntryRoutes } from './routes/time-entries.routes.js';
import { registerTokenRoutes } from './routes/tokens.routes.js';
import { registerWorkspaceRoutes } from './routes/workspaces.routes.js';
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
  registerSsoRoutes(api, deps);
  registerMeRoutes(api, deps);
  registerWorkspaceRoutes(api, deps);
  registerTokenRoutes(api, deps);
  registerInvitationRoutes(api, deps);
  registerInvitationAcceptRoutes(api, deps);
  registerDashboardRoutes(api, deps, shared.snapshots);
  registerReportRoutes(api, deps, shared.snapshots);
  registerDigestRoutes(api, deps);
  registerKpiRoutes(api, deps, shared.snapshots);
  registerKpiEditRoutes(api, deps, shared.snapshots);
  registerPointsExportRoutes(api, deps);
  registerKpiSourceRoutes(api, deps, shared.snapshots, shared.events);
  registerAlertRoutes(api, deps, shared.snapshots);
  registerNotifyRoutes(api, deps);
  registerMailSettingsRoutes(api, deps);
  registerInboxRoutes(api, deps);
  registerSilenceRoutes(api, deps, shared.snapshots);
  registerLoopRoutes(api, deps, shared.snapshots, shared.events);
  registerDecisionRoutes(api, deps, shared.snapshots);
  registerObjectiveRoutes(api, deps, shared.snapshots);
  registerKeyResultRoutes(api, deps, shared.snapshots);
  registerCycleRoutes(api, deps, shared.snapshots, shared.events);
  registerInitiativeRoutes(api, deps, shared.snapshots);
  registerTimeEntryRoutes(api, deps);
  registerCsvImportRoutes(api, deps, shared.snapshots);
  registerDirectoryRoutes(api, deps, shared.snapshots);
  registerSettingsRoutes(api, deps);
  registerAuditRoutes(api, deps);
  registerEventRoutes(api, deps, shared.events);
}
