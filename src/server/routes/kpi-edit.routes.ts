import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { archiveKpi, getKpi, purgeKpi } from '../../service/kpi.service.js';
import { createKpiFromName, editKpi, restoreKpi } from '../../service/kpi-edit.service.js';
import type { AppEnv } from '../env.js';
import { assertMayChange, assertMayEdit, patched } from '../middleware/workspace-scope.js';
import { presentKpi } from '../presenters/kpi.presenter.js';
import {
  jsonBody,
  jsonResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import { RemoveQuery } from '../schemas/input.schema.js';
import {
  KpiCreateSchema,
  KpiParam,
  KpiPatchSchema,
  KpiRestoreSchema,
  KpiSchema,
} from '../schemas/kpi.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { findKpi } from './kpis.routes.js';
import { changeOf, nullsCleared, requirePermission } from './write-context.js';

const errors = readProblems;
const writeErrors = writeProblems;

const createKpi = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis',
  tags: ['KPIs'],
  summary: 'Create a KPI',
  description: 'The id is derived from the name when absent (`First response time` → `first-response-time`).',
  request: { params: WorkspaceParam, body: jsonBody(KpiCreateSchema) },
  responses: { 201: jsonResponse(KpiSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchKpi = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/kpis/{id}',
  tags: ['KPIs'],
  summary: 'Change a KPI',
  description:
    'Send the `version` you read; a newer stored version answers 409. Moving the healthy range needs a ' +
    '`reason`: the move joins the KPI’s threshold history and the audit log.',
  request: { params: KpiParam, body: jsonBody(KpiPatchSchema) },
  responses: { 200: jsonResponse(KpiSchema, 'The changed KPI'), 400: problems[400], ...writeErrors },
});

const deleteKpi = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/kpis/{id}',
  tags: ['KPIs'],
  summary: 'Archive a KPI, or purge it with `?purge=true` (admins)',
  description: 'Refused (409) while a live key result is linked to the KPI.',
  request: { params: KpiParam, query: RemoveQuery },
  responses: {
    204: { description: 'Archived or purged' },
    400: problems[400],
    ...errors,
    409: problems[409],
  },
});

const restoreKpiRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/restore',
  tags: ['KPIs'],
  summary: 'Restore an archived KPI, with its points, threshold history and decisions',
  description:
    '`GET /kpis?archived=true` lists the archived KPIs. Restoring one that is not archived answers 409.',
  request: { params: KpiParam, body: jsonBody(KpiRestoreSchema) },
  responses: { 200: jsonResponse(KpiSchema, 'The restored KPI'), 400: problems[400], ...writeErrors },
});

export function registerKpiEditRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(createKpi, async (c) => {
    const scope = c.get('scope');
    const body = c.req.valid('json');
    assertMayChange(scope, { kind: 'KPI', id: body.id ?? body.name, owner: body.owner, team: body.team });
    const created = await createKpiFromName(deps.store, scope.workspace.slug, body, changeOf(scope, deps));
    return c.json(presentKpi({ ...created, points: [] }, created.version), 201);
  });

  api.openapi(patchKpi, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const kpi = await findKpi(snapshots, scope, id);
    const before = { kind: 'KPI', id, owner: kpi.owner, team: kpi.team };
    assertMayEdit(scope, {
      before,
      after: { ...before, owner: patched(kpi.owner, fields.owner), team: patched(kpi.team, fields.team) },
    });
    const change = changeOf(scope, deps);
    const edited = await editKpi(deps.store, scope.workspace.slug, id, nullsCleared(fields), version, change);
    // A KPI edit leaves its points as they were: the snapshot read above has them.
    return c.json(presentKpi({ ...edited, points: kpi.points }, edited.version), 200);
  });

  api.openapi(restoreKpiRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('json');
    const stored = await getKpi(deps.store, scope.workspace.slug, id);
    assertMayChange(scope, { kind: 'KPI', id, owner: stored.owner, team: stored.team });
    const restored = await restoreKpi(deps.store, scope.workspace.slug, id, version, changeOf(scope, deps));
    return c.json(presentKpi(await findKpi(snapshots, scope, restored.id), restored.version), 200);
  });

  api.openapi(deleteKpi, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { purge, version } = c.req.valid('query');
    const kpi = await findKpi(snapshots, scope, id);
    assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    const change = changeOf(scope, deps);
    if (purge) {
      requirePermission(scope, 'manage', 'purge a KPI and its history');
      await purgeKpi(deps.store, scope.workspace.slug, id, change);
    } else {
      const expected = version ?? (await getKpi(deps.store, scope.workspace.slug, id)).version;
      await archiveKpi(deps.store, scope.workspace.slug, id, expected, change);
    }
    return c.body(null, 204);
  });
}
