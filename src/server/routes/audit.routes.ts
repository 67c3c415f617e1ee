import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listAuditLog } from '../../service/audit.service.js';
import type { AppEnv } from '../env.js';
import { HttpProblem } from '../problem.js';
import { pageResponse, problems, WorkspaceParam } from '../schemas/common.schema.js';
import { AuditEntrySchema, AuditQuery } from '../schemas/directory.schema.js';
import type { ServerDeps } from '../server-deps.js';

const auditRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/audit',
  tags: ['Audit'],
  summary: 'Who changed what, newest first',
  request: { params: WorkspaceParam, query: AuditQuery },
  responses: {
    200: pageResponse(AuditEntrySchema),
    400: problems[400],
    401: problems[401],
    403: problems[403],
    404: problems[404],
  },
});

export function registerAuditRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  api.openapi(auditRoute, async (c) => {
    const query = c.req.valid('query');
    // The cursor is the id of the last entry served; the log only grows, so it never goes stale.
    const beforeId =
      query.cursor === undefined ? undefined : Number(Buffer.from(query.cursor, 'base64url').toString());
    if (beforeId !== undefined && !Number.isSafeInteger(beforeId)) {
      throw new HttpProblem(400, 'This cursor is not one the audit log gave; start again without it.', {
        errors: [{ path: 'query.cursor', message: 'unknown cursor' }],
      });
    }
    const entries = await listAuditLog(deps.store, c.get('scope').workspace.slug, {
      ...(query.entity !== undefined && { entity: query.entity }),
      ...(query.entityId !== undefined && { entityId: query.entityId }),
      ...(beforeId !== undefined && { beforeId }),
      limit: query.limit + 1,
    });
    const items = entries.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor =
      entries.length > query.limit && last ? Buffer.from(String(last.id)).toString('base64url') : null;
    return c.json(
      {
        items: items.map((e) => ({
          id: e.id,
          actor: e.actor,
          at: new Date(e.at).toISOString(),
          entity: e.entity,
          entityId: e.entityId,
          action: e.action,
          before: e.before ?? null,
          after: e.after ?? null,
        })),
        nextCursor,
      },
      200,
    );
  });
}
