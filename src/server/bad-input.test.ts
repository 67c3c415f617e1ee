import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { createApiToken } from '../service/accounts/api-token.service.js';
import { importExamples, testServer } from './test-support/harness.js';

interface BadInput {
  readonly name: string;
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Admin-only routes are tried by the workspace owner; the rest with a "write" token. */
  readonly asOwner?: boolean;
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
  // Writes beyond data points: each must change nothing when refused.
  { name: 'a KPI in broken JSON', path: '/kpis', body: '{"name": "Churn",', status: 400 },
  {
    name: 'a KPI without a cadence',
    path: '/kpis',
    body: '{"name": "Churn"}',
    status: 422,
    field: 'body.cadence',
  },
  {
    name: 'a KPI whose healthy minimum is above its maximum',
    path: '/kpis',
    body: '{"name": "Churn", "cadence": "monthly", "healthy": {"min": 5, "max": 3}}',
    status: 422,
    field: 'body.healthy',
  },
  {
    name: 'a KPI with a misspelt field',
    path: '/kpis',
    body: '{"name": "Churn", "cadence": "monthly", "healty": {"max": 3}}',
    status: 422,
  },
  {
    name: 'a KPI named by a number',
    path: '/kpis',
    body: '{"name": 7, "cadence": "daily"}',
    status: 422,
    field: 'body.name',
  },
  {
    name: 'a KPI owned by nobody we know',
    path: '/kpis',
    body: '{"name": "Churn", "cadence": "monthly", "owner": "ghost"}',
    status: 404,
  },
  {
    name: 'a KPI edit without the version read',
    method: 'PATCH',
    path: '/kpis/first-response-time',
    body: '{"name": "FRT"}',
    status: 422,
    field: 'body.version',
  },
  {
    name: 'a KPI edit from a stale version',
    method: 'PATCH',
    path: '/kpis/first-response-time',
    body: '{"name": "FRT", "version": 999}',
    status: 409,
  },
  {
    name: 'a threshold moved without a reason',
    method: 'PATCH',
    path: '/kpis/first-response-time',
    body: '{"healthy": {"max": 60}, "version": 1}',
    status: 422,
    field: 'body.reason',
  },
  {
    name: 'an edit of an unknown KPI',
    method: 'PATCH',
    path: '/kpis/no-such-kpi',
    body: '{"version": 1}',
    status: 404,
  },
  {
    name: 'archiving a KPI a key result still follows',
    method: 'DELETE',
    path: '/kpis/first-response-time',
    status: 409,
  },
  {
    name: 'a draft for an unknown KPI',
    path: '/kpis/no-such-kpi/draft-okr',
    body: '{"create": true}',
    status: 404,
  },
  {
    name: 'a decision on an unknown KPI',
    path: '/decisions',
    body: '{"kpi": "no-such-kpi", "text": "Hold"}',
    status: 404,
  },
  {
    name: 'a decision that says nothing',
    path: '/decisions',
    body: '{"kpi": "backlog", "text": "  "}',
    status: 422,
    field: 'body.text',
  },
  {
    name: 'an objective in an unknown cycle',
    path: '/objectives',
    body: '{"title": "Win", "cycle": "2031-q1"}',
    status: 404,
  },
  {
    name: 'an objective without a title',
    path: '/objectives',
    body: '{"cycle": "2026-q4"}',
    status: 422,
    field: 'body.title',
  },
  {
    name: 'a key result whose target is its baseline',
    path: '/objectives',
    body: '{"title": "Win", "cycle": "2026-q4", "keyResults": [{"title": "Flat", "baseline": 3, "target": 3}]}',
    status: 422,
    field: 'body.keyResults.0.target',
  },
  {
    name: 'an objective aligned under itself',
    method: 'PATCH',
    path: '/objectives/support-experience',
    body: '{"parent": "support-experience"}',
    status: 422,
    field: 'body.parent',
  },
  {
    name: 'a key result target moved without a reason',
    method: 'PATCH',
    path: '/key-results/kr-response-time',
    body: '{"target": 20}',
    status: 422,
    field: 'body.reason',
  },
  {
    name: 'a check-in 150% confident',
    path: '/key-results/kr-billing-fcr/check-ins',
    body: '{"value": 60, "confidence": 1.5}',
    status: 422,
    field: 'body.confidence',
  },
  {
    name: 'a check-in on an unknown key result',
    path: '/key-results/nope/check-ins',
    body: '{"value": 1}',
    status: 404,
  },
  {
    name: 'a cycle that ends before it starts',
    path: '/cycles',
    body: '{"start": "2027-03-31", "end": "2027-01-01"}',
    status: 422,
    field: 'body.end',
    asOwner: true,
  },
  {
    name: 'a cycle on 30 February',
    path: '/cycles',
    body: '{"start": "2027-02-30", "end": "2027-03-31"}',
    status: 422,
    asOwner: true,
  },
  {
    name: 'closing an unknown cycle',
    path: '/cycles/2031-q1/close',
    body: '{}',
    status: 404,
    asOwner: true,
  },
  {
    name: 'accepting a ratchet of an open cycle',
    path: '/cycles/2026-q4/proposals/kr-response-time/accept',
    body: '{"by": "maya"}',
    status: 409,
  },
  {
    name: 'an empty statement to read',
    path: '/parse',
    body: '{"statement": ""}',
    status: 422,
    field: 'body.statement',
  },
  {
    name: 'suggestions by the five hundred',
    path: '/suggest',
    body: '{"objective": "Grow", "limit": 500}',
    status: 422,
    field: 'body.limit',
  },
  {
    name: 'negative hours',
    path: '/initiatives/macros/time-entries',
    body: '{"date": "2026-11-23", "hours": -1, "person": "tomas"}',
    status: 422,
    field: 'body.hours',
  },
  {
    name: 'hours with no one to log them for',
    path: '/initiatives/macros/time-entries',
    body: '{"date": "2026-11-23", "hours": 1}',
    status: 422,
    field: 'body.person',
  },
  {
    name: 'a team under an unknown team',
    path: '/teams',
    body: '{"name": "Tier 3", "parent": "ghost"}',
    status: 404,
    asOwner: true,
  },
  {
    name: 'a person with a broken email',
    path: '/people',
    body: '{"name": "Sam", "email": "sam-at-acme"}',
    status: 422,
    field: 'body.email',
    asOwner: true,
  },
  {
    name: 'a KPI name with the NUL character',
    path: '/kpis',
    body: '{"name": "Churn\\u0000", "cadence": "monthly"}',
    status: 400,
  },
  {
    name: 'a CSV with the NUL character',
    path: `${POINTS}.csv`,
    body: 'at,value,note\n2026-11-20,3,a\u0000b\n',
    contentType: 'text/csv',
    status: 400,
  },
  { name: 'an address with the NUL character', method: 'GET', path: '/kpis/a%00b', status: 400 },
  { name: 'an audit page of none', method: 'GET', path: '/audit?limit=0', status: 400, field: 'query.limit' },
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
    // Every change is audited in its own transaction, so an unchanged log means nothing was stored.
    const count = async () => {
      const rows = async (table: 'data_points' | 'audit_log') =>
        Number(
          (
            await server.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return (await rows('data_points')) + (await rows('audit_log'));
    };
    const caller = c.asOwner
      ? { cookie: await server.member('owner', acme ?? '', 'aiko@acme.example') }
      : { token: secret };
    const before = await count();
    const response = await server.call(
      c.method ?? 'POST',
      `/api/v1/workspaces/${acme}${c.path}`,
      c.body,
      caller,
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
