import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { evaluateWorkspace } from '../../core/evaluate.js';
import { parseStatement } from '../../core/statement/index.js';
import { suggest } from '../../core/suggest/suggest.js';
import { toIsoDate } from '../../core/time.js';
import { draftOkr } from '../../service/draft-okr.service.js';
import type { AppEnv } from '../env.js';
import type { EventHub } from '../events.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import {
  presentDraft,
  presentDraftTargets,
  presentReading,
  presentSuggestions,
} from '../presenters/loop.presenter.js';
import { presentFinding } from '../presenters/report.presenter.js';
import { jsonBody, jsonResponse, problems, readProblems, WorkspaceParam } from '../schemas/common.schema.js';
import { KpiParam } from '../schemas/kpi.schema.js';
import {
  DraftOkrRequestSchema,
  DraftOkrSchema,
  FindingsQuery,
  ParseRequestSchema,
  StatementReadingSchema,
  SuggestionsSchema,
  SuggestRequestSchema,
} from '../schemas/loop.schema.js';
import { FindingSchema } from '../schemas/report.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { findKpi } from './kpis.routes.js';
import { storedObjective } from './okr-reads.js';
import { announce, changeOf, requirePermission } from './write-context.js';

const errors = readProblems;
const bodyErrors = { 413: problems[413], 415: problems[415], 422: problems[422] };

const draftRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/kpis/{id}/draft-okr',
  tags: ['The loop'],
  summary: 'Draft the OKR that brings a KPI back to healthy; `{create: true}` also stores it',
  description:
    'Answers 200 with the draft, or 201 with the stored objective when `create` is true (that needs edit ' +
    'rights). 409 when the KPI is healthy, has no data or no range, or there is no current or next cycle.',
  request: {
    params: KpiParam,
    body: { required: false, content: { 'application/json': { schema: DraftOkrRequestSchema } } },
  },
  responses: {
    200: jsonResponse(DraftOkrSchema, 'The draft'),
    201: jsonResponse(DraftOkrSchema, 'The created objective'),
    ...errors,
    409: problems[409],
    ...bodyErrors,
  },
});

const parseRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/parse',
  tags: ['The loop'],
  summary: 'Read a plain-language goal statement (the `ratchet parse --json` reading)',
  request: { params: WorkspaceParam, body: jsonBody(ParseRequestSchema) },
  responses: { 200: jsonResponse(StatementReadingSchema, 'The reading'), ...errors, ...bodyErrors },
});

const suggestRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/suggest',
  tags: ['The loop'],
  summary: 'KPIs to hold and key results to raise for an objective, from the template library',
  request: { params: WorkspaceParam, body: jsonBody(SuggestRequestSchema) },
  responses: { 200: jsonResponse(SuggestionsSchema, 'Ranked suggestions'), ...errors, ...bodyErrors },
});

const findingsRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/findings',
  tags: ['The loop'],
  summary: 'The quality coach’s findings as of now, most severe first',
  request: { params: WorkspaceParam, query: FindingsQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(FindingSchema) }), 'Findings'),
    400: problems[400],
    ...errors,
  },
});

export function registerLoopRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  events: EventHub,
): void {
  api.openapi(draftRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const create = body.create === true;
    const kpi = await findKpi(snapshots, scope, id);
    if (create) {
      requirePermission(scope, 'edit', 'create the drafted OKR');
      assertMayChange(scope, { kind: 'KPI', id, owner: kpi.owner, team: kpi.team });
    }
    const { workspace } = await snapshots.get(scope.workspace);
    const result = await draftOkr(
      deps.store,
      scope.workspace.slug,
      workspace,
      id,
      deps.now(),
      create ? changeOf(scope, deps) : null,
      body.stretch === true,
    );
    if (!result.created) return c.json(presentDraft(result.objective, result), 200);
    announce(events, scope, 'objective', result.objective.id);
    const stored = await storedObjective(deps, snapshots, scope, result.objective.id);
    return c.json({ ...stored, created: true, ...presentDraftTargets(result) }, 201);
  });

  api.openapi(parseRoute, (c) => {
    const { statement, asOf } = c.req.valid('json');
    return c.json(presentReading(parseStatement(statement, asOf ?? toIsoDate(deps.now()))), 200);
  });

  api.openapi(suggestRoute, async (c) => {
    const body = c.req.valid('json');
    const { workspace } = await snapshots.get(c.get('scope').workspace);
    const suggestions = suggest(body.objective, {
      ...(body.limit !== undefined && { limit: body.limit }),
      freelancer: body.freelancer ?? workspace.freelancer,
      ...((body.currency ?? workspace.currency) !== undefined && {
        currency: body.currency ?? workspace.currency,
      }),
    });
    return c.json(presentSuggestions(suggestions), 200);
  });

  api.openapi(findingsRoute, async (c) => {
    const query = c.req.valid('query');
    const { workspace } = await snapshots.get(c.get('scope').workspace);
    const findings = evaluateWorkspace(workspace, deps.now()).findings.filter(
      (f) =>
        (query.severity === undefined || f.severity === query.severity) &&
        (query.rule === undefined || f.rule === query.rule),
    );
    return c.json({ items: findings.map(presentFinding) }, 200);
  });
}
