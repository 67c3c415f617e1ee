import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { BoundPort } from './bound-port.js';
import type { AppEnv } from './env.js';
import type { ServerDeps } from './server-deps.js';

export interface RunningServer {
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then resolves. */
  readonly close: (graceMs?: number) => Promise<void>;
}

/**
 * Puts the app behind a bound port. Shutdown drains: `/readyz` turns 503 at once, the
 * listener closes, requests in flight complete (each write is one transaction, so nothing
 * is left half-written), idle keep-alive sockets are dropped, and stragglers are cut off
 * after the grace period.
 */
export function serveApp(app: OpenAPIHono<AppEnv>, deps: ServerDeps, port: BoundPort): RunningServer {
  port.serve(getRequestListener(app.fetch, { hostname: port.host }));
  // Long-polling clients (server-sent events) must not keep a shutdown waiting.
  port.server.keepAliveTimeout = 5_000;
  return { url: port.url, close: (graceMs = 10_000) => drain(port.server, deps, graceMs) };
}

function drain(server: Server, deps: ServerDeps, graceMs: number): Promise<void> {
  deps.lifecycle.draining = true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
