import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

describe.each(testDialects())('a KPI’s points exported as CSV on $name (issue 9, item 8)', (dialect) => {
  it('downloads ISO instants and plain numbers in any locale, and the file reads back as the same points', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    await call('PATCH', '/settings', { locale: 'de-DE' });
    await call('POST', '/kpis', { id: 'revenue', name: 'Revenue', cadence: 'monthly' });
    await call('POST', '/kpis/revenue/points', {
      points: [
        { at: '2026-10-01', value: 1234.5, note: 'Q4 start, "strong", after the launch' },
        { at: '2026-11-01T09:30:00Z', value: -0.25 },
      ],
    });

    const file = await call('GET', '/kpis/revenue/points.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="revenue-points.csv"');
    expect(file.text).toBe(
      'at,value,note,source\n' +
        '2026-10-01T00:00:00.000Z,1234.5,"Q4 start, ""strong"", after the launch",api\n' +
        '2026-11-01T09:30:00.000Z,-0.25,,api\n',
    );

    await call('POST', '/kpis', { id: 'copy', name: 'Copy', cadence: 'monthly' });
    const back = await server.call(
      'POST',
      `/api/v1/workspaces/${slug}/kpis/copy/points.csv`,
      file.text,
      {
        cookie,
      },
      { 'content-type': 'text/csv' },
    );
    expect(back.status).toBe(200);
    const points = (await call('GET', '/kpis/copy/points')).json.items as { at: string; value: number }[];
    expect(points.map((p) => [p.at, p.value])).toEqual([
      ['2026-10-01T00:00:00.000Z', 1234.5],
      ['2026-11-01T09:30:00.000Z', -0.25],
    ]);
  });

  it('answers 404 for a KPI that is not there', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const missing = await server.call('GET', `/api/v1/workspaces/${slug}/kpis/nope/points.csv`, undefined, {
      cookie,
    });
    expect(missing.status).toBe(404);
  });
});
