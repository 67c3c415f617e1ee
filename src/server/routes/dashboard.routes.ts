import { gzipSync } from 'node:zlib';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { evaluateWorkspace } from '../../core/evaluate.js';
import { pendingProposals } from '../../service/cycle-review.js';
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
 * the most requested answer (issue 5's benchmark). The minute is rounded up, so what was
 * written seconds ago (a value, an accepted ratchet) is already inside it.
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
    const asOf = Math.ceil(deps.now() / MINUTE) * MINUTE;
    const key = `dashboard|${asOf}|${filter.team ?? ''}|${filter.cycle ?? ''}|${filter.owner ?? ''}`;
    let body = snapshot.derived.get(key) as DashboardBytes | undefined;
    if (body === undefined) {
      const report = evaluateWorkspace(snapshot.workspace, asOf);
      const pending = await pendingProposals(deps.store, workspace.slug, snapshot.workspace);
      const json = new TextEncoder().encode(
        JSON.stringify(presentDashboard(snapshot.workspace, workspace.slug, report, asOf, filter, pending)),
      );
      body = { json, gzip: undefined };
      // Keep only the current minute's answers.
      const current = `dashboard|${asOf}|`;
      for (const old of snapshot.derived.keys()) {
        if (old.startsWith('dashboard|') && !old.startsWith(current)) snapshot.derived.delete(old);
      }
      snapshot.derived.set(key, body);
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' };
    if (!acceptsGzip(c.req.header('accept-encoding'))) {
      // The cached bytes are the DashboardSchema JSON; sending them as is skips re-serialising.
      return c.body(body.json as Uint8Array<ArrayBuffer>, 200, headers) as never;
    }
    // A year of points per KPI makes a large answer that compresses about tenfold; it is
    // compressed once per change and minute, not per request.
    body.gzip ??= gzipSync(body.json);
    return c.body(body.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      'Content-Encoding': 'gzip',
    }) as never;
  });
}

interface DashboardBytes {
  readonly json: Uint8Array;
  gzip: Uint8Array | undefined;
}

/** Whether the client takes gzip (`Accept-Encoding: gzip, br` or `gzip;q=0.8`, not `gzip;q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
