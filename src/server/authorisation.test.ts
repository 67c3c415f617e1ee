import { describe, expect, it } from 'vitest';
import { type TestDialect, testDialects } from '../../test/store/databases.js';
import { createApiToken } from '../service/accounts/api-token.service.js';
import { addUser } from '../service/accounts/user.service.js';
import { type Caller, importExamples, testServer } from './test-support/harness.js';

type Who =
  | 'anonymous'
  | 'viewer'
  | 'editorOwning'
  | 'editorOther'
  | 'admin'
  | 'owner'
  | 'readToken'
  | 'ingestToken'
  | 'writeToken'
  | 'foreignMember'
  | 'foreignToken';

interface Case {
  readonly route: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** `made` is the id `make` returned, for routes that use up their record (archive, purge). */
  readonly path: (ws: string, made: string) => string;
  readonly body?: unknown;
  /** Runs as the owner before each caller: a fresh record for the caller to act on. */
  readonly make?: (asOwner: OwnerCall) => Promise<string>;
  /** Adds the `version` the owner reads at the same path, so no caller trips on a stale one. */
  readonly versioned?: boolean;
  /** The route answers once (a ratchet): after a success the next caller gets a fresh workspace. */
  readonly isolated?: boolean;
  readonly expect: Partial<Record<Who, number>>;
}

type OwnerCall = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

const point = { at: '2026-11-20', value: 29 };
const reads = {
  anonymous: 401,
  viewer: 200,
  editorOther: 200,
  admin: 200,
  owner: 200,
  readToken: 200,
  ingestToken: 403,
  writeToken: 200,
  foreignMember: 404,
  foreignToken: 404,
};
/** Changing what Tomás owns: editors only their own, tokens with the "write" scope. */
const editOwned = (ok: number) => ({
  anonymous: 401,
  viewer: 403,
  editorOwning: ok,
  editorOther: 403,
  admin: ok,
  owner: ok,
  readToken: 403,
  ingestToken: 403,
  writeToken: ok,
  foreignMember: 404,
  foreignToken: 404,
});
/** People, teams, cycles, purges: signed-in admins and owners only. */
const manage = (ok: number) => ({
  anonymous: 401,
  viewer: 403,
  editorOwning: 403,
  editorOther: 403,
  admin: ok,
  owner: ok,
  readToken: 403,
  ingestToken: 403,
  writeToken: 403,
  foreignMember: 404,
  foreignToken: 404,
});
const read = (route: string, path: string): Case => ({
  route,
  method: 'GET',
  path: (ws) => `/api/v1/workspaces/${ws}${path}`,
  expect: reads,
});
const at = (path: string) => (ws: string, made: string) =>
  `/api/v1/workspaces/${ws}${path.replace('{made}', made)}`;

