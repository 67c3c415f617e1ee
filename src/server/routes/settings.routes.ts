import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { readWorkspaceSettings, updateWorkspaceSettings } from '../../service/workspace-settings.service.js';
import type { AppEnv } from '../env.js';
import {
  jsonBody,
  jsonResponse,
  problems,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import { WorkspaceSettingsPatchSchema, WorkspaceSettingsSchema } from '../schemas/settings.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { changeOf } from './write-context.js';

const tags = ['Workspace'];

const getSettings = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/settings',
  tags,
  summary: 'The workspace’s name, locale, currency, week start and cycle length',
  request: { params: WorkspaceParam },
  responses: { 200: jsonResponse(WorkspaceSettingsSchema, 'The settings'), ...readProblems },
});

const patchSettings = createRoute({
  method: 'patch',
  path: '/workspaces/{ws}/settings',
  tags,
  summary: 'Change the workspace’s name, locale, currency, week start or cycle length (admins)',
  description: 'The slug stays when the name changes, so links keep working. A stale version answers 409.',
  request: { params: WorkspaceParam, body: jsonBody(WorkspaceSettingsPatchSchema) },
  responses: {
    200: jsonResponse(WorkspaceSettingsSchema, 'The changed settings'),
    400: problems[400],
    ...writeProblems,
  },
});

export function registerSettingsRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(getSettings, async (c) => {
    const scope = c.get('scope');
    return c.json(await readWorkspaceSettings(deps.store, scope.workspace.slug), 200);
  });

  api.openapi(patchSettings, async (c) => {
    const scope = c.get('scope');
    const { version, ...patch } = c.req.valid('json');
    const settings = await updateWorkspaceSettings(
      deps.store,
      scope.workspace.slug,
      patch,
      version,
      changeOf(scope, deps),
    );
    return c.json(settings, 200);
  });
}
