import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../env.js';
import type { ChangeEvent, EventHub } from '../events.js';
import { problems, WorkspaceParam } from '../schemas/common.schema.js';

const eventsRoute = createRoute({
  method: 'get',
  path: '/workspaces/{ws}/events',
  tags: ['Events'],
  summary: 'Server-sent events: `changed` whenever data of the workspace changes',
  description:
    'Each event is `{"type":"changed","entity":"kpi","id":"churn"}`; a comment line every 25 s keeps proxies from closing the stream.',
  request: { params: WorkspaceParam },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
    401: problems[401],
    404: problems[404],
  },
});

export function registerEventRoutes(api: OpenAPIHono<AppEnv>, events: EventHub): void {
  api.openapi(eventsRoute, (c) => {
    const { workspace } = c.get('scope');
    return streamSSE(c, async (stream) => {
      const queue: ChangeEvent[] = [];
      let wake: (() => void) | undefined;
      let open = true;
      const unsubscribe = events.subscribe(workspace.id, (event) => {
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
          const next = queue.shift();
          if (next) {
            await stream.writeSSE({ event: 'changed', data: JSON.stringify(next) });
            continue;
          }
          const timer = new Promise<'tick'>((resolve) => {
            const handle = setTimeout(() => resolve('tick'), 25_000);
            wake = () => {
              clearTimeout(handle);
              resolve('tick');
            };
          });
          await timer;
          wake = undefined;
          if (open && queue.length === 0) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
        unClose();
      }
    }) as never;
  });
}
