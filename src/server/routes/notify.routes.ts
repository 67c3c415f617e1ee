import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { deliveryLog, sendTest } from '../../service/notify/delivery-log.service.js';
import {
  CHANNEL_KINDS,
  createSubscription,
  getSubscription,
  listSubscriptions,
  removeSubscription,
  type SubscriptionKind,
  updateSubscriptionFields,
} from '../../service/notify/subscription.service.js';
import type { AppEnv } from '../env.js';
import { presentAttempt, presentDeliveryLog, presentSubscription } from '../presenters/notify.presenter.js';
import {
  jsonBody,
  jsonResponse,
  readProblems,
  secretProblems,
  WorkspaceParam,
  writeProblems,
} from '../schemas/common.schema.js';
import {
  CreateChannelSchema,
  CreatedWebhookSchema,
  CreateWebhookSchema,
  DeliveryAttemptSchema,
  DeliveryLogSchema,
  PatchChannelSchema,
  PatchWebhookSchema,
  SubscriptionParam,
  SubscriptionSchema,
} from '../schemas/notify.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { changeOf } from './write-context.js';

const WEBHOOKS: readonly SubscriptionKind[] = ['webhook'];

/** The routes webhooks and channels share: one, delete, delivery log, test. */
function sharedRoutes(base: 'webhooks' | 'channels', tag: string, noun: string) {
  const path = `/workspaces/{ws}/${base}/{id}`;
  return {
    get: createRoute({
      method: 'get',
      path,
      tags: [tag],
      summary: `One ${noun} (admins)`,
      request: { params: SubscriptionParam },
      responses: { 200: jsonResponse(SubscriptionSchema, `The ${noun}`), ...readProblems },
    }),
    remove: createRoute({
      method: 'delete',
      path,
      tags: [tag],
      summary: `Delete a ${noun} and its delivery log (admins)`,
      request: { params: SubscriptionParam },
      responses: { 204: { description: 'Deleted' }, ...readProblems },
    }),
    deliveries: createRoute({
      method: 'get',
      path: `${path}/deliveries`,
      tags: [tag],
      summary: `The ${noun}'s delivery log: messages waiting, and every attempt newest first (admins)`,
      request: { params: SubscriptionParam },
      responses: { 200: jsonResponse(DeliveryLogSchema, 'The log'), ...readProblems },
    }),
    test: createRoute({
      method: 'post',
      path: `${path}/test`,
      tags: [tag],
      summary: `Send a test message to the ${noun} now; answers with how it went (admins)`,
      request: { params: SubscriptionParam },
      responses: { 200: jsonResponse(DeliveryAttemptSchema, 'The attempt, as logged'), ...readProblems },
    }),
  };
}

const webhookRoutes = {
  list: createRoute({
    method: 'get',
    path: '/workspaces/{ws}/webhooks',
    tags: ['Webhooks'],
    summary: 'The outbound webhooks (admins)',
    request: { params: WorkspaceParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(SubscriptionSchema) }), 'Oldest first'),
      ...readProblems,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/workspaces/{ws}/webhooks',
    tags: ['Webhooks'],
    summary: 'Subscribe a URL to domain events; the signing secret is in this answer only (admins)',
    description:
      'Each event is POSTed as `{type, timestamp, workspace, data}`, signed as Standard Webhooks says: ' +
      '`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`.',
    request: { params: WorkspaceParam, body: jsonBody(CreateWebhookSchema) },
    responses: { 201: jsonResponse(CreatedWebhookSchema, 'Created'), ...writeProblems, ...secretProblems },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/workspaces/{ws}/webhooks/{id}',
    tags: ['Webhooks'],
    summary: 'Change a webhook, or turn it back on with `enabled: true` (admins)',
    request: { params: SubscriptionParam, body: jsonBody(PatchWebhookSchema) },
    responses: { 200: jsonResponse(SubscriptionSchema, 'Changed'), ...writeProblems, ...secretProblems },
  }),
  ...sharedRoutes('webhooks', 'Webhooks', 'webhook'),
};

