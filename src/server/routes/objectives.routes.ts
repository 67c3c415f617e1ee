import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createObjective, removeObjective, updateObjective } from '../../service/objective.service.js';
import type { AppEnv } from '../env.js';
import { assertMayChange, assertMayEdit, patched } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentObjective } from '../presenters/objective.presenter.js';
import {
  jsonBody,
  jsonResponse,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import { RemoveQuery } from '../schemas/input.schema.js';
import {
  ObjectiveCreateSchema,
  ObjectiveListQuery,
  ObjectiveParam,
  ObjectivePatchSchema,
  ObjectiveSchema,
} from '../schemas/objective.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { parentsSent, reportedAsSent } from './objective-parents.js';
import {
  findObjective,
  keyResultEdit,
  objectiveEvaluations,
  objectiveVersions,
  storedObjective,
} from './okr-reads.js';
import { changeOf, nullsCleared, requirePermission } from './write-context.js';

const errors = readProblems;
const writeErrors = writeProblems;
const tags = ['Objectives'];

const listObjectives = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/objectives',
  tags,
  summary: 'Objectives with their key results, in file order',
  request: { params: WorkspaceParam, query: ObjectiveListQuery },
  responses: {
    200: pageResponse(ObjectiveSchema),
    400: problems[400],
    ...errors,
  },
});

const getObjective = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/objectives/{id}',
  tags,
  summary: 'One objective with its key results and their check-ins',
  request: { params: ObjectiveParam },
  responses: { 200: jsonResponse(ObjectiveSchema, 'The objective'), ...errors },
});

const postObjective = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/objectives',
  tags,
  summary: 'Create an objective, with its key results if given',
  request: { params: WorkspaceParam, body: jsonBody(ObjectiveCreateSchema) },
  responses: { 201: jsonResponse(ObjectiveSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchObjective = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/objectives/{id}',
  tags,
  summary: 'Change an objective (send `version` to be told of a concurrent edit)',
  request: { params: ObjectiveParam, body: jsonBody(ObjectivePatchSchema) },
  responses: {
    200: jsonResponse(ObjectiveSchema, 'The changed objective'),
    400: problems[400],
    ...writeErrors,
  },
});

const deleteObjective = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/objectives/{id}',
  tags,
  summary: 'Archive an objective and its key results, or purge them with `?purge=true` (admins)',
  request: { params: ObjectiveParam, query: RemoveQuery },
  responses: {
    204: { description: 'Archived or purged' },
    400: problems[400],
    ...errors,
    409: problems[409],
  },
});

export function registerObjectiveRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(listObjectives, async (c) => {
    const query = c.req.valid('query');
    const scope = c.get('scope');
    const snapshot = await snapshots.get(scope.workspace);
    const matching = snapshot.workspace.objectives.filter(
      (o) =>
        (query.team === undefined || o.team === query.team) &&
        (query.cycle === undefined || o.cycle === query.cycle) &&
        (query.owner === undefined || o.owner === query.owner),
    );
    const page = paginate(matching, query.cursor, query.limit);
    const versions = await objectiveVersions(deps, scope);
    const evaluations = objectiveEvaluations(snapshot, deps.now());
    const items = page.items.map((o) =>
      presentObjective(o, versions.objectives, versions.keyResults, evaluations.get(o.id)),
    );
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });

  api.openapi(getObjective, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await storedObjective(deps, snapshots, c.get('scope'), id), 200);
  });

  api.openapi(postObjective, async (c) => {
    const scope = c.get('scope');
    const body = c.req.valid('json');
    const created = { kind: 'objective', id: body.id ?? body.title, owner: body.owner, team: body.team };
    assertMayChange(scope, created);
    if (body.keyResults?.length) {
      const { workspace } = await snapshots.get(scope.workspace);
      for (const kr of body.keyResults) assertMayEdit(scope, keyResultEdit(workspace, body, kr));
    }
    const { parent: _one, parents: _many, ...fields } = body;
    const parents = parentsSent(body);
    const made = await reportedAsSent(body, () =>
      createObjective(
        deps.store,
        scope.workspace.slug,
        { ...fields, ...(parents !== undefined && { parents }) },
        changeOf(scope, deps),
      ),
    );
    return c.json(await storedObjective(deps, snapshots, scope, made.objective), 201);
  });

  api.openapi(patchObjective, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const { workspace } = await snapshots.get(scope.workspace);
    const objective = findObjective(workspace, id);
    const before = { kind: 'objective', id, owner: objective.owner, team: objective.team };
    assertMayEdit(scope, {
      before,
      after: {
        ...before,
        owner: patched(objective.owner, fields.owner),
        team: patched(objective.team, fields.team),
      },
    });
    const { parent: _one, parents: _many, ...rest } = fields;
    const parents = parentsSent(fields);
    const patch = { ...nullsCleared(rest), ...(parents !== undefined && { parents }) };
    await reportedAsSent(fields, () =>
      updateObjective(deps.store, scope.workspace.slug, id, patch, version, changeOf(scope, deps)),
    );
    return c.json(await storedObjective(deps, snapshots, scope, id), 200);
  });

  api.openapi(deleteObjective, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { purge, version } = c.req.valid('query');
    const { workspace } = await snapshots.get(scope.workspace);
    const objective = findObjective(workspace, id);
    assertMayChange(scope, { kind: 'objective', id, owner: objective.owner, team: objective.team });
    if (purge) requirePermission(scope, 'manage', 'purge an objective and its key results');
    await removeObjective(
      deps.store,
      scope.workspace.slug,
      id,
      { purge, ...(version !== undefined && { expectedVersion: version }) },
      changeOf(scope, deps),
    );
    return c.body(null, 204);
  });
}
