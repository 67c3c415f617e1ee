import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { cycleToOffer, nextCycleAfter } from '../../core/okr/cycle-length.js';
import { toIsoDate } from '../../core/time.js';
import { createCycle, updateCycle } from '../../service/cycle.service.js';
import { acceptProposal, closeCycle, rejectProposal } from '../../service/cycle-close.service.js';
import { readCycleNotes } from '../../service/cycle-notes.js';
import { cycleClosures, findCycle, reviewCycle } from '../../service/cycle-review.js';
import { NotFoundError } from '../../service/errors.js';
import { recordVersions } from '../../service/record-versions.js';
import { readWorkspaceSettings } from '../../service/workspace-settings.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import type { EventHub } from '../events.js';
import { assertMayChange } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentCycle, presentCycleReview, presentProposal } from '../presenters/cycle.presenter.js';
import {
  jsonBody,
  jsonResponse,
  PageQuery,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
} from '../schemas/common.schema.js';
import {
  CycleCloseSchema,
  CycleCreateSchema,
  CycleParam as CycleIdParam,
  CycleOfferSchema,
  CycleParam,
  CyclePatchSchema,
  CycleReviewSchema,
  CycleSchema,
  ProposalAnswerSchema,
  ProposalParam,
  ProposalSchema,
} from '../schemas/cycle.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { announce, changeOf, decider } from './write-context.js';

const errors = readProblems;
const tags = ['Cycles'];

const listCycles = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/cycles',
  tags,
  summary: 'The workspace cycles, in file order, with whether each is closed',
  request: { params: WorkspaceParam, query: PageQuery },
  responses: {
    200: pageResponse(CycleSchema),
    400: problems[400],
    ...errors,
  },
});

const postCycle = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/cycles',
  tags,
  summary: 'Add a cycle: a quarter, a half, a year or custom dates (admins)',
  request: { params: WorkspaceParam, body: jsonBody(CycleCreateSchema) },
  responses: {
    201: jsonResponse(CycleSchema, 'Created'),
    400: problems[400],
    ...errors,
    409: problems[409],
    413: problems[413],
    415: problems[415],
    422: problems[422],
  },
});

const patchCycle = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/cycles/{id}',
  tags,
  summary: 'Move a cycle’s dates (admins); a closed cycle keeps its dates',
  request: { params: CycleIdParam, body: jsonBody(CyclePatchSchema) },
  responses: {
    200: jsonResponse(CycleSchema, 'The changed cycle'),
    400: problems[400],
    ...errors,
    409: problems[409],
    413: problems[413],
    415: problems[415],
    422: problems[422],
  },
});

const nextRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/cycles/next',
  tags,
  summary: 'The cycle to plan next, by the workspace’s cycle length, and whether to offer it now',
  request: { params: WorkspaceParam },
  responses: { 200: jsonResponse(CycleOfferSchema, 'The next cycle'), ...errors },
});

const closeRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/cycles/{id}/close',
  tags,
  summary: 'Close a cycle: grade its objectives and propose ratchets (admins)',
  description:
    'Grades and proposals are as of the cycle’s last day: closing early ends the cycle with what is known now. ' +
    'Closing again answers the same review with each proposal’s state. ' +
    'Notes (what we achieved, learned, do next) are stored in the same transaction.',
  request: {
    params: CycleParam,
    body: { required: false, content: { 'application/json': { schema: CycleCloseSchema } } },
  },
  responses: {
    200: jsonResponse(CycleReviewSchema, 'The review'),
    ...errors,
    415: problems[415],
    422: problems[422],
  },
});

const reviewRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/cycles/{id}/review',
  tags,
  summary: 'A cycle’s review: grades, ratchet proposals with their answers, and the notes',
  description:
    'Grades and proposals as of the cycle’s last day, as closing computes them; readable by every role. ' +
    'For an open cycle, closedAt and notes are null.',
  request: { params: CycleParam },
  responses: { 200: jsonResponse(CycleReviewSchema, 'The review'), ...errors },
});

const answerRoute = (answer: 'accept' | 'reject') =>
  createRoute({
    method: 'post',
    path: `/workspaces/{ws}/cycles/{id}/proposals/{kr}/${answer}`,
    tags,
    summary:
      answer === 'accept'
        ? 'Accept a ratchet: the KPI’s healthy bound moves to the key result’s target'
        : 'Decline a ratchet: the KPI keeps its range',
    description:
      answer === 'accept'
        ? 'In one transaction: the bound moves, the move joins the threshold history, a decision records it.'
        : 'Records a decision saying so, with the reason if given.',
    request: {
      params: ProposalParam,
      body: { required: false, content: { 'application/json': { schema: ProposalAnswerSchema } } },
    },
    responses: {
      200: jsonResponse(ProposalSchema, 'The proposal with its new state'),
      ...errors,
      409: problems[409],
      415: problems[415],
      422: problems[422],
    },
  });

