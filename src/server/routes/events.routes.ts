import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../env.js';
import { type ChangeEvent, type EventHub, streamHears } from '../events.js';
import { HttpProblem } from '../problem.js';
import { problems, WorkspaceParam } from '../schemas/common.schema.js';
import type { ServerDeps } from '../server-deps.js';
import { streamAccess, streamCaller } from '../stream-access.js';

const eventsRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/events',
  tags: ['Events'],
  summary: 'Server-sent events: `changed` whenever data of the workspace changes',
  description:
    'Each event is `{"type":"changed","entity":"kpi","id":"churn"}` (an inbox\'s change, `entity: "inbox"`, reaches only its own person\'s streams); a comment line every 25 s keeps proxies from closing the stream. ' +
    'The stream ends when its session signs out, expires or is revoked, its API token is revoked, or its account leaves the workspace. ' +
    'At most 10 streams per session or token (429 beyond).',
  request: { params: WorkspaceParam },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
    401: problems[401],
    404: problems[404],
    429: problems[429],
  },
});

const KEEP_ALIVE_MS = 25_000;

export function registerEventRoutes(api: OpenAPIHono<AppEnv>, deps: ServerDeps, events: EventHub): void {
  api.openapi(eventsRoute, (c) => {
    const scope = c.get('scope');
    const { workspace } = scope;
    const person = scope.principal.kind === 'token' ? null : scope.person;
    const cap = deps.rateLimits.eventStreamsPerCaller;
    const release = events.claimSlot(streamCaller(c), cap);
    if (!release) {
      throw new HttpProblem(
        429,
        `You have ${cap} event streams open already (each open Ratchet tab keeps one). Close a tab or an old stream, then try again.`,
        { headers: { 'Retry-After': '30' } },
      );
    }
    const mayStillRead = streamAccess(c, deps);
    return streamSSE(c, async (stream) => {
      const queue: ChangeEvent[] = [];
      let wake: (() => void) | undefined;
      let open = true;
      const unsubscribe = events.subscribe(workspace.id, (event) => {
        if (!streamHears(event, person)) return;
        queue.push(event);
        wake?.();
      });
      const stop = () => {
        open = false;
        wake?.();
      };
      const unClose = events.onClose(stop);
      stream.onAbort(stop);
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ workspace: workspace.slug }) });
        while (open) {
          if (queue.length > 0) {
            // Signed out, revoked or removed meanwhile: the stream ends before the batch.
            if (!(await mayStillRead())) break;
            for (const next of queue.splice(0)) {
              await stream.writeSSE({ event: 'changed', data: JSON.stringify(next) });
            }
            continue;
          }
          const timer = new Promise<'tick'>((resolve) => {
            const handle = setTimeout(() => resolve('tick'), KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(handle);
              resolve('tick');
            };
          });
          await timer;
          wake = undefined;
          if (open && queue.length === 0) {
            if (!(await mayStillRead())) break;
            await stream.write(': keep-alive\n\n');
          }
        }
      } finally {
        unsubscribe();
        unClose();
        release();
      }
    }) as never;
  });
}
