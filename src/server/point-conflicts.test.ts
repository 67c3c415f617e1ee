import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

/** Issue 9, item 8: a second value for the same instant asks before replacing. */
describe.each(testDialects())('a second value for a stored instant on $name', (dialect) => {
  async function kpiWithValue() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    const csv = (path: string, text: string) =>
      server.call(
        'POST',
        `/api/v1/workspaces/${slug}${path}`,
        text,
        { cookie },
        { 'content-type': 'text/csv' },
      );
    await call('POST', '/kpis', { id: 'frt', name: 'First response time', unit: 'min', cadence: 'daily' });
    expect((await call('POST', '/kpis/frt/points', { at: '2026-11-10T12:00:00Z', value: 42 })).status).toBe(
      200,
    );
    const values = async () =>
      ((await call('GET', '/kpis/frt/points')).json.items as { at: string; value: number }[]).map((p) => [
        p.at,
        p.value,
      ]);
    return { call, csv, values };
  }

  it('refuses a different value with a 409 naming the KPI, the instant, the stored value and the new one', async () => {
    const { call, values } = await kpiWithValue();
    const refused = await call('POST', '/kpis/frt/points', { at: '2026-11-10T12:00:00Z', value: 38 });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      type: 'https://ratchet.dev/problems/value-already-recorded',
      title: 'Value already recorded',
      detail: expect.stringContaining(
        'The KPI “First response time” already has 42 at 2026-11-10T12:00:00.000Z; this would replace it with 38',
      ),
      conflicts: [{ kpi: 'frt', at: '2026-11-10T12:00:00.000Z', stored: 42, value: 38 }],
    });
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 42]]);
  });

  it('takes the same value again without a conflict', async () => {
    const { call, values } = await kpiWithValue();
    const again = await call('POST', '/kpis/frt/points', { at: '2026-11-10T12:00:00Z', value: 42 });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ inserted: 0, replaced: 0, unchanged: 1 });
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 42]]);
  });

  it('replaces when told to, and the audit log keeps the old value', async () => {
    const { call, values } = await kpiWithValue();
    const replaced = await call('POST', '/kpis/frt/points', {
      at: '2026-11-10T12:00:00Z',
      value: 38,
      replace: true,
    });
    expect(replaced.json).toMatchObject({ inserted: 0, replaced: 1 });
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 38]]);
    const audit = (await call('GET', '/audit?entity=kpi&entityId=frt')).json.items as { action: string }[];
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'replace_point', before: expect.objectContaining({ value: 42 }) }),
    );
  });

  it('stores none of a batch in which one value would replace another, and all of it with replace', async () => {
    const { call, values } = await kpiWithValue();
    const batch = {
      points: [
        { at: '2026-11-09T12:00:00Z', value: 40 },
        { at: '2026-11-10T12:00:00Z', value: 38 },
        { at: '2026-11-11T12:00:00Z', value: 36 },
      ],
    };
    const refused = await call('POST', '/kpis/frt/points', batch);
    expect(refused.status).toBe(409);
    expect(refused.json.conflicts).toEqual([
      { kpi: 'frt', at: '2026-11-10T12:00:00.000Z', stored: 42, value: 38 },
    ]);
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 42]]);

    const done = await call('POST', '/kpis/frt/points', { ...batch, replace: true });
    expect(done.json).toMatchObject({ inserted: 2, replaced: 1 });
    expect(await values()).toEqual([
      ['2026-11-09T12:00:00.000Z', 40],
      ['2026-11-10T12:00:00.000Z', 38],
      ['2026-11-11T12:00:00.000Z', 36],
    ]);
  });

  it('refuses a CSV upload with the row of each differing value, and takes it with ?replace=true', async () => {
    const { csv, values } = await kpiWithValue();
    const file = 'at,value\n2026-11-09T12:00:00Z,40\n2026-11-10T12:00:00Z,38\n';
    const refused = await csv('/kpis/frt/points.csv', file);
    expect(refused.status).toBe(409);
    expect(refused.json.conflicts).toEqual([
      { kpi: 'frt', at: '2026-11-10T12:00:00.000Z', stored: 42, value: 38, row: 3 },
    ]);
    expect(await values()).toHaveLength(1);
    expect((await csv('/kpis/frt/points.csv?replace=true', file)).json).toMatchObject({
      inserted: 1,
      replaced: 1,
    });
    expect(await values()).toEqual([
      ['2026-11-09T12:00:00.000Z', 40],
      ['2026-11-10T12:00:00.000Z', 38],
    ]);
  });

  it('previews which mapped CSV rows would replace stored values, refuses them on import, imports with replace', async () => {
    const { call, values } = await kpiWithValue();
    await call('POST', '/kpis', { id: 'csat', name: 'CSAT', cadence: 'daily' });
    await call('POST', '/kpis/csat/points', { at: '2026-11-10T12:00:00Z', value: 4.1 });
    const input = {
      csv: [
        'When,Metric,Value',
        '2026-11-10T12:00:00Z,csat,4.4',
        '2026-11-11T12:00:00Z,frt,35',
        '2026-11-10T12:00:00Z,First response time,38',
      ].join('\n'),
      mapping: { at: 'When', value: 'Value', kpi: 'Metric' },
    };
    const preview = await call('POST', '/points-import/preview', input);
    expect(preview.json.replacing).toEqual([
      { row: 2, kpi: 'csat', at: Date.parse('2026-11-10T12:00:00Z'), stored: 4.1, value: 4.4 },
      { row: 4, kpi: 'frt', at: Date.parse('2026-11-10T12:00:00Z'), stored: 42, value: 38 },
    ]);

    const refused = await call('POST', '/points-import', input);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/^The KPI “CSAT” already has 4.1 at /);
    expect(refused.json.conflicts).toEqual([
      { kpi: 'csat', at: '2026-11-10T12:00:00.000Z', stored: 4.1, value: 4.4, row: 2 },
      { kpi: 'frt', at: '2026-11-10T12:00:00.000Z', stored: 42, value: 38, row: 4 },
    ]);
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 42]]);

    const done = await call('POST', '/points-import', { ...input, replace: true });
    expect(done.json).toMatchObject({
      kpis: [
        { kpi: 'csat', replaced: 1 },
        { kpi: 'frt', inserted: 1, replaced: 1 },
      ],
    });
    expect(await values()).toEqual([
      ['2026-11-10T12:00:00.000Z', 38],
      ['2026-11-11T12:00:00.000Z', 35],
    ]);
  });

  it('a check-in on a KR linked to the KPI, at an instant that holds a value, replaces it (audited)', async () => {
    const { call, values } = await kpiWithValue();
    await call('POST', '/cycles', { id: 'q4', start: '2026-10-01', end: '2026-12-31' });
    await call('POST', '/objectives', {
      id: 'faster',
      title: 'Answer faster',
      cycle: 'q4',
      keyResults: [
        { id: 'frt-kr', title: 'First response time to 30 min', baseline: 42, target: 30, kpi: 'frt' },
      ],
    });
    const checkIn = await call('POST', '/key-results/frt-kr/check-ins', {
      at: '2026-11-10T12:00:00Z',
      value: 39,
    });
    expect(checkIn.status).toBe(201);
    expect(await values()).toEqual([['2026-11-10T12:00:00.000Z', 39]]);
    const audit = (await call('GET', '/audit?entity=kpi&entityId=frt')).json.items as { action: string }[];
    expect(audit).toContainEqual(expect.objectContaining({ action: 'replace_point' }));
  });
});
