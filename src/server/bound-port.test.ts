import { afterEach, describe, expect, it } from 'vitest';
import { type BoundPort, bindPort } from './bound-port.js';

describe('a port bound before the app has loaded', () => {
  let bound: BoundPort | undefined;
  afterEach(() => bound?.close());

  it('says the process is alive but not ready, and holds other requests for the app', async () => {
    bound = await bindPort(0, '127.0.0.1');
    const health = await fetch(`${bound.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${bound.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'starting' }]);

    let answered = false;
    const early = fetch(`${bound.url}/api/v1/me?x=1`, { method: 'POST', body: 'hello' }).then(async (r) => {
      answered = true;
      return r.text();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);

    bound.serve((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on('end', () => response.end(`${request.method} ${request.url} ${body}`));
    });
    expect(await early).toBe('POST /api/v1/me?x=1 hello');
    expect(await (await fetch(`${bound.url}/healthz`)).text()).toBe('GET /healthz ');
  });

  it('fails as listening would when the port is taken', async () => {
    bound = await bindPort(0, '127.0.0.1');
    const port = Number(new URL(bound.url).port);
    await expect(bindPort(port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
