import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createDecision, listDecisions } from '../../service/decision.service.js';
import type { AppEnv } from '../env.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentDecision } from '../presenters/decision.presenter.js';
import {
  jsonBody,
  jsonResponse,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
} from '../schemas/common.schema.js';
import { DecisionCreateSchema, DecisionListQuery, DecisionSchema } from '../schemas/decision.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { findKpi } from './kpis.routes.js';
import { changeOf, decider } from './write-context.js';

const errors = readProblems;
const tags = ['Decisions'];

const listRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/decisions',
  tags,
  summary: 'Recorded decisions, in the order recorded; `?kpi=` for one KPI',
  request: { params: WorkspaceParam, query: DecisionListQuery },
  responses: {
    200: pageResponse(DecisionSchema),
    400: problems[400],
    ...errors,
  },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/decisions',
  tags,
  summary: 'Record a decision in answer to a KPI signal',
  description:
    'What was decided, by whom (default: you), when (default: now). A decision dated on or after the start ' +
    'of a breach answers it (domain.md, "Unanswered breach").',
  request: { params: WorkspaceParam, body: jsonBody(DecisionCreateSchema) },
  responses: {
    201: jsonResponse(DecisionSchema, 'Recorded'),
    400: problems[400],
    ...errors,
    413: problems[413],
    415: problems[415],
    422: problems[422],
  },
});

export function registerDecisionRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const decisions = await listDecisions(deps.store, c.get('scope').workspace.slug, { kpi: query.kpi });
    const page = paginate(decisions, query.cursor, query.limit);
    return c.json({ items: page.items.map(presentDecision), nextCursor: page.nextCursor }, 200);
  });

  api.openapi(createRouteDef, async (c) => {
    const scope = c.get('scope');
    const body = c.req.valid('json');
    const kpi = await findKpi(snapshots, scope, body.kpi);
    assertMayChange(scope, { kind: 'KPI', id: kpi.id, owner: kpi.owner, team: kpi.team });
    const decision = await createDecision(
      deps.store,
      scope.workspace.slug,
      {
        kpi: body.kpi,
        text: body.text,
        at: body.at ?? deps.now(),
        by: decider(scope, body.by),
        ...(body.objective !== undefined && { objective: body.objective }),
      },
      changeOf(scope, deps),
    );
    return c.json(presentDecision(decision), 201);
  });
}
