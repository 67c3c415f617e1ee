import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { alertHistory } from '../../service/alerts/alert-history.service.js';
import { setKpiAlertTiming } from '../../service/alerts/alert-rule.service.js';
import { silenceOf } from '../../service/notify/silence.service.js';
import type { AppEnv } from '../env.js';
import { AlertRuleSchema, KpiAlertsSchema } from '../schemas/alert.schema.js';
import { jsonBody, jsonResponse, problems, readProblems } from '../schemas/common.schema.js';
import { KpiParam } from '../schemas/kpi.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { assertMayChangeKpi } from './kpis.routes.js';
import { changeOf } from './write-context.js';

const tags = ['Alerts'];

const getAlerts = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis/{id}/alerts',
  tags,
  summary: 'A KPI’s alert state and its transitions, newest first',
  description:
    'normal → pending when a value leaves the healthy range, → firing once it stays out for the KPI’s `for`, ' +
    '→ recovering when back in range, → normal once it stays in; no_data before the first point, stale when ' +
    'the latest point is older than 1.5 cadence periods. Severity: warning when at risk, critical in breach.',
  request: { params: KpiParam },
  responses: { 200: jsonResponse(KpiAlertsSchema, 'The state and its history'), ...readProblems },
});

const putRule = createRoute({
  method: 'put',
  path: '/workspaces/{ws}/kpis/{id}/alerts/rule',
  tags,
  summary:
    'Set how long a KPI stays out of range before its alert fires, and how often a firing alert repeats',
  request: { params: KpiParam, body: jsonBody(AlertRuleSchema) },
  responses: {
    200: jsonResponse(AlertRuleSchema, 'The rule as stored'),
    400: problems[400],
    415: problems[415],
    422: problems[422],
    ...readProblems,
  },
});

export function registerAlertRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(getAlerts, async (c) => {
    const { id } = c.req.valid('param');
    const slug = c.get('scope').workspace.slug;
    const history = await alertHistory(deps.store, slug, id);
    const silence = await silenceOf(deps.store, slug, id, deps.now());
    return c.json(
      {
        silence: silence && {
          ...silence,
          until: new Date(silence.until).toISOString(),
          at: new Date(silence.at).toISOString(),
        },
        state: history.current.state,
        severity: history.current.severity,
        since: history.current.since === null ? null : new Date(history.current.since).toISOString(),
        for: history.current.for,
        repeat: history.current.repeat,
        ownRepeat: history.current.ownRepeat,
        transitions: history.transitions.map((t) => ({ ...t, at: new Date(t.at).toISOString() })),
      },
      200,
    );
  });

  api.openapi(putRule, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    await assertMayChangeKpi(snapshots, scope, id);
    const body = c.req.valid('json');
    const stored = await setKpiAlertTiming(
      deps.store,
      scope.workspace.slug,
      id,
      { for: body.for, repeat: body.repeat ?? null },
      changeOf(scope, deps),
    );
    return c.json(stored, 200);
  });
}
