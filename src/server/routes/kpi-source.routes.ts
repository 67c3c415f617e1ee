import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { checkKpiSource, runKpiSource, setKpiSource } from '../../service/sources/kpi-source.service.js';
import { sourceRuns } from '../../service/sources/source-runs.service.js';
import type { AppEnv } from '../env.js';
import type { EventHub } from '../events.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import { presentSourceView } from '../presenters/kpi-source.presenter.js';
import { jsonBody, jsonResponse, problems, readProblems, writeProblems } from '../schemas/common.schema.js';
import { KpiParam } from '../schemas/kpi.schema.js';
import { KpiSourceSchema, KpiSourceViewSchema, SourceCheckSchema } from '../schemas/kpi-source.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { findKpi } from './kpis.routes.js';
import { announce, changeOf } from './write-context.js';

const getSource = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis/{id}/source',
  tags: ['KPI sources'],
  summary: 'A KPI’s source (secrets hidden) and its latest runs',
  request: { params: KpiParam },
  responses: {
    200: jsonResponse(KpiSourceViewSchema, 'The source and its runs, newest first'),
    ...readProblems,
  },
});

const putSource = createRoute({
  method: 'put',
  path: '/workspaces/{ws}/kpis/{id}/source',
  tags: ['KPI sources'],
  summary: 'Give a KPI a source, or replace it',
  description:
    'An HTTP JSON API, a read-only SQL query or a formula over other KPIs (docs/sources.md). Header values ' +
    'and connection strings are sealed and never answered; `<secret>` keeps the stored value.',
  request: { params: KpiParam, body: jsonBody(KpiSourceSchema) },
  responses: {
    200: jsonResponse(KpiSourceViewSchema, 'The stored source'),
    400: problems[400],
    ...writeProblems,
  },
});

const deleteSource = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/kpis/{id}/source',
  tags: ['KPI sources'],
  summary: 'Remove a KPI’s source (its points and runs stay)',
  request: { params: KpiParam },
  responses: { 200: jsonResponse(KpiSourceViewSchema, 'The KPI without a source'), ...writeProblems },
});

const runSource = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/source/run',
  tags: ['KPI sources'],
  summary: 'Run a KPI’s source now',
  description: 'A failed run is still a 200: the run is recorded with its error, and no point is stored.',
  request: { params: KpiParam },
  responses: { 200: jsonResponse(KpiSourceViewSchema, 'The source with this run first'), ...writeProblems },
});

const checkSource = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/source/check',
  tags: ['KPI sources'],
  summary: 'Check a source without storing it',
  description:
    'The rules `PUT` applies (a formula names KPIs of the workspace and reads no loop, JSONata and cron read, ' +
    'a connection string opens), answered as `valid` and the problems in words. Nothing is fetched or stored.',
  request: { params: KpiParam, body: jsonBody(KpiSourceSchema) },
  responses: { 200: jsonResponse(SourceCheckSchema, 'The verdict'), 400: problems[400], ...writeProblems },
});

export function registerKpiSourceRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  events: EventHub,
): void {
  api.openapi(getSource, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    return c.json(presentSourceView(await sourceRuns(deps.store, scope.workspace.slug, id)), 200);
  });

  api.openapi(putSource, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const kpi = await findKpi(snapshots, scope, id);
    assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    const view = await setKpiSource(
      deps.store,
      scope.workspace.slug,
      id,
      c.req.valid('json'),
      changeOf(scope, deps),
    );
    announce(events, scope, 'kpi', id);
    return c.json(presentSourceView(view), 200);
  });

  api.openapi(deleteSource, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const kpi = await findKpi(snapshots, scope, id);
    assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    const view = await setKpiSource(deps.store, scope.workspace.slug, id, undefined, changeOf(scope, deps));
    announce(events, scope, 'kpi', id);
    return c.json(presentSourceView(view), 200);
  });

  api.openapi(checkSource, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const issues = await checkKpiSource(deps.store, scope.workspace.slug, id, c.req.valid('json'));
    return c.json({ valid: issues.length === 0, problems: issues }, 200);
  });

  api.openapi(runSource, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const kpi = await findKpi(snapshots, scope, id);
    assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    await runKpiSource(deps.store, scope.workspace.slug, id, { now: deps.now() });
    announce(events, scope, 'kpi', id);
    return c.json(presentSourceView(await sourceRuns(deps.store, scope.workspace.slug, id)), 200);
  });
}