/** Every route × every kind of caller, including members and tokens of another workspace. */
const CASES: readonly Case[] = [
  read('dashboard', '/dashboard'),
  read('report', '/report?asOf=2026-11-23'),
  read('kpi list', '/kpis'),
  read('one kpi', '/kpis/first-response-time'),
  read('kpi points', '/kpis/first-response-time/points'),
  {
    route: 'record a point',
    method: 'POST',
    path: at('/kpis/first-response-time/points'),
    body: point,
    expect: { ...editOwned(200), ingestToken: 200 },
  },
  {
    route: 'list tokens',
    method: 'GET',
    path: at('/tokens'),
    expect: {
      anonymous: 401,
      viewer: 403,
      editorOther: 403,
      admin: 200,
      owner: 200,
      writeToken: 403,
      foreignMember: 404,
    },
  },
  {
    route: 'create a token',
    method: 'POST',
    path: at('/tokens'),
    body: { name: 'sync', scopes: ['ingest'] },
    expect: { viewer: 403, editorOwning: 403, admin: 201, owner: 201, writeToken: 403, foreignMember: 404 },
  },
  {
    route: 'create a kpi',
    method: 'POST',
    path: at('/kpis'),
    body: { name: 'Tickets per agent', cadence: 'weekly', owner: 'tomas' },
    expect: editOwned(201),
  },
  {
    route: 'change a kpi',
    method: 'PATCH',
    path: at('/kpis/first-response-time'),
    body: { name: 'First response time (business hours)' },
    versioned: true,
    expect: editOwned(200),
  },
  {
    route: 'archive a kpi',
    method: 'DELETE',
    path: at('/kpis/{made}'),
    make: async (asOwner) =>
      (await asOwner('POST', '/kpis', { name: 'Spare', cadence: 'weekly', owner: 'tomas' })).id as string,
    expect: editOwned(204),
  },
  {
    route: 'purge a kpi',
    method: 'DELETE',
    path: at('/kpis/{made}?purge=true'),
    make: async (asOwner) =>
      (await asOwner('POST', '/kpis', { name: 'Spare', cadence: 'weekly', owner: 'tomas' })).id as string,
    expect: manage(204),
  },
  {
    route: 'draft an okr',
    method: 'POST',
    path: at('/kpis/first-response-time/draft-okr'),
    expect: reads,
  },
  {
    route: 'draft and create an okr',
    method: 'POST',
    path: at('/kpis/first-response-time/draft-okr'),
    body: { create: true },
    expect: editOwned(201),
  },
  read('decisions', '/decisions?kpi=backlog'),
  {
    route: 'record a decision',
    method: 'POST',
    path: at('/decisions'),
    // A token is no person, so the matrix names who decided (decisions-round-trip.test.ts has the default).
    body: { kpi: 'first-response-time', text: 'Hold the second shift another month.', by: 'tomas' },
    expect: editOwned(201),
  },
  read('objectives', '/objectives?cycle=2026-q4'),
  read('one objective', '/objectives/tier1-billing'),
  {
    route: 'create an objective',
    method: 'POST',
    path: at('/objectives'),
    body: { title: 'Billing questions answered at tier 1', cycle: '2026-q4', owner: 'tomas' },
    expect: editOwned(201),
  },
  {
    route: 'change an objective',
    method: 'PATCH',
    path: at('/objectives/tier1-billing'),
    body: { title: 'Tier 1 answers billing questions' },
    versioned: true,
    expect: editOwned(200),
  },
  {
    route: 'archive an objective',
    method: 'DELETE',
    path: at('/objectives/{made}'),
    make: async (asOwner) =>
      (await asOwner('POST', '/objectives', { title: 'Spare', cycle: '2026-q4', owner: 'tomas' }))
        .id as string,
    expect: editOwned(204),
  },
  {
    route: 'add a key result',
    method: 'POST',
    path: at('/objectives/tier1-billing/key-results'),
    body: { title: 'Cut billing escalations from 40 to 20 a month', baseline: 40, target: 20 },
    expect: editOwned(201),
  },
  {
    route: 'change a key result',
    method: 'PATCH',
    path: at('/key-results/kr-billing-fcr'),
    body: { title: 'Billing first-contact resolution' },
    expect: editOwned(200),
  },
  {
    route: 'archive a key result',
    method: 'DELETE',
    path: at('/key-results/{made}'),
    make: async (asOwner) =>
      (await asOwner('POST', '/objectives/tier1-billing/key-results', { title: 'Spare', milestone: true }))
        .id as string,
    expect: editOwned(204),
  },
  read('check-ins', '/key-results/kr-billing-fcr/check-ins'),
  {
    route: 'check in',
    method: 'POST',
    path: at('/key-results/kr-billing-fcr/check-ins'),
    body: { value: 61, confidence: 0.7 },
    expect: editOwned(201),
  },
  read('cycles', '/cycles'),
  {
    route: 'add a cycle',
    method: 'POST',
    path: at('/cycles'),
    body: { start: '2027-01-01', end: '2027-03-31' },
    expect: manage(201),
  },
  { route: 'close a cycle', method: 'POST', path: at('/cycles/2026-q3/close'), expect: manage(200) },
  read('read a cycle review', '/cycles/2026-q3/review'),
  ...(['accept', 'reject'] as const).map(
    (answer): Case => ({
      route: `${answer} a ratchet`,
      method: 'POST',
      path: at(`/cycles/2026-q3/proposals/kr-deflection/${answer}`),
      body: { by: 'leo' },
      make: async (asOwner) => {
        await asOwner('POST', '/cycles/2026-q3/close');
        return '';
      },
      isolated: true,
      // The deflection KPI is Leo's, so neither editor may move its threshold.
      expect: { ...editOwned(200), editorOwning: 403 },
    }),
  ),
  {
    route: 'read a statement',
    method: 'POST',
    path: at('/parse'),
    body: { statement: 'Reduce churn from 8% to 5%' },
    expect: reads,
  },
  {
    route: 'suggest metrics',
    method: 'POST',
    path: at('/suggest'),
    body: { objective: 'Delight customers with fast support' },
    expect: reads,
  },
  read('findings', '/findings'),
  read('initiatives', '/initiatives'),
  {
    route: 'start an initiative',
    method: 'POST',
    path: at('/initiatives'),
    body: { title: 'Billing macros', owner: 'tomas', keyResults: ['kr-billing-fcr'] },
    expect: editOwned(201),
  },
  {
    route: 'change an initiative',
    method: 'PATCH',
    path: at('/initiatives/macros'),
    body: { status: 'in_progress' },
    expect: editOwned(200),
  },
  {
    route: 'log hours',
    method: 'POST',
    path: at('/initiatives/macros/time-entries'),
    body: { date: '2026-11-23', hours: 1.5, person: 'tomas' },
    expect: editOwned(201),
  },
  read('teams', '/teams'),
  { route: 'add a team', method: 'POST', path: at('/teams'), body: { name: 'Tier 2' }, expect: manage(201) },
  {
    route: 'change a team',
    method: 'PATCH',
    path: at('/teams/tier1'),
    body: { name: 'Tier one' },
    expect: manage(200),
  },
  read('people', '/people'),
  {
    route: 'add a person',
    method: 'POST',
    path: at('/people'),
    body: { name: 'Sam Okafor' },
    expect: manage(201),
  },
  read('audit log', '/audit?entity=kpi'),
];

