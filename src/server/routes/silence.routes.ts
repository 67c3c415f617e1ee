import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { personDeliveryLog, sendTestEmail } from '../../service/notify/delivery-log.service.js';
import { preferencesOf, savePreferences } from '../../service/notify/preference.service.js';
import { silenceKpi, unsilenceKpi } from '../../service/notify/silence.service.js';
import type { AppEnv, WorkspaceScope } from '../env.js';
import { presentAttempt, presentDeliveryLog } from '../presenters/notify.presenter.js';
import { HttpProblem } from '../problem.js';
import {
  jsonBody,
  jsonResponse,
  readProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import { KpiParam } from '../schemas/kpi.schema.js';
import {
  DeliveryAttemptSchema,
  DeliveryLogSchema,
  NotifyPreferencesSchema,
  SilenceInputSchema,
  SilenceSchema,
} from '../schemas/notify.schema.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';
import { assertMayChangeKpi } from './kpis.routes.js';
import { changeOf } from './write-context.js';

const PersonParam = WorkspaceParam.extend({
  id: KpiParam.shape.id.openapi({ param: { name: 'id', in: 'path' }, example: 'priya' }),
});

const silence = createRoute({
  method: 'put',
  path: '/workspaces/{ws}/kpis/{id}/silence',
  tags: ['Alerts'],
  summary: 'Silence a KPI’s notices until a time, with a reason (shown on its alerts)',
  request: { params: KpiParam, body: jsonBody(SilenceInputSchema) },
  responses: { 200: jsonResponse(SilenceSchema, 'The silence'), ...writeProblems },
});

const unsilence = createRoute({
  method: 'delete',
  path: '/workspaces/{ws}/kpis/{id}/silence',
  tags: ['Alerts'],
  summary: 'End a KPI’s silence now',
  request: { params: KpiParam },
  responses: { 204: { description: 'Ended' }, ...readProblems },
});

const getPreferences = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/people/{id}/notifications',
  tags: ['Alerts'],
  summary: 'How a person hears of alerts: email, time zone, quiet hours',
  request: { params: PersonParam },
  responses: { 200: jsonResponse(NotifyPreferencesSchema, 'The settings'), ...readProblems },
});

const putPreferences = createRoute({
  method: 'put',
  path: '/workspaces/{ws}/people/{id}/notifications',
  tags: ['Alerts'],
  summary: 'Set how a person hears of alerts (the person themself, or an admin)',
  request: { params: PersonParam, body: jsonBody(NotifyPreferencesSchema) },
  responses: { 200: jsonResponse(NotifyPreferencesSchema, 'Saved'), ...writeProblems },
});

const personDeliveries = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/people/{id}/notifications/deliveries',
  tags: ['Alerts'],
  summary: 'The email Ratchet sent a person: waiting messages and every attempt, newest first',
  description: 'The person themself or an admin.',
  request: { params: PersonParam },
  responses: { 200: jsonResponse(DeliveryLogSchema, 'The log'), ...readProblems },
});

const testEmail = createRoute({
  method: 'post',
  path: '/workspaces/{ws}/people/{id}/notifications/test',
  tags: ['Alerts'],
  summary: 'Email a person a test message now; answers with how it went',
  description: 'The person themself or an admin. Logged in their delivery log, never retried.',
  request: { params: PersonParam },
  responses: { 200: jsonResponse(DeliveryAttemptSchema, 'The attempt, as logged'), ...writeProblems },
});

/** A person's notification settings and email log are theirs and their admins'. */
function assertSelfOrAdmin(scope: WorkspaceScope, person: string, what: string): void {
  const admin = scope.role === 'admin' || scope.role === 'owner';
  if (!admin && scope.person !== person) {
    throw new HttpProblem(403, `Only the person themself or an admin can ${what}.`);
  }
}

export function registerSilenceRoutes(
  api: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
): void {
  api.openapi(silence, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    await assertMayChangeKpi(snapshots, scope, id);
    const body = c.req.valid('json');
    const saved = await silenceKpi(
      deps.store,
      scope.workspace.slug,
      id,
      { until: Date.parse(body.until), reason: body.reason },
      changeOf(scope, deps),
    );
    return c.json(
      { ...saved, until: new Date(saved.until).toISOString(), at: new Date(saved.at).toISOString() },
      200,
    );
  });

  api.openapi(unsilence, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    await assertMayChangeKpi(snapshots, scope, id);
    await unsilenceKpi(deps.store, scope.workspace.slug, id, changeOf(scope, deps));
    return c.body(null, 204);
  });

  api.openapi(getPreferences, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await preferencesOf(deps.store, c.get('scope').workspace.slug, id), 200);
  });

  api.openapi(putPreferences, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    assertSelfOrAdmin(scope, id, 'change these notification settings');
    const body = c.req.valid('json');
    const saved = await savePreferences(
      deps.store,
      scope.workspace.slug,
      id,
      { ...body, digest: body.digest ?? true, reminders: body.reminders ?? true },
      changeOf(scope, deps),
    );
    return c.json(saved, 200);
  });

  api.openapi(personDeliveries, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    assertSelfOrAdmin(scope, id, 'read the log of email sent to them');
    return c.json(presentDeliveryLog(await personDeliveryLog(deps.store, scope.workspace.slug, id)), 200);
  });

  api.openapi(testEmail, async (c) => {
    const { id } = c.req.valid('param');
    const scope = c.get('scope');
    assertSelfOrAdmin(scope, id, 'send them a test email');
    return c.json(presentAttempt(await sendTestEmail(deps.store, scope.workspace.slug, id, deps.now())), 200);
  });
}
