import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createCheckIn, listCheckIns } from '../../service/check-in.service.js';
import { createKeyResult, removeKeyResult, updateKeyResult } from '../../service/key-result.service.js';
import type { AppEnv } from '../env.js';
import { assertMayChange, assertMayEdit, patched } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentCheckIn } from '../presenters/objective.presenter.js';
import {
  jsonBody,
  jsonResponse,
  PageQuery,
  pageResponse,
  problems,
  readProblems,
  writeProblems,
} from '../schemas/common.schema.js';
import { RemoveQuery } from '../schemas/input.schema.js';
import {
  CheckInCreateSchema,
  CheckInSchema,
  KeyResultCreateSchema,
  KeyResultParam,
  KeyResultPatchSchema,
  KeyResultSchema,
  ObjectiveParam,
} from '../schemas/objective.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import {
  findKeyResult,
  findObjective,
  keyResultEdit,
  keyResultOwnership,
  storedKeyResult,
} from './okr-reads.js';
import { changeOf, nullsCleared, requirePermission } from './write-context.js';

const errors = readProblems;
const writeErrors = writeProblems;
const tags = ['Key results'];

const postKeyResult = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/objectives/{id}/key-results',
  tags,
  summary: 'Add a key result to an objective',
  request: { params: ObjectiveParam, body: jsonBody(KeyResultCreateSchema) },
  responses: { 201: jsonResponse(KeyResultSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchKeyResult = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/key-results/{id}',
  tags,
  summary: 'Change a key result',
  description:
    'Moving the target or baseline needs a `reason`, kept in the audit log with the old and new numbers. ' +
    'Send `version` to be told (409) when someone else changed it first.',
  request: { params: KeyResultParam, body: jsonBody(KeyResultPatchSchema) },
  responses: {
    200: jsonResponse(KeyResultSchema, 'The changed key result'),
    400: problems[400],
    ...writeErrors,
  },
});

const deleteKeyResult = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/key-results/{id}',
  tags,
  summary: 'Archive a key result, or purge it with its check-ins with `?purge=true` (admins)',
  request: { params: KeyResultParam, query: RemoveQuery },
  responses: {
    204: { description: 'Archived or purged' },
    400: problems[400],
    ...errors,
    409: problems[409],
  },
});

const listKrCheckIns = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/key-results/{id}/check-ins',
  tags: ['Check-ins'],
  summary: 'A key result’s check-ins, in the order recorded',
  request: { params: KeyResultParam, query: PageQuery },
  responses: {
    200: pageResponse(CheckInSchema),
    400: problems[400],
    ...errors,
  },
});

const postCheckIn = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/key-results/{id}/check-ins',
  tags: ['Check-ins'],
  summary: 'Check in on a key result: value, confidence (0–1), note, blockers',
  request: { params: KeyResultParam, body: jsonBody(CheckInCreateSchema) },
  responses: { 201: jsonResponse(CheckInSchema, 'Recorded'), 400: problems[400], ...writeErrors },
});

export function registerKeyResultRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  async function ownedKeyResult(scope: Parameters<typeof assertMayChange>[0], id: string) {
    const { workspace } = await snapshots.get(scope.workspace);
    const found = findKeyResult(workspace, id);
    assertMayChange(scope, keyResultOwnership(found.objective, found.keyResult));
    return found;
  }

  api.openapi(postKeyResult, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const { workspace } = await snapshots.get(scope.workspace);
    const objective = findObjective(workspace, id);
    assertMayChange(scope, { kind: 'objective', id, owner: objective.owner, team: objective.team });
    assertMayEdit(scope, keyResultEdit(workspace, objective, body));
    const key = await createKeyResult(deps.store, scope.workspace.slug, id, body, changeOf(scope, deps));
    return c.json(await storedKeyResult(deps, snapshots, scope, key), 201);
  });

  api.openapi(patchKeyResult, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const { workspace } = await snapshots.get(scope.workspace);
    const { objective, keyResult } = findKeyResult(workspace, id);
    const after = {
      id,
      owner: patched(keyResult.owner, fields.owner),
      kpi: patched(keyResult.kpi, fields.kpi),
    };
    assertMayEdit(scope, keyResultEdit(workspace, objective, after, keyResult));
    await updateKeyResult(
      deps.store,
      scope.workspace.slug,
      id,
      nullsCleared(fields),
      version,
      changeOf(scope, deps),
    );
    return c.json(await storedKeyResult(deps, snapshots, scope, id), 200);
  });

  api.openapi(deleteKeyResult, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { purge, version } = c.req.valid('query');
    await ownedKeyResult(scope, id);
    if (purge) requirePermission(scope, 'manage', 'purge a key result and its check-ins');
    await removeKeyResult(
      deps.store,
      scope.workspace.slug,
      id,
      { purge, ...(version !== undefined && { expectedVersion: version }) },
      changeOf(scope, deps),
    );
    return c.body(null, 204);
  });

  api.openapi(listKrCheckIns, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const { workspace } = await snapshots.get(scope.workspace);
    findKeyResult(workspace, id);
    const checkIns = await listCheckIns(deps.store, scope.workspace.slug, { keyResult: id });
    const page = paginate(checkIns, query.cursor, query.limit);
    return c.json({ items: page.items.map(presentCheckIn), nextCursor: page.nextCursor }, 200);
  });

  api.openapi(postCheckIn, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { at, ...body } = c.req.valid('json');
    await ownedKeyResult(scope, id);
    const change = changeOf(scope, deps);
    const checkIn = { ...body, at: at ?? deps.now() };
    const created = await createCheckIn(deps.store, scope.workspace.slug, id, checkIn, change);
    return c.json(presentCheckIn(created), 201);
  });
}
