import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { type AlertWatch, watchAlerts } from '../service/alerts/alert-watch.js';
import { testServer } from './test-support/harness.js';

const DAY = 24 * 60 * 60 * 1000;

const watches: AlertWatch[] = [];
afterEach(async () => {
  for (const watch of watches.splice(0)) await watch.stop();
});

/** domain.md, "KPI-linked key result": a check-in's value is a point of the KPI. */
describe.each(testDialects())('a check-in on a KPI-linked key result on $name', (dialect) => {
  async function linkedKr() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    const today = new Date(server.clock.now).toISOString().slice(0, 10);
    const start = new Date(server.clock.now - 30 * DAY).toISOString().slice(0, 10);
    const end = new Date(server.clock.now + 30 * DAY).toISOString().slice(0, 10);
    expect((await call('POST', '/cycles', { id: 'now', start, end })).status).toBe(201);
    await call('POST', '/kpis', {
      id: 'frt',
      name: 'First response time',
      unit: 'h',
      cadence: 'weekly',
      healthy: { max: 4 },
    });
    await call('POST', '/kpis/frt/points', {
      at: new Date(server.clock.now - 7 * DAY).toISOString(),
      value: 6,
    });
    const objective = await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer customers faster',
      cycle: 'now',
      keyResults: [
        {
          id: 'frt-kr',
          title: 'Reduce first response time from 6 h to 3 h',
          baseline: 6,
          target: 3,
          kpi: 'frt',
        },
      ],
    });
    expect(objective.status).toBe(201);
    return { server, call, today };
  }

  type Call = (method: string, path: string) => Promise<{ json: Record<string, unknown> }>;
  const krOf = async (call: Call) => {
    const report = (await call('GET', '/report')).json as { objectives: { keyResults: unknown[] }[] };
    return report.objectives[0]?.keyResults[0];
  };

  it('records the value as a point of the KPI (source check-in), so progress moves at once', async () => {
    const { server, call } = await linkedKr();
    expect(await krOf(call)).toMatchObject({ current: 6, progress: 0 });

    const checkIn = await call('POST', '/key-results/frt-kr/check-ins', {
      value: 4.5,
      confidence: 0.8,
      note: 'Rota started',
    });
    expect(checkIn.status).toBe(201);

    expect(await krOf(call)).toMatchObject({ current: 4.5, progress: 0.5 });
    const points = (await call('GET', '/kpis/frt/points')).json.items as unknown[];
    expect(points.at(-1)).toMatchObject({
      at: new Date(server.clock.now).toISOString(),
      value: 4.5,
      source: 'check-in',
      note: 'Rota started',
    });
  });

  it('writes nothing when the check-in is refused', async () => {
    const { call } = await linkedKr();
    const refused = await call('POST', '/key-results/frt-kr/check-ins', { value: 4.5, confidence: 3 });
    expect(refused.status).toBe(422);
    expect((await call('GET', '/kpis/frt/points')).json.items).toHaveLength(1);
  });

  it('is heard by alert evaluation at once, not on the next five-minute tick', async () => {
    const { server, call } = await linkedKr();
    const watch = watchAlerts(server.store, { now: () => server.clock.now });
    watches.push(watch);
    await call('PUT', '/kpis/frt/alerts/rule', { for: '1 points' });
    await watch.idle();
    const before = (await call('GET', '/kpis/frt/alerts')).json;

    await call('POST', '/key-results/frt-kr/check-ins', { value: 3.5, confidence: 0.9 });
    await watch.idle();

    const after = (await call('GET', '/kpis/frt/alerts')).json as { state: string; transitions: unknown[] };
    expect(before).toMatchObject({ state: 'firing' });
    // With a wait of one point, back in range resolves the alert on that same point.
    expect(after.state).toBe('normal');
    expect(after.transitions).toContainEqual(
      expect.objectContaining({ from: 'firing', to: 'recovering', cause: 'back_in_range', value: 3.5 }),
    );
  });
});
