import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../service/errors.js';
import { createPerson, personRoles } from '../../service/person.service.js';
import { removePerson, updatePerson } from '../../service/person-edit.service.js';
import { recordVersions } from '../../service/record-versions.js';
import { createTeam, updateTeam } from '../../service/team.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { paginate } from '../paginate.js';
import { presentPerson, presentTeam } from '../presenters/directory.presenter.js';
import {
  jsonBody,
  jsonResponse,
  PageQuery,
  pageResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import {
  PersonCreateSchema,
  PersonParam,
  PersonPatchSchema,
  PersonRemovedSchema,
  PersonRemoveQuery,
  PersonSchema,
  TeamCreateSchema,
  TeamParam,
  TeamPatchSchema,
  TeamSchema,
} from '../schemas/directory.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { changeOf, nullsCleared } from './write-context.js';

const errors = readProblems;
const writeErrors = writeProblems;

const listTeams = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/teams',
  tags: ['Teams and people'],
  summary: 'Teams, in file order (a tree through `parent`)',
  request: { params: WorkspaceParam, query: PageQuery },
  responses: { 200: pageResponse(TeamSchema), 400: problems[400], ...errors },
});

const postTeam = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/teams',
  tags: ['Teams and people'],
  summary: 'Add a team (admins)',
  request: { params: WorkspaceParam, body: jsonBody(TeamCreateSchema) },
  responses: { 201: jsonResponse(TeamSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchTeam = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/teams/{id}',
  tags: ['Teams and people'],
  summary: 'Rename a team or move it in the tree (admins)',
  request: { params: TeamParam, body: jsonBody(TeamPatchSchema) },
  responses: { 200: jsonResponse(TeamSchema, 'The changed team'), 400: problems[400], ...writeErrors },
});

const listPeople = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/people',
  tags: ['Teams and people'],
  summary: 'People of the workspace, with the role of their account',
  request: { params: WorkspaceParam, query: PageQuery },
  responses: { 200: pageResponse(PersonSchema), 400: problems[400], ...errors },
});

const postPerson = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/people',
  tags: ['Teams and people'],
  summary: 'Add a person (admins); a role goes to the account with the same email',
  request: { params: WorkspaceParam, body: jsonBody(PersonCreateSchema) },
  responses: { 201: jsonResponse(PersonSchema, 'Created'), 400: problems[400], ...writeErrors },
});

const patchPerson = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/people/{id}',
  tags: ['Teams and people'],
  summary: 'Rename a person or change the role of their account (admins)',
  description:
    'Send the `version` you read; a newer stored version answers 409. Changing a role follows the role rule ' +
    '(docs/security.md, "Roles"): the last owner can never be demoted.',
  request: { params: PersonParam, body: jsonBody(PersonPatchSchema) },
  responses: { 200: jsonResponse(PersonSchema, 'The changed person'), 400: problems[400], ...writeErrors },
});

const deletePerson = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/people/{id}',
  tags: ['Teams and people'],
  summary: 'Remove a person from the workspace (admins)',
  description:
    'Their sign-in here ends and the person is archived; the records they owned stay, without an owner. ' +
    'The last owner can never be removed (409).',
  request: { params: PersonParam, query: PersonRemoveQuery },
  responses: {
    200: jsonResponse(PersonRemovedSchema, 'Removed'),
    400: problems[400],
    ...errors,
    409: problems[409],
  },
});

export function registerDirectoryRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  async function teams(scope: WorkspaceScope) {
    const { workspace } = await snapshots.get(scope.workspace);
    const versions = await recordVersions(deps.store, scope.workspace.id, 'teams');
    return workspace.teams.map((t) => presentTeam(t, versions.get(t.id) ?? 1));
  }

  async function people(scope: WorkspaceScope) {
    const { workspace } = await snapshots.get(scope.workspace);
    const [versions, roles] = await Promise.all([
      recordVersions(deps.store, scope.workspace.id, 'people'),
      personRoles(deps.store, scope.workspace.id),
    ]);
    return workspace.people
      .filter((p) => p.left === undefined)
      .map((p) => presentPerson(p, roles.get(p.id), versions.get(p.id) ?? 1));
  }

  const find = <T extends { id: string }>(items: readonly T[], id: string, entity: string): T => {
    const item = items.find((i) => i.id === id);
    if (!item) throw new NotFoundError(entity, id);
    return item;
  };

  api.openapi(listTeams, async (c) => {
    const query = c.req.valid('query');
    return c.json(paginate(await teams(c.get('scope')), query.cursor, query.limit), 200);
  });

  api.openapi(postTeam, async (c) => {
    const scope = c.get('scope');
    const key = await createTeam(
      deps.store,
      scope.workspace.slug,
      c.req.valid('json'),
      changeOf(scope, deps),
    );
    return c.json(find(await teams(scope), key, 'team'), 201);
  });

  api.openapi(patchTeam, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    find(await teams(scope), id, 'team');
    await updateTeam(
      deps.store,
      scope.workspace.slug,
      id,
      nullsCleared(fields),
      version,
      changeOf(scope, deps),
    );
    return c.json(find(await teams(scope), id, 'team'), 200);
  });

  api.openapi(listPeople, async (c) => {
    const query = c.req.valid('query');
    return c.json(paginate(await people(c.get('scope')), query.cursor, query.limit), 200);
  });

  api.openapi(patchPerson, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const change = changeOf(scope, deps);
    await updatePerson(deps.store, scope.workspace.slug, id, fields, version, change, scope.role ?? 'viewer');
    return c.json(find(await people(scope), id, 'person'), 200);
  });

  api.openapi(deletePerson, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('query');
    const change = changeOf(scope, deps);
    const removed = await removePerson(
      deps.store,
      scope.workspace.slug,
      id,
      version,
      change,
      scope.role ?? 'viewer',
    );
    return c.json({ unowned: [...removed.unowned] }, 200);
  });

  api.openapi(postPerson, async (c) => {
    const scope = c.get('scope');
    const body = c.req.valid('json');
    // Tokens never manage people, so the workspace scope let in a member with a role.
    const created = await createPerson(
      deps.store,
      scope.workspace.slug,
      body,
      changeOf(scope, deps),
      scope.role ?? 'viewer',
    );
    return c.json(find(await people(scope), created.key, 'person'), 201);
  });
}