async function fixture(dialect: TestDialect) {
  const server = await testServer(dialect);
  const [acme, northwind] = await importExamples(server, ['support-team.yaml', 'agency.yaml']);
  if (!acme || !northwind) throw new Error('examples missing');
  const ws = await server.db.selectFrom('workspaces').select(['id', 'slug']).execute();
  const idOf = (slug: string) => ws.find((w) => w.slug === slug)?.id ?? -1;
  const token = async (slug: string, scope: 'read' | 'write' | 'ingest') =>
    (
      await createApiToken(
        server.db,
        { workspaceId: idOf(slug), name: scope, scopes: [scope], createdBy: null },
        server.clock.now,
      )
    ).secret;
  await addUser(
    server.db,
    {
      email: 'stranger@northwind.test',
      password: 'correct horse battery',
      workspace: northwind,
      role: 'owner',
    },
    server.clock.now,
  );
  const callers: Record<Who, Caller> = {
    anonymous: {},
    viewer: { cookie: await server.member('viewer', acme, 'leo@acme.example') },
    // Tomás owns first-response-time, tier1-billing and macros in the example; Maya none of them.
    editorOwning: { cookie: await server.member('editor', acme, 'tomas@acme.example') },
    editorOther: { cookie: await server.member('editor', acme, 'maya@acme.example') },
    admin: { cookie: await server.member('admin', acme, 'priya@acme.example') },
    owner: { cookie: await server.member('owner', acme, 'aiko@acme.example') },
    readToken: { token: await token(acme, 'read') },
    ingestToken: { token: await token(acme, 'ingest') },
    writeToken: { token: await token(acme, 'write') },
    foreignMember: { cookie: await server.signInAs('stranger@northwind.test') },
    foreignToken: { token: await token(northwind, 'write') },
  };
  const asOwner: OwnerCall = async (method, path, body) => {
    const response = await server.call(method, `/api/v1/workspaces/${acme}${path}`, body, callers.owner);
    if (response.status >= 300)
      throw new Error(`setup ${method} ${path}: ${response.status} ${response.text}`);
    return response.json ?? {};
  };
  return { server, acme, callers, asOwner };
}

describe.each(testDialects())('authorisation on $name', (dialect) => {
  it.each(CASES)(
    '$method $route answers each caller as their role and workspace allow',
    async (c) => {
      let shared: Awaited<ReturnType<typeof fixture>> | undefined = await fixture(dialect);
      const answers: Partial<Record<Who, number>> = {};
      for (const who of Object.keys(c.expect) as Who[]) {
        const { server, acme, callers, asOwner } = shared ?? (await fixture(dialect));
        const made = c.make ? await c.make(asOwner) : '';
        const path = c.path(acme, made);
        let body = c.body;
        if (c.versioned) {
          const current = await asOwner('GET', path.replace(`/api/v1/workspaces/${acme}`, ''));
          body = { ...(c.body as object), version: current.version };
        }
        const response = await server.call(c.method, path, body, callers[who]);
        answers[who] = response.status;
        if (response.status >= 400)
          expect(response.headers.get('content-type')).toBe('application/problem+json');
        // A route that answers once needs a fresh workspace for the next caller it lets through.
        if (c.isolated && response.status < 300) shared = undefined;
      }
      expect(answers).toEqual(c.expect);
    },
    30_000,
  );
});
