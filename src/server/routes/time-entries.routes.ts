import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../service/errors.js';
import {
  deleteTimeEntry,
  getTimeEntry,
  listTimeEntries,
  logTime,
  type TimeEntryRecord,
  updateTimeEntry,
} from '../../service/time-entry.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { presentTimeEntry } from '../presenters/time-entry.presenter.js';
import { HttpProblem } from '../problem.js';
import { jsonBody, jsonResponse, problems, readProblems, writeProblems } from '../schemas/common.schema.js';
import {
  InitiativeParam,
  TimeEntryCreateSchema,
  TimeEntryListSchema,
  TimeEntryParam,
  TimeEntryPatchSchema,
  TimeEntrySchema,
  TimeEntryVersionQuery,
} from '../schemas/initiative.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { changeOf, nullsCleared } from './write-context.js';

const tags = ['Time entries'];

const listRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/initiatives/{id}/time-entries',
  tags,
  summary: 'Hours logged on an initiative, in the order logged, with the totals',
  request: { params: InitiativeParam },
  responses: { 200: jsonResponse(TimeEntryListSchema, 'The entries and totals'), ...readProblems },
});

const postRoute = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/initiatives/{id}/time-entries',
  tags,
  summary: 'Log hours on an initiative (editors log their own)',
  request: { params: InitiativeParam, body: jsonBody(TimeEntryCreateSchema) },
  responses: { 201: jsonResponse(TimeEntrySchema, 'Logged'), 400: problems[400], ...writeProblems },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/time-entries/{entry}',
  tags,
  summary: 'Change a time entry: date, hours, billable, note (editors change their own)',
  request: { params: TimeEntryParam, body: jsonBody(TimeEntryPatchSchema) },
  responses: {
    200: jsonResponse(TimeEntrySchema, 'The changed entry'),
    400: problems[400],
    ...writeProblems,
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/time-entries/{entry}',
  tags,
  summary: 'Delete a time entry (it leaves the totals; the audit log keeps it)',
  request: { params: TimeEntryParam, query: TimeEntryVersionQuery },
  responses: { 204: { description: 'Deleted' }, 400: problems[400], ...writeProblems },
});

/** The entry, unless it was deleted (archived). */
async function liveEntry(deps: ServerDeps, scope: WorkspaceScope, entry: number): Promise<TimeEntryRecord> {
  const found = await getTimeEntry(deps.store, scope.workspace.slug, entry);
  if (found.archivedAt !== undefined) throw new NotFoundError('time entry', String(entry), 'It was deleted.');
  return found;
}

/** Editors log and change only their own hours; admins and write tokens anyone's. */
function assertOwnHours(scope: WorkspaceScope, person: string): void {
  if (scope.role === 'editor' && person !== scope.person) {
    throw new HttpProblem(403, 'As an editor you log your own hours; ask an admin to change someone else’s.');
  }
}

export function registerTimeEntryRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(listRoute, async (c) => {
    const { id } = c.req.valid('param');
    const entries = await listTimeEntries(deps.store, c.get('scope').workspace.slug, { initiative: id });
    const sum = (list: readonly TimeEntryRecord[]) => list.reduce((total, t) => total + t.hours, 0);
    return c.json(
      {
        items: entries.map(presentTimeEntry),
        totals: { hours: sum(entries), billableHours: sum(entries.filter((t) => t.billable)) },
      },
      200,
    );
  });

  api.openapi(postRoute, async (c) => {
    const scope = c.get('scope');
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const person = body.person ?? scope.person;
    if (person === undefined || person === null) {
      throw new HttpProblem(422, 'Say whose hours these are.', {
        errors: [{ path: 'body.person', message: 'name the person (your account is not linked to one)' }],
      });
    }
    assertOwnHours(scope, person);
    const entry = await logTime(
      deps.store,
      scope.workspace.slug,
      id,
      { ...body, person },
      changeOf(scope, deps),
    );
    return c.json(presentTimeEntry(entry), 201);
  });

  api.openapi(patchRoute, async (c) => {
    const scope = c.get('scope');
    const { entry } = c.req.valid('param');
    const { version, ...fields } = c.req.valid('json');
    const before = await liveEntry(deps, scope, entry);
    assertOwnHours(scope, before.person);
    if (fields.person !== undefined) assertOwnHours(scope, fields.person);
    const changed = await updateTimeEntry(
      deps.store,
      scope.workspace.slug,
      entry,
      nullsCleared(fields),
      version ?? before.version,
      changeOf(scope, deps),
    );
    return c.json(presentTimeEntry(changed), 200);
  });

  api.openapi(deleteRoute, async (c) => {
    const scope = c.get('scope');
    const { entry } = c.req.valid('param');
    const before = await liveEntry(deps, scope, entry);
    assertOwnHours(scope, before.person);
    const version = c.req.valid('query').version ?? before.version;
    await deleteTimeEntry(deps.store, scope.workspace.slug, entry, version, changeOf(scope, deps));
    return c.body(null, 204);
  });
}
