import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { evaluateWorkspace } from '../../core/evaluate.js';
import type { AppEnv } from '../env.js';
import { presentDashboard } from '../presenters/dashboard.presenter.js';
import { jsonResponse, problems, WorkspaceParam } from '../schemas/common.schema.js';
import { DashboardQuery, DashboardSchema } from '../schemas/dashboard.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';

const dashboardRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/dashboard',
  tags: ['Reports'],
  summary: 'Everything the home page shows, in one call',
  description:
    'KPI statuses with sparkline series, objective and KR progress, and the needs-attention list, as of now. ' +
    'Filter by team, cycle or owner (ids as in the workspace file).',
  request: { params: WorkspaceParam, query: DashboardQuery },
  responses: {
    200: jsonResponse(DashboardSchema, 'The dashboard'),
    400: problems[400],
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

/**
 * Evaluations are kept per workspace change and minute: "as of now" moves expected
 * progress continuously, but no one reads a dashboard to the second, and the home page is
 * the most requested answer (issue 5's benchmark).
 */
const MINUTE = 60_000;

export function registerDashboardRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(dashboardRoute, async (c) => {
    const filter = c.req.valid('query');
    const { workspace } = c.get('scope');
    const snapshot = await snapshots.get(workspace);
    const asOf = Math.floor(deps.now() / MINUTE) * MINUTE;
    const key = `dashboard|${asOf}|${filter.team ?? ''}|${filter.cycle ?? ''}|${filter.owner ?? ''}`;
    let body = snapshot.derived.get(key) as Uint8Array | undefined;
    if (body === undefined) {
      const report = evaluateWorkspace(snapshot.workspace, asOf);
      body = new TextEncoder().encode(
        JSON.stringify(presentDashboard(snapshot.workspace, workspace.slug, report, asOf, filter)),
      );
      // Keep only the current minute's answers.
      const current = `dashboard|${asOf}|`;
      for (const old of snapshot.derived.keys()) {
        if (old.startsWith('dashboard|') && !old.startsWith(current)) snapshot.derived.delete(old);
      }
      snapshot.derived.set(key, body);
    }
    // The cached bytes are the DashboardSchema JSON; sending them as is skips re-serialising.
    return c.body(body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' }) as never;
  });
}
