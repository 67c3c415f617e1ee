import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Initiative } from '../../core/model.js';
import { NotFoundError } from '../../service/errors.js';
import { createInitiative, updateInitiative } from '../../service/initiative.service.js';
import { recordVersions } from '../../service/record-versions.js';
import { hoursByInitiative } from '../../service/time-entry.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { assertMayChange, assertMayEdit, patched } from '../middleware/workspace-scope.js';
import { paginate } from '../paginate.js';
import { presentInitiative } from '../presenters/initiative.presenter.js';
import {
  jsonBody,
  jsonResponse,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import {
  InitiativeCreateSchema,
  InitiativeListQuery,
  InitiativeParam,
  InitiativePatchSchema,
  InitiativeSchema,
} from '../schemas/initiative.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { changeOf, nullsCleared } from './write-context.js';

const errors = readProblems;
const writeErrors = writeProblems;
const tags = ['Initiatives'];

const listRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/initiatives',
  tags,
  summary: 'Initiatives with the hours logged, in file order',
  request: { params: WorkspaceParam, query: InitiativeListQuery },
  responses: {
    200: pageResponse(InitiativeSchema),
    400: problems[400],
    ...errors,
  },
});

const postRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/initiatives',
  tags,
  summary: 'Start an initiative: work that should move one or more key results',
  request: { params: WorkspaceParam, body: jsonBody(InitiativeCreateSchema) },
  responses: { 201: jsonResponse(InitiativeSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/initiatives/{id}',
  tags,
  summary: 'Change an initiative: status, owner, due date, the key results it drives',
  request: { params: InitiativeParam, body: jsonBody(InitiativePatchSchema) },
  responses: {
    200: jsonResponse(InitiativeSchema, 'The changed initiative'),
    400: problems[400],
    ...writeErrors,
  },
});

export function registerInitiativeRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  async function stored(scope: WorkspaceScope) {
    const { workspace } = await snapshots.get(scope.workspace);
    const [versions, hours] = await Promise.all([
      recordVersions(deps.store, scope.workspace.id, 'initiatives'),
      hoursByInitiative(deps.store, scope.workspace.slug),
    ]);
    const present = (i: Initiative) => presentInitiative(i, hours.get(i.id) ?? 0, versions.get(i.id) ?? 1);
    return { initiatives: workspace.initiatives, present };
  }

  async function one(scope: WorkspaceScope, id: string) {
    const { initiatives, present } = await stored(scope);
    const initiative = initiatives.find((i) => i.id === id);
    if (!initiative) throw new NotFoundError('initiative', id, 'GET /initiatives lists them.');
    return { initiative, presented: present(initiative) };
  }

  api.openapi(listRoute, async (c) => {
    const query = c.req.valid('query');
    const { initiatives, present } = await stored(c.get('scope'));
    const matching = initiatives.filter(
      (i) =>
        (query.owner === undefined || i.owner === query.owner) &&
        (query.status === undefined || i.status === query.status) &&
        (query.keyResult === undefined || i.keyResults.includes(query.keyResult)),
    );
    const page = paginate(matching, query.cursor, query.limit);
    return c.json({ items: page.items.map(present), nextCursor: page.nextCursor }, 200);
  });

  api.openapi(postRoute, async (c) => {
    const scope = c.get('scope');
    const body = c.req.valid('json');
    assertMayChange(scope, { kind: 'initiative', id: body.id ?? body.title, owner: body.owner });
    const key = await createInitiative(deps.store, scope.workspace.slug, body, changeOf(scope, deps));
    return c.json((await one(scope, key)).presented, 201);
  });

  api.openapi(patchRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const { initiative } = await one(scope, id);
    const before = { kind: 'initiative', id, owner: initiative.owner };
    assertMayEdit(scope, { before, after: { ...before, owner: patched(initiative.owner, fields.owner) } });
    await updateInitiative(
      deps.store,
      scope.workspace.slug,
      id,
      nullsCleared(fields),
      version,
      changeOf(scope, deps),
    );
    return c.json((await one(scope, id)).presented, 200);
  });
}
