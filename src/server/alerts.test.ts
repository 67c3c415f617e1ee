import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { type AlertWatch, watchAlerts } from '../service/alerts/alert-watch.js';
import { importExamples, testServer } from './test-support/harness.js';

const watches: AlertWatch[] = [];
afterEach(async () => {
  for (const watch of watches.splice(0)) await watch.stop();
});

describe.each(testDialects())('KPI alerts over HTTP on $name', (dialect) => {
  async function setUp() {
    const server = await testServer(dialect);
    const [acme = ''] = await importExamples(server, ['support-team.yaml']);
    const watch = watchAlerts(server.store, { now: () => server.clock.now });
    watches.push(watch);
    const editor = await server.member('editor', acme, 'tomas@acme.example');
    const admin = await server.member('admin', acme, 'maya@acme.example');
    return { server, acme, watch, editor, admin };
  }

  it('show the state and its history after points arrive, newest first', async () => {
    const { server, acme, watch, admin } = await setUp();
    const created = await server.call(
      'POST',
      `/api/v1/workspaces/${acme}/kpis`,
      {
        id: 'refund-rate',
        name: 'Refund rate',
        unit: '%',
        cadence: 'weekly',
        healthy: { max: 5 },
        warning: { max: 8 },
      },
      { cookie: admin },
    );
    expect(created.status).toBe(201);
    const path = `/api/v1/workspaces/${acme}/kpis/refund-rate`;
    const rule = await server.call(
      'PUT',
      `${path}/alerts/rule`,
      { for: '2 points', repeat: '24 hours' },
      { cookie: admin },
    );
    expect(rule.json).toEqual({ for: '2 points', repeat: '1d' });

    for (const [at, value] of [
      ['2026-11-24', 4],
      ['2026-11-25', 9],
      ['2026-11-26', 10],
    ] as const) {
      server.clock.now = Date.parse(`${at}T09:00:00Z`);
      const posted = await server.call('POST', `${path}/points`, { at, value }, { cookie: admin });
      expect(posted.status).toBe(200);
      await watch.idle();
    }
    const alerts = await server.call('GET', `${path}/alerts`, undefined, { cookie: admin });

    expect(alerts.status).toBe(200);
    expect(alerts.json).toEqual({
      state: 'firing',
      silence: null,
      severity: 'critical',
      since: '2026-11-26T00:00:00.000Z',
      for: '2 points',
      repeat: '1d',
      ownRepeat: '1d',
      transitions: [
        {
          at: '2026-11-26T00:00:00.000Z',
          from: 'pending',
          to: 'firing',
          severity: 'critical',
          cause: 'stayed_out',
          value: 10,
        },
        {
          at: '2026-11-25T00:00:00.000Z',
          from: 'normal',
          to: 'pending',
          severity: 'critical',
          cause: 'left_range',
          value: 9,
        },
        {
          at: '2026-11-24T00:00:00.000Z',
          from: 'no_data',
          to: 'normal',
          severity: null,
          cause: 'first_point',
          value: 4,
        },
      ],
    });
  });

  it('refuses a `for` it cannot read, naming the field', async () => {
    const { server, acme, admin } = await setUp();
    const response = await server.call(
      'PUT',
      `/api/v1/workspaces/${acme}/kpis/first-response-time/alerts/rule`,
      { for: 'a while' },
      { cookie: admin },
    );
    expect(response.status).toBe(422);
    expect(response.text).toContain('is not a number of points or a duration');
    expect(response.text).toContain('for');
  });

  it('refuses a repeat interval counted in points, naming the field', async () => {
    const { server, acme, admin } = await setUp();
    const response = await server.call(
      'PUT',
      `/api/v1/workspaces/${acme}/kpis/first-response-time/alerts/rule`,
      { for: null, repeat: '3 points' },
      { cookie: admin },
    );
    expect(response.status).toBe(422);
    expect(response.json).toMatchObject({
      errors: [{ path: 'body.repeat', message: expect.stringContaining('at least five minutes') }],
    });
  });
});
