import { describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
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
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: (ws: string) => string;
  readonly body?: unknown;
  readonly expect: Partial<Record<Who, number>>;
}

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

/** Every route × every kind of caller, including members and tokens of another workspace. */
const CASES: readonly Case[] = [
  { route: 'dashboard', method: 'GET', path: (ws) => `/api/v1/workspaces/${ws}/dashboard`, expect: reads },
  {
    route: 'report',
    method: 'GET',
    path: (ws) => `/api/v1/workspaces/${ws}/report?asOf=2026-11-23`,
    expect: reads,
  },
  { route: 'kpi list', method: 'GET', path: (ws) => `/api/v1/workspaces/${ws}/kpis`, expect: reads },
  {
    route: 'one kpi',
    method: 'GET',
    path: (ws) => `/api/v1/workspaces/${ws}/kpis/first-response-time`,
    expect: reads,
  },
  {
    route: 'kpi points',
    method: 'GET',
    path: (ws) => `/api/v1/workspaces/${ws}/kpis/first-response-time/points`,
    expect: reads,
  },
  {
    route: 'record a point',
    method: 'POST',
    path: (ws) => `/api/v1/workspaces/${ws}/kpis/first-response-time/points`,
    body: point,
    expect: {
      anonymous: 401,
      viewer: 403,
      editorOwning: 200,
      editorOther: 403,
      admin: 200,
      owner: 200,
      readToken: 403,
      ingestToken: 200,
      writeToken: 200,
      foreignMember: 404,
      foreignToken: 404,
    },
  },
  {
    route: 'list tokens',
    method: 'GET',
    path: (ws) => `/api/v1/workspaces/${ws}/tokens`,
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
    path: (ws) => `/api/v1/workspaces/${ws}/tokens`,
    body: { name: 'sync', scopes: ['ingest'] },
    expect: { viewer: 403, editorOwning: 403, admin: 201, owner: 201, writeToken: 403, foreignMember: 404 },
  },
];

describe.each(testDialects())('authorisation on $name', (dialect) => {
  it.each(CASES)('$method $route answers each caller as their role and workspace allow', async (c) => {
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
      // Tomás owns first-response-time in the example; Maya owns other KPIs.
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
    const answers: Partial<Record<Who, number>> = {};
    for (const who of Object.keys(c.expect) as Who[]) {
      const response = await server.call(c.method, c.path(acme), c.body, callers[who]);
      answers[who] = response.status;
      if (response.status >= 400)
        expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(answers).toEqual(c.expect);
  });
});
