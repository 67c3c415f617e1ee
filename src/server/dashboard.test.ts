import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { acceptsGzip } from './routes/dashboard.routes.js';
import { importExamples, testServer } from './test-support/harness.js';

describe('which clients get the dashboard gzipped', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('Accept-Encoding %s → %s', (header, gzip) => {
    expect(acceptsGzip(header)).toBe(gzip);
  });
});

describe.each(testDialects())('the dashboard on $name', (dialect) => {
  it('is the same JSON gzipped for a browser and plain for a script', async () => {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    const cookie = await server.member('viewer', acme ?? '', 'leo@acme.example');
    const path = `/api/v1/workspaces/${acme}/dashboard`;
    const plain = await server.app.request(`http://ratchet.test${path}`, { headers: { cookie } });
    const zipped = await server.app.request(`http://ratchet.test${path}`, {
      headers: { cookie, 'accept-encoding': 'gzip, br' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    const text = await plain.text();
    const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    expect(unzipped).toBe(text);
    expect(JSON.parse(text).kpis.map((k: { id: string }) => k.id)).toContain('first-response-time');
  });
});
