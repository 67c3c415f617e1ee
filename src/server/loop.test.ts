import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

const DAY = 24 * 60 * 60 * 1000;

/** The loop a new team walks (domain.md, "The loop, made explicit"), over HTTP only. */
describe.each(testDialects())('the whole loop over the API on $name', (dialect) => {
  it('a KPI breaches, a drafted OKR answers it, and the achieved KR ratchets the threshold', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const ws = `/api/v1/workspaces/${slug}`;
    const as = { cookie };
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `${ws}${path}`, body, as);
    const daysAgo = (n: number) => new Date(server.clock.now - n * DAY).toISOString();

    // Setup planned the current quarter: a new team can draft an OKR at once.
    expect((await call('GET', '/cycles')).json.items).toEqual([
      expect.objectContaining({ id: '2026-q4', start: '2026-10-01', end: '2026-12-31', closed: false }),
    ]);

    const kpi = await call('POST', '/kpis', {
      name: 'First response time',
      unit: 'h',
      cadence: 'weekly',
      healthy: { max: 4 },
    });
    expect(kpi.status).toBe(201);
    expect(kpi.json).toMatchObject({
      id: 'first-response-time',
      healthy: { max: 4 },
      pointCount: 0,
      version: 1,
    });

    const points = [3.5, 4.5, 5, 6, 6.5].map((value, i) => ({ at: daysAgo(35 - 7 * i), value }));
    expect((await call('POST', '/kpis/first-response-time/points', { points })).json).toMatchObject({
      inserted: 5,
    });

    const dashboard = await call('GET', '/dashboard');
    expect(dashboard.json.needsAttention).toContainEqual(
      expect.objectContaining({ kind: 'unanswered_breach', ref: 'first-response-time' }),
    );

    const draft = await call('POST', '/kpis/first-response-time/draft-okr');
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({
      id: 'first-response-time-back-to-healthy',
      title: 'Bring first response time back to healthy',
      cycle: '2026-q4',
      type: 'committed',
      version: null,
      created: false,
      targets: { backToHealthy: 4, raiseTheFloor: 3.6 },
      ratchets: false,
    });
    expect((await call('GET', '/objectives')).json.items).toEqual([]);

    const created = await call('POST', '/kpis/first-response-time/draft-okr', {
      create: true,
      stretch: true,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ratchets: true, targets: { backToHealthy: 4, raiseTheFloor: 3.6 } });
    const kr = (
      created.json.keyResults as {
        id: string;
        baseline: number;
        target: number;
        kpi: string;
        title: string;
      }[]
    )[0];
    expect(kr).toMatchObject({
      baseline: 6.5,
      target: 3.6,
      kpi: 'first-response-time',
      title: 'Reduce first response time from 6.5 h to 3.6 h',
    });
    const krId = kr?.id ?? '';

    const silent = await call('PATCH', `/key-results/${krId}`, { target: 3 });
    expect(silent.status).toBe(422);
    expect(silent.json.errors).toContainEqual(expect.objectContaining({ path: 'body.reason' }));
    const aimed = await call('PATCH', `/key-results/${krId}`, {
      target: 3,
      reason: 'Customers now expect an answer within 3 hours',
    });
    expect(aimed.status).toBe(200);
    expect(aimed.json).toMatchObject({ target: 3, version: 2 });

    await call('POST', '/kpis/first-response-time/points', { at: daysAgo(0), value: 2.5 });
    const checkIn = await call('POST', `/key-results/${krId}/check-ins`, {
      value: 2.5,
      confidence: 0.9,
      note: 'The new triage rota works',
    });
    expect(checkIn.status).toBe(201);
    expect(checkIn.json).toMatchObject({ keyResult: krId, value: 2.5, confidence: 0.9, at: daysAgo(0) });

    const early = await call('POST', `/cycles/2026-q4/proposals/${krId}/accept`);
    expect(early.status).toBe(409); // close the cycle first

    const closed = await call('POST', '/cycles/2026-q4/close');
    expect(closed.status).toBe(200);
    expect(closed.json.grades).toEqual([
      expect.objectContaining({
        objective: 'first-response-time-back-to-healthy',
        grade: 1,
        gradeColour: 'green',
      }),
    ]);
    expect(closed.json.proposals).toEqual([
      expect.objectContaining({
        kpi: 'first-response-time',
        keyResult: krId,
        from: { max: 4 },
        to: { max: 3 },
        state: 'pending',
      }),
    ]);
    expect((await call('GET', '/cycles')).json.items).toEqual([
      expect.objectContaining({
        id: '2026-q4',
        closed: true,
        closedAt: new Date(server.clock.now).toISOString(),
      }),
    ]);

    const accepted = await call('POST', `/cycles/2026-q4/proposals/${krId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ state: 'accepted', to: { max: 3 } });
    expect((await call('POST', `/cycles/2026-q4/proposals/${krId}/accept`)).status).toBe(409);

    const ratcheted = await call('GET', '/kpis/first-response-time');
    expect(ratcheted.json.healthy).toEqual({ max: 3 });
    expect(ratcheted.json.thresholdHistory).toEqual([
      expect.objectContaining({ from: { max: 4 }, to: { max: 3 }, keyResult: krId }),
    ]);
    const decisions = await call('GET', '/decisions?kpi=first-response-time');
    expect(decisions.json.items).toEqual([
      expect.objectContaining({ by: 'olivia', objective: 'first-response-time-back-to-healthy' }),
    ]);
    expect((await call('POST', '/cycles/2026-q4/close')).json.proposals).toEqual([
      expect.objectContaining({ keyResult: krId, state: 'accepted' }),
    ]);
  });

  it('a KPI edit needs the version read and a reason to move the healthy range', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    await call('POST', '/kpis', {
      id: 'churn',
      name: 'Churn',
      unit: '%',
      cadence: 'monthly',
      healthy: { max: 5 },
    });

    const noReason = await call('PATCH', '/kpis/churn', { version: 1, healthy: { max: 4 } });
    expect(noReason.status).toBe(422);
    const renamed = await call('PATCH', '/kpis/churn', { version: 1, name: 'Monthly churn', unit: null });
    expect(renamed.json).toMatchObject({ name: 'Monthly churn', unit: null, version: 2 });
    const stale = await call('PATCH', '/kpis/churn', { version: 1, name: 'Churn again' });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toMatch(/version 2/);
    const tightened = await call('PATCH', '/kpis/churn', {
      version: 2,
      healthy: { max: 4 },
      reason: 'Board target',
    });
    expect(tightened.json.thresholdHistory).toEqual([
      expect.objectContaining({ from: { max: 5 }, to: { max: 4 }, reason: 'Board target' }),
    ]);

    const duplicate = await call('POST', '/kpis', { id: 'churn', name: 'Churn', cadence: 'monthly' });
    expect(duplicate.status).toBe(409);
    const derived = await call('POST', '/kpis', { name: 'Monthly churn', cadence: 'monthly' });
    expect(derived.json.id).toBe('monthly-churn');

    expect((await call('DELETE', '/kpis/churn')).status).toBe(204);
    expect((await call('GET', '/kpis/churn')).status).toBe(404);
    expect((await call('GET', '/kpis')).json.items).toEqual([
      expect.objectContaining({ id: 'monthly-churn' }),
    ]);
    expect((await call('DELETE', '/kpis/monthly-churn?purge=true')).status).toBe(204);
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity', '=', 'kpi')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'create', 'archive', 'purge']);
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['user:1']));
  });
});
