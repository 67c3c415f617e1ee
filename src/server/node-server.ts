import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import type { ServerDeps } from './server-deps.js';

export interface RunningServer {
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then resolves. */
  readonly close: (graceMs?: number) => Promise<void>;
}

/**
 * Binds the app to a port. Shutdown drains: `/readyz` turns 503 at once, the listener
 * closes, requests in flight complete (each write is one transaction, so nothing is left
 * half-written), idle keep-alive sockets are dropped, and stragglers are cut off after
 * the grace period.
 */
export function listen(
  app: OpenAPIHono<AppEnv>,
  deps: ServerDeps,
  options: { readonly port: number; readonly host: string },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: (graceMs = 10_000) => drain(server as Server, deps, graceMs),
      });
    }) as Server;
    server.once('error', reject);
    // Long-polling clients (server-sent events) must not keep a shutdown waiting.
    server.keepAliveTimeout = 5_000;
  });
}

/**
 * Fails as binding would (EADDRNOTAVAIL, ENOTFOUND) when `host` is not an address of this
 * machine, before `serve` opens or creates a database it would then leave behind.
 */
export function assertCanListenOn(host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => probe.close(() => resolve()));
  });
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
