import { describe, expect, it } from 'vitest';
import { exportImportExport } from '../../test/reliability/round-trip.js';
import { testDialects } from '../../test/store/databases.js';
import { createApiToken } from '../service/accounts/api-token.service.js';
import { testServer } from './test-support/harness.js';

/**
 * Issue 13, defect 5: the API stored what `ratchet import` rejects. A decision's `by` is a
 * person id (the workspace file's rule), whoever records it; and a workspace filled
 * through the API exports to a file that imports back to the same workspace.
 */
describe.each(testDialects())('decisions and the round trip on $name', (dialect) => {
  async function populated() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = async (method: string, path: string, body?: unknown) => {
      const answer = await server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
      if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
      return answer.json;
    };
    await call('POST', '/people', { name: 'Ada Lovelace', email: 'ada@acme.test', role: 'editor' });
    await call('POST', '/kpis', {
      id: 'frt',
      name: 'First response time',
      unit: 'min',
      cadence: 'weekly',
      healthy: { max: 30 },
      warning: { max: 45 },
      owner: 'ada-lovelace',
    });
    await call('POST', '/kpis/frt/points', {
      points: [
        { at: '2026-11-02', value: 41 },
        { at: '2026-11-09', value: 35, note: 'second shift' },
      ],
    });
    const cycle = ((await call('GET', '/cycles')).items as { id: string }[])[0]?.id;
    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer customers faster',
      cycle,
      keyResults: [
        { id: 'kr-frt', title: 'First response under 30 min', baseline: 41, target: 30, kpi: 'frt' },
      ],
    });
    await call('POST', '/key-results/kr-frt/check-ins', { value: 35, confidence: 0.6, note: 'on track' });
    await call('POST', '/initiatives', { id: 'rota', title: 'A triage rota', keyResults: ['kr-frt'] });
    const decision = await call('POST', '/decisions', { kpi: 'frt', text: 'Keep the second shift.' });
    await call('POST', '/decisions', { kpi: 'frt', text: 'Ada reviews it in a month.', by: 'ada-lovelace' });
    return { server, slug, decision, call };
  }

  it('records the caller’s person id as `by` when none is given, and checks a given one', async () => {
    const { server, slug, decision } = await populated();
    expect(decision.by).toMatch(/^olivia/);
    const stranger = await server.call(
      'POST',
      `/api/v1/workspaces/${slug}/decisions`,
      { kpi: 'frt', text: 'Hold.', by: 'Somebody Nobody Knows' },
      { cookie: await server.signInAs('olivia@acme.test') },
    );
    expect(stranger.status).toBe(404);
  });

  it('asks an API token to name who decided', async () => {
    const { server, slug } = await populated();
    const workspace = await server.db
      .selectFrom('workspaces')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    const { secret } = await createApiToken(
      server.db,
      { workspaceId: workspace.id, name: 'sync', scopes: ['write'], createdBy: null },
      server.clock.now,
    );
    const unnamed = await server.call(
      'POST',
      `/api/v1/workspaces/${slug}/decisions`,
      { kpi: 'frt', text: 'Hold.' },
      { token: secret },
    );
    expect(unnamed.status).toBe(422);
    expect(unnamed.json.detail).toMatch(/Say who decided/);
    const named = await server.call(
      'POST',
      `/api/v1/workspaces/${slug}/decisions`,
      { kpi: 'frt', text: 'Hold.', by: 'ada-lovelace' },
      { token: secret },
    );
    expect(named.status).toBe(201);
  });

  it('exports a workspace filled through the API to a file that imports back to the same export', async () => {
    const { server, slug } = await populated();
    const trip = await exportImportExport(server.store, slug, await dialect.open());
    expect(trip.errors).toEqual([]);
    expect(trip.first).toContain('by: olivia');
    expect(trip.second).toBe(trip.first);
  });
});
