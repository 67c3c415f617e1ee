import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The status the receiver answered with. */
  readonly status: number;
}

/**
 * A real HTTP server on a loopback port that records every request it gets. `answer`
 * decides the status of each (200 by default); set it to 500 to play a dead receiver, or
 * set `hold` to record requests but answer none of them (a sender caught mid-request).
 */
export async function startReceiver() {
  const received: Received[] = [];
  const state = { answer: 200, hold: false };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '/', headers: req.headers, body, status: state.answer });
      if (state.hold) return;
      res.writeHead(state.answer, { 'content-type': 'text/plain' });
      res.end(state.answer < 300 ? 'ok' : 'receiver is down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    /** Requests to one path, in arrival order. */
    at: (path: string) => received.filter((r) => r.path === path),
    set answer(status: number) {
      state.answer = status;
    },
    set hold(holding: boolean) {
      state.hold = holding;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
