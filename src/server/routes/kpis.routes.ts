import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ingestPoints, listPoints } from '../../service/data-point.service.js';
import { NotFoundError, PointConflictError } from '../../service/errors.js';
import { archivedKpis } from '../../service/kpi-edit.service.js';
import { recordVersions } from '../../service/record-versions.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentKpi, presentPoint } from '../presenters/kpi.presenter.js';
import {
  jsonBody,
  jsonResponse,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
} from '../schemas/common.schema.js';
import {
  IngestResultSchema,
  KpiListQuery,
  KpiParam,
  KpiSchema,
  PointListQuery,
  PointSchema,
  PointsRequestSchema,
  pointConflictProblem,
  ReplaceQuery,
} from '../schemas/kpi.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { actorOf } from './actor.js';
import { readPointsCsv } from './points-csv.js';

const errors = readProblems;

const listKpis = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis',
  tags: ['KPIs'],
  summary: 'The workspace KPIs, in file order',
  request: { params: WorkspaceParam, query: KpiListQuery },
  responses: {
    200: pageResponse(KpiSchema),
    400: problems[400],
    ...errors,
  },
});

const getKpi = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis/{id}',
  tags: ['KPIs'],
  summary: 'One KPI',
  request: { params: KpiParam },
  responses: { 200: jsonResponse(KpiSchema, 'The KPI'), ...errors },
});

const listKpiPoints = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/kpis/{id}/points',
  tags: ['Data points'],
  summary: 'A KPI’s data points in time order',
  request: { params: KpiParam, query: PointListQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(PointSchema) }), 'Oldest first'),
    400: problems[400],
    ...errors,
  },
});

const postPoints = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/points',
  tags: ['Data points'],
  summary: 'Record one point, or up to 10,000 at once',
  description:
    'One value per KPI and instant. A different value for an instant that holds one is refused with a 409 ' +
    'naming each (`conflicts`) and nothing is stored, unless the request says `replace: true` (the audit log ' +
    'keeps the old value); the same value again is no conflict. Points with a source and idempotencyKey seen ' +
    'before are skipped, so retries are safe.',
  request: { params: KpiParam, body: jsonBody(PointsRequestSchema) },
  responses: {
    200: jsonResponse(IngestResultSchema, 'What happened to each point'),
    400: problems[400],
    409: pointConflictProblem,
    413: problems[413],
    415: problems[415],
    422: problems[422],
    429: problems[429],
    ...errors,
  },
});

const postPointsCsv = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/points.csv',
  tags: ['Data points'],
  summary: 'Upload points as CSV (`at,value[,note]` with a header row)',
  description:
    'A row whose value differs from the one stored at its instant refuses the upload with a 409 naming each ' +
    '(`conflicts`, with rows) unless `?replace=true`.',
  request: {
    params: KpiParam,
    query: ReplaceQuery,
    body: {
      required: true,
      content: { 'text/csv': { schema: z.string().openapi({ example: 'at,value\n2026-03-01,12.5\n' }) } },
    },
  },
  responses: {
    200: jsonResponse(IngestResultSchema, 'What happened to each point'),
    409: pointConflictProblem,
    413: problems[413],
    415: problems[415],
    422: problems[422],
    ...errors,
  },
});

export function registerKpiRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(listKpis, async (c) => {
    const query = c.req.valid('query');
    if (query.archived) {
      const archived = await archivedKpis(deps.store, c.get('scope').workspace.slug);
      const page = paginate(archived, query.cursor, query.limit);
      return c.json(
        { items: page.items.map((k) => presentKpi(k, k.version)), nextCursor: page.nextCursor },
        200,
      );
    }
    const { workspace } = await snapshots.get(c.get('scope').workspace);
    const kpis = workspace.kpis.filter(
      (k) =>
        (query.team === undefined || k.team === query.team) &&
        (query.owner === undefined || k.owner === query.owner),
    );
    const page = paginate(kpis, query.cursor, query.limit);
    const versions = await recordVersions(deps.store, c.get('scope').workspace.id, 'kpis');
    return c.json(
      { items: page.items.map((k) => presentKpi(k, versions.get(k.id) ?? 1)), nextCursor: page.nextCursor },
      200,
    );
  });

  api.openapi(getKpi, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    const kpi = await findKpi(snapshots, scope, id);
    const versions = await recordVersions(deps.store, scope.workspace.id, 'kpis');
    return c.json(presentKpi(kpi, versions.get(id) ?? 1), 200);
  });

  api.openapi(listKpiPoints, async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const points = await listPoints(deps.store, c.get('scope').workspace.slug, id, query);
    return c.json({ items: points.map(presentPoint) }, 200);
  });

  async function ingest(
    scope: WorkspaceScope,
    id: string,
    points: Parameters<typeof ingestPoints>[3],
    replace: boolean | undefined,
  ) {
    await assertMayChangeKpi(snapshots, scope, id);
    const change = { actor: actorOf(scope), at: deps.now() };
    return ingestPoints(deps.store, scope.workspace.slug, id, points, change, { replace: replace === true });
  }

  api.openapi(postPoints, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    if ('points' in body) return c.json(await ingest(c.get('scope'), id, body.points, body.replace), 200);
    const { replace, ...point } = body;
    return c.json(await ingest(c.get('scope'), id, [point], replace), 200);
  });

  api.openapi(postPointsCsv, async (c) => {
    const { id } = c.req.valid('param');
    const { replace } = c.req.valid('query');
    const points = readPointsCsv(await c.req.text());
    try {
      return c.json(await ingest(c.get('scope'), id, points, replace), 200);
    } catch (error) {
      throw error instanceof PointConflictError ? new PointConflictError(error.withRows(points)) : error;
    }
  });
}

export async function findKpi(snapshots: WorkspaceSnapshots, scope: WorkspaceScope, id: string) {
  const { workspace } = await snapshots.get(scope.workspace);
  const kpi = workspace.kpis.find((k) => k.id === id);
  if (!kpi) throw new NotFoundError('KPI', id, 'GET /kpis lists them.');
  return kpi;
}

/** An editor changes only the KPIs they or their team own; admins and owners change any. */
export async function assertMayChangeKpi(snapshots: WorkspaceSnapshots, scope: WorkspaceScope, id: string) {
  if (scope.role !== 'editor') return;
  const kpi = await findKpi(snapshots, scope, id);
  assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
}
