import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { inboxOf, markRead } from '../../service/notify/inbox.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { HttpProblem } from '../problem.js';
import {
  jsonBody,
  jsonResponse,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { changeOf } from './write-context.js';

const InboxItemSchema = z
  .object({
    id: z.number().int(),
    event: z.string().openapi({ example: 'kpi.breached' }),
    title: z.string().openapi({ example: 'Firing: Refund rate is in breach' }),
    detail: z.string(),
    about: z
      .object({ entity: z.string(), id: z.string() })
      .nullable()
      .openapi({ description: 'What it is about, e.g. `{entity: "kpi", id: "refund-rate"}`.' }),
    at: z.string().datetime(),
    read: z.boolean(),
  })
  .openapi('InboxItem');

const InboxSchema = z
  .object({
    unread: z.number().int(),
    items: z.array(InboxItemSchema),
  })
  .openapi('Inbox');

const inbox = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/inbox',
  tags: ['Inbox'],
  summary: 'Your in-app notifications, newest first, and how many are unread',
  description:
    'The signed-in person’s (empty for a member not linked to a person, and for API tokens). ' +
    'The event stream tells `{type: "changed", entity: "inbox", id: <person>}` when it changes.',
  request: {
    params: WorkspaceParam,
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).optional() }),
  },
  responses: { 200: jsonResponse(InboxSchema, 'The inbox'), ...readProblems },
});

const read = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/inbox/read',
  tags: ['Inbox'],
  summary: 'Mark your notifications read: those named, or all',
  request: {
    params: WorkspaceParam,
    body: jsonBody(
      z.object({
        ids: z
          .array(z.number().int())
          .max(500)
          .optional()
          .openapi({ description: 'The items to mark read; leave out to mark all.' }),
      }),
    ),
  },
  responses: {
    200: jsonResponse(z.object({ unread: z.number().int() }), 'How many are still unread'),
    ...writeProblems,
  },
});

function personOf(scope: WorkspaceScope): string | null {
  return scope.principal.kind === 'token' ? null : scope.person;
}

export function registerInboxRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(inbox, async (c) => {
    const scope = c.get('scope');
    const person = personOf(scope);
    if (person === null) return c.json({ unread: 0, items: [] }, 200);
    const found = await inboxOf(deps.store, scope.workspace.slug, person, c.req.valid('query').limit);
    return c.json(
      { unread: found.unread, items: found.items.map((i) => ({ ...i, at: new Date(i.at).toISOString() })) },
      200,
    );
  });

  api.openapi(read, async (c) => {
    const scope = c.get('scope');
    const person = personOf(scope);
    if (person === null) {
      throw new HttpProblem(
        403,
        'You have no inbox here: your membership is not linked to a person in this workspace. Ask an admin to link you.',
      );
    }
    const unread = await markRead(
      deps.store,
      scope.workspace.slug,
      person,
      c.req.valid('json').ids,
      changeOf(scope, deps),
    );
    return c.json({ unread }, 200);
  });
}