const channelRoutes = {
  list: createRoute({
    method: 'get',
    path: '/workspaces/{ws}/channels',
    tags: ['Channels'],
    summary: 'The Slack and Teams channels alerts are told in (admins)',
    request: { params: WorkspaceParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(SubscriptionSchema) }), 'Oldest first'),
      ...readProblems,
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/workspaces/{ws}/channels',
    tags: ['Channels'],
    summary: 'Tell a Slack or Teams channel when alerts fire and resolve (admins)',
    description:
      'The URL is stored encrypted and never shown again in full. Route by team, owner or severity.',
    request: { params: WorkspaceParam, body: jsonBody(CreateChannelSchema) },
    responses: { 201: jsonResponse(SubscriptionSchema, 'Created'), ...writeProblems, ...secretProblems },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/workspaces/{ws}/channels/{id}',
    tags: ['Channels'],
    summary: 'Change a channel, or turn it back on with `enabled: true` (admins)',
    request: { params: SubscriptionParam, body: jsonBody(PatchChannelSchema) },
    responses: { 200: jsonResponse(SubscriptionSchema, 'Changed'), ...writeProblems, ...secretProblems },
  }),
  ...sharedRoutes('channels', 'Channels', 'channel'),
};

export function registerNotifyRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps): void {
  const slug = (c: { get(key: 'scope'): { workspace: { slug: string } } }) => c.get('scope').workspace.slug;

  api.openapi(webhookRoutes.list, async (c) => {
    const items = await listSubscriptions(deps.store, slug(c), WEBHOOKS);
    return c.json({ items: items.map(presentSubscription) }, 200);
  });
  api.openapi(webhookRoutes.create, async (c) => {
    const created = await createSubscription(
      deps.store,
      slug(c),
      'webhook',
      c.req.valid('json'),
      changeOf(c.get('scope'), deps),
    );
    return c.json({ ...presentSubscription(created), secret: created.secret ?? '' }, 201);
  });
  api.openapi(webhookRoutes.patch, async (c) => {
    const { id } = c.req.valid('param');
    const changed = await updateSubscriptionFields(
      deps.store,
      slug(c),
      WEBHOOKS,
      id,
      c.req.valid('json'),
      changeOf(c.get('scope'), deps),
    );
    return c.json(presentSubscription(changed), 200);
  });

  api.openapi(channelRoutes.list, async (c) => {
    const items = await listSubscriptions(deps.store, slug(c), CHANNEL_KINDS);
    return c.json({ items: items.map(presentSubscription) }, 200);
  });
  api.openapi(channelRoutes.create, async (c) => {
    const { kind, ...input } = c.req.valid('json');
    const created = await createSubscription(
      deps.store,
      slug(c),
      kind,
      input,
      changeOf(c.get('scope'), deps),
    );
    return c.json(presentSubscription(created), 201);
  });
  api.openapi(channelRoutes.patch, async (c) => {
    const { id } = c.req.valid('param');
    const changed = await updateSubscriptionFields(
      deps.store,
      slug(c),
      CHANNEL_KINDS,
      id,
      c.req.valid('json'),
      changeOf(c.get('scope'), deps),
    );
    return c.json(presentSubscription(changed), 200);
  });

  for (const [routes, kinds] of [
    [webhookRoutes, WEBHOOKS],
    [channelRoutes, CHANNEL_KINDS],
  ] as const) {
    api.openapi(routes.get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(presentSubscription(await getSubscription(deps.store, slug(c), kinds, id)), 200);
    });
    api.openapi(routes.remove, async (c) => {
      const { id } = c.req.valid('param');
      await removeSubscription(deps.store, slug(c), kinds, id, changeOf(c.get('scope'), deps));
      return c.body(null, 204);
    });
    api.openapi(routes.deliveries, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(presentDeliveryLog(await deliveryLog(deps.store, slug(c), kinds, id)), 200);
    });
    api.openapi(routes.test, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(presentAttempt(await sendTest(deps.store, slug(c), kinds, id, deps.now())), 200);
    });
  }
}
