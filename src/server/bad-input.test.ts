import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { createApiToken } from '../service/accounts/api-token.service.js';
import { importExamples, testServer } from './test-support/harness.js';

interface BadInput {
  readonly name: string;
  readonly method?: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly status: number;
  /** A field the problem must name in `errors`. */
  readonly field?: string;
}

const POINTS = '/kpis/first-response-time/points';
const manyPoints = (n: number) =>
  JSON.stringify({
    points: Array.from({ length: n }, (_, i) => ({
      at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
      value: i,
    })),
  });

const CASES: readonly BadInput[] = [
  { name: 'broken JSON', path: POINTS, body: '{"at": "2026-11-20", value: 3', status: 400 },
  {
    name: 'a value that is a word',
    path: POINTS,
    body: '{"at": "2026-11-20", "value": "thirty"}',
    status: 422,
    field: 'body',
  },
  { name: 'a missing value', path: POINTS, body: '{"at": "2026-11-20"}', status: 422, field: 'body' },
  {
    name: 'a date that is not a date',
    path: POINTS,
    body: '{"at": "last tuesday", "value": 3}',
    status: 422,
    field: 'body',
  },
  { name: 'an empty bulk', path: POINTS, body: '{"points": []}', status: 422 },
  { name: 'a bulk of 10,001 points', path: POINTS, body: manyPoints(10_001), status: 422 },
  {
    name: 'a body over 8 MiB',
    path: POINTS,
    body: `{"points": [${Array(300_000).fill('{"at":"2026-01-01","value":1}').join(',')}]}`,
    status: 413,
  },
  {
    name: 'plain text sent as the JSON body',
    path: POINTS,
    body: 'at=2026-11-20',
    contentType: 'text/plain',
    status: 415,
  },
  {
    name: 'JSON sent to the CSV upload',
    path: `${POINTS}.csv`,
    body: '{"at":"2026-11-20"}',
    contentType: 'application/json',
    status: 415,
  },
  {
    name: 'a CSV row whose value is not a number',
    path: `${POINTS}.csv`,
    body: 'at,value\n2026-11-20,abc\n',
    contentType: 'text/csv',
    status: 422,
    field: 'line 2.value',
  },
  {
    name: 'a CSV without an at column',
    path: `${POINTS}.csv`,
    body: 'when,value\n2026-11-20,3\n',
    contentType: 'text/csv',
    status: 422,
  },
  {
    name: 'an unknown KPI',
    path: '/kpis/no-such-kpi/points',
    body: '{"at": "2026-11-20", "value": 3}',
    status: 404,
  },
  {
    name: 'an idempotency key without a source it can pair with',
    path: POINTS,
    body: '{"at": "2026-11-20", "value": 3, "source": "telepathy"}',
    status: 422,
    field: 'body',
  },
  {
    name: 'a report as of no date',
    method: 'GET',
    path: '/report?asOf=2026-02-30',
    status: 400,
    field: 'query.asOf',
  },
  {
    name: 'a report as of words',
    method: 'GET',
    path: '/report?asOf=yesterday',
    status: 400,
    field: 'query.asOf',
  },
  {
    name: 'a page size of a million',
    method: 'GET',
    path: '/kpis?limit=1000000',
    status: 400,
    field: 'query.limit',
  },
  {
    name: 'a cursor from nowhere',
    method: 'GET',
    path: '/kpis?cursor=bm9wZQ',
    status: 400,
    field: 'query.cursor',
  },
];

describe.each(testDialects())('bad input on $name', (dialect) => {
  it.each(CASES)('$name is answered $status and stores nothing', async (c) => {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    const ws = await server.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const { secret } = await createApiToken(
      server.db,
      { workspaceId: ws.id, name: 't', scopes: ['write'], createdBy: null },
      server.clock.now,
    );
    const count = async () =>
      Number(
        (
          await server.db
            .selectFrom('data_points')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const response = await server.call(
      c.method ?? 'POST',
      `/api/v1/workspaces/${acme}${c.path}`,
      c.body,
      { token: secret },
      {
        'content-type': c.contentType ?? 'application/json',
      },
    );
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.json).toMatchObject({
      status: c.status,
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(response.text).not.toMatch(/\bat .*\.(ts|js):\d+/); // never a stack trace
    if (c.field) {
      const paths = ((response.json.errors ?? []) as { path: string }[]).map((e) => e.path);
      expect(paths.some((p) => p.startsWith(c.field ?? ''))).toBe(true);
    }
    expect(await count()).toBe(before);
  });

  it('a good bulk push is stored once, and its retry with the same keys is skipped', async () => {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    const ws = await server.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const { secret } = await createApiToken(
      server.db,
      { workspaceId: ws.id, name: 't', scopes: ['ingest'], createdBy: null },
      server.clock.now,
    );
    const body = {
      points: [
        { at: '2026-11-24', value: 24, idempotencyKey: 'wk48' },
        { at: '2026-12-01', value: 23, idempotencyKey: 'wk49' },
      ],
    };
    const first = await server.call('POST', `/api/v1/workspaces/${acme}${POINTS}`, body, { token: secret });
    expect(first.json).toEqual({ inserted: 2, replaced: 0, unchanged: 0, duplicates: 0 });
    const retry = await server.call('POST', `/api/v1/workspaces/${acme}${POINTS}`, body, { token: secret });
    expect(retry.json).toEqual({ inserted: 0, replaced: 0, unchanged: 0, duplicates: 2 });
    const listed = await server.call(
      'GET',
      `/api/v1/workspaces/${acme}${POINTS}?from=2026-11-24`,
      undefined,
      { token: secret },
    );
    expect(listed.status).toBe(403); // an ingest token writes but cannot read
  });

  it('a CSV upload lands every row, each as an import', async () => {
    const server = await testServer(dialect);
    const [acme] = await importExamples(server, ['support-team.yaml']);
    const owner = await server.member('owner', acme ?? '', 'aiko@acme.example');
    const csv = 'at,value,note\n2026-11-24,24,after the new triage rota\n2026-12-01,22.5,\n';
    const upload = await server.call(
      'POST',
      `/api/v1/workspaces/${acme}${POINTS}.csv`,
      csv,
      { cookie: owner },
      {
        'content-type': 'text/csv',
      },
    );
    expect(upload.json).toEqual({ inserted: 2, replaced: 0, unchanged: 0, duplicates: 0 });
    const listed = await server.call(
      'GET',
      `/api/v1/workspaces/${acme}${POINTS}?from=2026-11-24`,
      undefined,
      { cookie: owner },
    );
    expect(listed.json.items).toEqual([
      { at: '2026-11-24T00:00:00.000Z', value: 24, note: 'after the new triage rota', source: 'import' },
      { at: '2026-12-01T00:00:00.000Z', value: 22.5, note: null, source: 'import' },
    ]);
  });
});
