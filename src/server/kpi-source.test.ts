import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startJsonServer } from '../../test/sources/json-server.js';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

process.env.RATCHET_SECRET_KEY ??= 'a'.repeat(64);

let api: Awaited<ReturnType<typeof startJsonServer>>;
beforeEach(async () => {
  api = await startJsonServer({ '/mrr': json({ mrr: 12500 }) });
});
afterEach(async () => api.close());

describe.each(testDialects())('KPI sources over the API on $name', (dialect) => {
  async function signedIn() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    return { server, call };
  }

  it('sets an http source whose token is never answered, and shows its runs', async () => {
    const { call } = await signedIn();
    await call('POST', '/kpis', { name: 'MRR', cadence: 'monthly' });
    const put = await call('PUT', '/kpis/mrr/source', {
      kind: 'http',
      url: api.url('/mrr'),
      value: 'mrr',
      headers: { Authorization: 'Bearer tok-9' },
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      source: { kind: 'http', url: api.url('/mrr'), value: 'mrr', headers: { Authorization: '<secret>' } },
      runs: [],
    });
    expect(JSON.stringify((await call('GET', '/kpis/mrr/source')).json)).not.toContain('tok-9');

    const run = await call('POST', '/kpis/mrr/source/run');
    expect(run.status).toBe(200);
    // The test server is on loopback, which sources refuse without the operator's switch.
    expect(run.json).toMatchObject({
      runs: [{ status: 'error', points: 0, error: expect.stringMatching(/loopback or private/) }],
    });
  });

  it('refuses a formula loop and an unknown KPI with the reason, and removes a source', async () => {
    const { call } = await signedIn();
    await call('POST', '/kpis', { name: 'A', cadence: 'weekly' });
    await call('POST', '/kpis', { name: 'B', cadence: 'weekly' });
    expect((await call('PUT', '/kpis/a/source', { kind: 'formula', expression: 'b * 2' })).status).toBe(200);
    const loop = await call('PUT', '/kpis/b/source', { kind: 'formula', expression: 'a + 1' });
    expect(loop.status).toBe(422);
    expect(JSON.stringify(loop.json)).toContain('formulas read each other in a loop: a → b → a');
    const unknown = await call('PUT', '/kpis/b/source', { kind: 'formula', expression: 'revenue + 1' });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.json)).toContain('no KPI \\"revenue\\"');
    const removed = await call('DELETE', '/kpis/a/source');
    expect(removed.json).toEqual({ runs: [] });
  });

  it('checks a formula without storing it, saying why it would be refused', async () => {
    const { call } = await signedIn();
    await call('POST', '/kpis', { name: 'Billable hours', cadence: 'weekly' });
    await call('POST', '/kpis', { name: 'Utilisation', cadence: 'weekly' });
    const good = await call('POST', '/kpis/utilisation/source/check', {
      kind: 'formula',
      expression: 'billable_hours / 40 * 100',
    });
    expect(good.json).toEqual({ valid: true, problems: [] });
    const bad = await call('POST', '/kpis/utilisation/source/check', {
      kind: 'formula',
      expression: 'billable_hours / available_hours',
    });
    expect(bad.json).toMatchObject({
      valid: false,
      problems: [
        { path: 'source.expression', message: expect.stringContaining('one of billable_hours, utilisation') },
      ],
    });
    expect((await call('GET', '/kpis/utilisation/source')).json).toEqual({ runs: [] });
  });
});
