import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A port bound before the app has loaded. While the app loads and the database opens,
 * `/healthz` answers 200 (the process is up) and `/readyz` 503 `starting`, so a
 * supervisor sees a live server at once; every other request waits and is handed to the
 * app when it is ready. Needs only `node:http`: `ratchet serve` binds before it loads the
 * server, the store and the database drivers.
 */
export interface BoundPort {
  readonly server: Server;
  readonly url: string;
  readonly host: string;
  /** From now on the app answers everything, beginning with the requests that waited. */
  serve(app: RequestListener): void;
  /** Start-up failed: stop listening and drop every connection, so the process can exit. */
  close(): void;
}

export function bindPort(port: number, host: string): Promise<BoundPort> {
  const waiting: [IncomingMessage, ServerResponse][] = [];
  let app: RequestListener | undefined;
  const server = createServer((request, response) => {
    if (app) return void app(request, response);
    const path = request.url?.split('?')[0];
    if (path === '/healthz') return status(response, 200, 'ok');
    if (path === '/readyz') return status(response, 503, 'starting');
    waiting.push([request, response]);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { address, port: bound } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${address.includes(':') ? `[${address}]` : address}:${bound}`,
        host,
        serve(listener) {
          app = listener;
          for (const [request, response] of waiting.splice(0)) void listener(request, response);
        },
        close() {
          server.close();
          server.closeAllConnections();
        },
      });
    });
  });
}

/** The same answer the app's health routes give. */
function status(response: ServerResponse, code: number, text: string): void {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ status: text }));
}