export function registerCycleRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  events: EventHub,
): void {
  async function presentStored(scope: WorkspaceScope, ids: readonly string[] | null) {
    const { workspace } = await snapshots.get(scope.workspace);
    const [closures, versions] = await Promise.all([
      cycleClosures(deps.store, scope.workspace.slug),
      recordVersions(deps.store, scope.workspace.id, 'cycles'),
    ]);
    return workspace.cycles
      .filter((cycle) => ids === null || ids.includes(cycle.id))
      .map((cycle) => presentCycle(cycle, closures.get(cycle.id), versions.get(cycle.id) ?? 1));
  }

  api.openapi(listCycles, async (c) => {
    const query = c.req.valid('query');
    const page = paginate(await presentStored(c.get('scope'), null), query.cursor, query.limit);
    return c.json(page, 200);
  });

  api.openapi(postCycle, async (c) => {
    const scope = c.get('scope');
    const key = await createCycle(
      deps.store,
      scope.workspace.slug,
      c.req.valid('json'),
      changeOf(scope, deps),
    );
    const [created] = await presentStored(scope, [key]);
    if (!created) throw new NotFoundError('cycle', key);
    return c.json(created, 201);
  });

  // Registered before `{id}` routes would be, so `next` is never read as a cycle id.
  api.openapi(nextRoute, async (c) => {
    const scope = c.get('scope');
    const [{ workspace }, settings] = await Promise.all([
      snapshots.get(scope.workspace),
      readWorkspaceSettings(deps.store, scope.workspace.slug),
    ]);
    const today = toIsoDate(deps.now());
    const latest = [...workspace.cycles].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
    const offer = cycleToOffer(workspace.cycles, settings.cycleLength, today);
    return c.json(
      {
        cycleLength: settings.cycleLength,
        next: offer ?? nextCycleAfter(latest, settings.cycleLength, today),
        offerNow: offer !== undefined,
      },
      200,
    );
  });

  api.openapi(patchCycle, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...patch } = c.req.valid('json');
    await updateCycle(deps.store, scope.workspace.slug, id, patch, version, changeOf(scope, deps));
    const [changed] = await presentStored(scope, [id]);
    if (!changed) throw new NotFoundError('cycle', id);
    return c.json(changed, 200);
  });

  api.openapi(closeRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { notes } = c.req.valid('json');
    const slug = scope.workspace.slug;
    const review = await closeCycle(deps.store, slug, id, changeOf(scope, deps), notes);
    announce(events, scope, 'cycle', id);
    return c.json(presentCycleReview(review, await readCycleNotes(deps.store, slug, id)), 200);
  });

  api.openapi(reviewRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const slug = scope.workspace.slug;
    const { workspace } = await snapshots.get(scope.workspace);
    const review = await reviewCycle(deps.store, slug, workspace, findCycle(workspace, id), deps.now());
    return c.json(presentCycleReview(review, await readCycleNotes(deps.store, slug, id)), 200);
  });

  for (const answer of ['accept', 'reject'] as const) {
    api.openapi(answerRoute(answer), async (c) => {
      const scope = c.get('scope');
      const { id, kr } = c.req.valid('param');
      const { reason, by: named } = c.req.valid('json');
      const { workspace } = await snapshots.get(scope.workspace);
      const linked = workspace.objectives.flatMap((o) => o.keyResults).find((k) => k.id === kr);
      const kpi = workspace.kpis.find((k) => k.id === linked?.kpi);
      if (kpi) assertMayChange(scope, { kind: 'KPI', id: kpi.id, owner: kpi.owner, team: kpi.team });
      const run = answer === 'accept' ? acceptProposal : rejectProposal;
      const by = decider(scope, named);
      const proposal = await run(
        deps.store,
        scope.workspace.slug,
        id,
        kr,
        { by, ...(reason && { reason }) },
        changeOf(scope, deps),
      );
      announce(events, scope, 'kpi', proposal.kpi);
      return c.json(
        presentProposal({ ...proposal, state: answer === 'accept' ? 'accepted' : 'rejected' }),
        200,
      );
    });
  }
}
