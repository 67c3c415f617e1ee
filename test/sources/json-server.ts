import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on a free loopback port, for sources to call; closed by `close`. */
export async function startJsonServer(routes: Record<string, Handler>): Promise<{
  readonly url: (path: string) => string;
  readonly hits: (path: string) => IncomingMessage[];
  readonly close: () => Promise<void>;
}> {
  const seen = new Map<string, IncomingMessage[]>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    seen.set(path, [...(seen.get(path) ?? []), req]);
    const route = routes[path];
    if (route) route(req, res);
    else {
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => seen.get(path) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}
