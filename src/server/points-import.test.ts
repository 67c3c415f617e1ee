import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { testServer } from './test-support/harness.js';

const MAPPING = { at: 'Date', value: 'Amount', kpi: 'Metric' };
const BROKEN = [
  'Date,Metric,Amount',
  '2026-11-30,mrr,12500',
  '2026-11-31,Churn,2.5',
  '2026-11-30,revenue,lots',
].join('\n');
const GOOD = [
  'Date,Metric,Amount',
  '2026-10-31,mrr,12000',
  '2026-11-30,mrr,12500',
  '2026-11-30,Churn rate,2.5',
].join('\n');

describe.each(testDialects())('any CSV of KPI values over the API on $name', (dialect) => {
  async function signedIn() {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    await call('POST', '/kpis', { id: 'mrr', name: 'MRR', cadence: 'monthly' });
    await call('POST', '/kpis', { id: 'churn', name: 'Churn rate', cadence: 'monthly' });
    return { server, call };
  }

  it('previews every row problem, refuses the broken file whole, dry-runs, imports and remembers the mapping', async () => {
    const { call } = await signedIn();
    const preview = await call('POST', '/points-import/preview', { csv: BROKEN, mapping: MAPPING });
    expect(preview.json).toMatchObject({
      header: ['Date', 'Metric', 'Amount'],
      rows: 3,
      problems: [
        { row: 3, message: '"2026-11-31" is not a date like 2026-11-30' },
        { row: 4, message: '"lots" is not a number' },
        { row: 4, message: 'no KPI with id or name "revenue"' },
      ],
      kpis: [{ kpi: 'mrr', points: 1 }],
    });
    const refused = await call('POST', '/points-import', { csv: BROKEN, mapping: MAPPING });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toContainEqual({
      path: 'body.row 3',
      message: '"2026-11-31" is not a date like 2026-11-30',
    });
    expect((await call('GET', '/kpis/mrr/points')).json.items).toEqual([]);

    const dry = await call('POST', '/points-import', { csv: GOOD, mapping: MAPPING, dryRun: true });
    expect(dry.json).toMatchObject({
      dryRun: true,
      points: 3,
      kpis: [
        { kpi: 'mrr', inserted: 2, replaced: 0 },
        { kpi: 'churn', inserted: 1, replaced: 0 },
      ],
    });
    expect((await call('GET', '/kpis/mrr/points')).json.items).toEqual([]);
    expect((await call('GET', '/points-import/mapping')).json).toEqual({ mapping: null });

    const done = await call('POST', '/points-import', { csv: GOOD, mapping: MAPPING });
    expect(done.json).toMatchObject({ dryRun: false, points: 3 });
    expect((await call('GET', '/kpis/mrr/points')).json.items).toMatchObject([
      { value: 12000, source: 'import' },
      { value: 12500, source: 'import' },
    ]);
    expect((await call('GET', '/points-import/mapping')).json).toEqual({ mapping: MAPPING });
  });

  it('imports a file of one KPI named by the caller', async () => {
    const { call } = await signedIn();
    const csv = 'When,Rate\n25/11/2026,2.4\n28/11/2026,2.6\n';
    const done = await call('POST', '/points-import', {
      csv,
      mapping: { at: 'When', value: 'Rate' },
      kpi: 'churn',
    });
    expect(done.json).toMatchObject({ points: 2, kpis: [{ kpi: 'churn', inserted: 2 }] });
  });

  it('imports a Toggl report and an OKR sheet as the CLI does, dry run first', async () => {
    const { call } = await signedIn();
    await call('POST', '/initiatives', { title: 'Website redesign' });
    const toggl = [
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags',
      'Olivia,,Northwind,Website redesign,,Wireframes,Yes,2026-11-16,09:00:00,2026-11-16,13:00:00,04:00:00,',
    ].join('\n');
    const dry = await call('POST', '/imports/toggl', { csv: toggl, dryRun: true, person: 'olivia' });
    expect(dry.json).toMatchObject({
      dryRun: true,
      summary: 'Would import 1 time entry (4 h, 4 h billable).',
    });
    expect((await call('GET', '/initiatives/website-redesign/time-entries')).json.items).toEqual([]);
    const done = await call('POST', '/imports/toggl', { csv: toggl, person: 'olivia' });
    expect(done.json).toMatchObject({ dryRun: false, counts: { entries: 1, hours: 4 } });
    expect((await call('GET', '/initiatives/website-redesign/time-entries')).json.totals).toEqual({
      hours: 4,
      billableHours: 4,
    });

    const okrs = 'Objective,Key result,Baseline,Target,Due\nGrow,Raise repeat clients,2,5,2026-13-01\n';
    const broken = await call('POST', '/imports/okr-csv', { csv: okrs, dryRun: true });
    expect(broken.status).toBe(422);
    expect(broken.json.errors).toEqual([expect.objectContaining({ path: 'body.row 2' })]);
  });

  it('takes a mapping of only the columns an OKR export names differently', async () => {
    const { call } = await signedIn();
    const cycles = (await call('GET', '/cycles')).json as { items: { id: string }[] };
    const cycle = cycles.items[0]?.id;
    const perdoo = 'Goal name,Key result,Baseline,Target,Now\nGrow,Raise repeat clients,2,5,3\n';
    const dry = await call('POST', '/imports/perdoo', {
      csv: perdoo,
      dryRun: true,
      cycle,
      mapping: { objective: 'Goal name', current: 'Now' },
    });
    expect(dry.status).toBe(200);
    expect(dry.json.summary).toBe('Would import 1 objective with 1 key result and 1 check-in.');
  });
});
