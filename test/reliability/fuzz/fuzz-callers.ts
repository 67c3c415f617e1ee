import type { Caller, testServer } from '../../../src/server/test-support/harness.js';
import { createApiToken } from '../../../src/service/accounts/api-token.service.js';
import type { FuzzRequest } from './fuzz-requests.js';
import type { Pools } from './schema-values.js';

type Server = Awaited<ReturnType<typeof testServer>>;

export interface FuzzCaller {
  readonly name: string;
  readonly credentials: Caller;
  /** May read the workspace under fuzz (its members and its token). */
  readonly member: boolean;
  /** May change it. */
  readonly writes: boolean;
}

export interface Expected {
  /** Acknowledged points: KPI key → instants. */
  readonly points: Map<string, Set<number>>;
  /** Keys of records the API answered 201 for, each with the key of the record it is part of. */
  readonly records: Map<string, string | null>;
}

const KEYED = ['kpis', 'objectives', 'key_results', 'cycles', 'initiatives', 'teams', 'people'] as const;
const CREATED = /\/(kpis|objectives|key-results|cycles|initiatives|teams|people)$/;

/**
 * Who fuzzes the workspace: its owner, editor and viewer (cookies), a token with every
 * scope, the owner of another workspace and that workspace's token, and nobody signed in.
 */
export async function fuzzCallers(server: Server, workspace: string, otherWorkspace: string) {
  const owner = await server.member('owner', workspace, 'owner@acme.test');
  const editor = await server.member('editor', workspace, 'priya@acme.example');
  const viewer = await server.member('viewer', workspace, 'viewer@acme.test');
  const outsider = await server.member('owner', otherWorkspace, 'outsider@elsewhere.test');
  const token = await tokenOf(server, workspace);
  const foreignToken = await tokenOf(server, otherWorkspace);
  const callers: FuzzCaller[] = [
    { name: 'owner', credentials: { cookie: owner }, member: true, writes: true },
    { name: 'token', credentials: { token }, member: true, writes: true },
    { name: 'editor', credentials: { cookie: editor }, member: true, writes: true },
    { name: 'viewer', credentials: { cookie: viewer }, member: true, writes: false },
    { name: 'outsider', credentials: { cookie: outsider }, member: false, writes: false },
    { name: 'foreign-token', credentials: { token: foreignToken }, member: false, writes: false },
    { name: 'anonymous', credentials: {}, member: false, writes: false },
  ];
  const weights = [7, 5, 3, 2, 1, 1, 1];
  const weighted = callers.flatMap((caller, i) => Array<FuzzCaller>(weights[i] ?? 1).fill(caller));
  const ws = await server.db
    .selectFrom('workspaces')
    .select(['id', 'name'])
    .where('slug', '=', workspace)
    .executeTakeFirstOrThrow();
  const otherKpis = new Set(
    (
      await server.db
        .selectFrom('kpis')
        .innerJoin('workspaces', 'workspaces.id', 'kpis.workspace_id')
        .select('kpis.name')
        .where('workspaces.slug', '=', otherWorkspace)
        .execute()
    ).map((k) => k.name),
  );
  const ownKpis = await server.db
    .selectFrom('kpis')
    .select('name')
    .where('workspace_id', '=', ws.id)
    .execute();
  /** What only a reader of the workspace can know. */
  const markers = [ws.name, ...ownKpis.map((k) => k.name).filter((name) => !otherKpis.has(name))];

  let cached: Pools | undefined;
  let served = 0;
  async function pools(): Promise<Pools> {
    if (cached && served++ % 50 !== 0) return cached;
    const ids: Record<string, string[]> = { workspaces: [workspace], numbers: ['1', '2', '3', '4', '5'] };
    const names: Record<(typeof KEYED)[number], string> = {
      kpis: 'kpis',
      objectives: 'objectives',
      key_results: 'keyResults',
      cycles: 'cycles',
      initiatives: 'initiatives',
      teams: 'teams',
      people: 'people',
    };
    for (const table of KEYED) {
      const rows = await server.db
        .selectFrom(table)
        .select('key')
        .where('workspace_id', '=', ws.id)
        .execute();
      ids[names[table]] = rows.map((r) => r.key);
    }
    ids.parents = ids.objectives ?? [];
    cached = { ids };
    return cached;
  }

  function acknowledged(request: FuzzRequest, json: unknown, expected: Expected): void {
    const path = request.path.split('?')[0] ?? '';
    const points = /\/kpis\/([^/]+)\/points$/.exec(path);
    if (request.method === 'POST' && points?.[1] && request.contentType === 'application/json') {
      const kpi = decodeURIComponent(points[1]);
      const body = JSON.parse(request.body ?? '{}') as { points?: { at?: unknown }[]; at?: unknown };
      const ats = expected.points.get(kpi) ?? new Set<number>();
      for (const point of body.points ?? [body]) {
        const at = typeof point.at === 'string' ? Date.parse(point.at) : Number.NaN;
        if (Number.isFinite(at)) ats.add(at);
      }
      expected.points.set(kpi, ats);
    }
    const id = (json as { id?: unknown } | null)?.id;
    if (request.method === 'POST' && CREATED.test(path) && typeof id === 'string') {
      const parent = /\/objectives\/([^/]+)\/key-results$/.exec(path)?.[1];
      expected.records.set(id, parent ? decodeURIComponent(parent) : null);
    }
    if (request.method === 'DELETE') {
      const gone = decodeURIComponent(path.split('/').pop() ?? '');
      // Archiving an objective archives its key results.
      for (const [key, parent] of expected.records)
        if (key === gone || parent === gone) expected.records.delete(key);
      if (/\/kpis\/[^/]+$/.test(path)) expected.points.delete(gone);
    }
  }

  return { weighted, pools, acknowledged, workspace, markers, secrets: [token, foreignToken] };
}

async function tokenOf(server: Server, slug: string): Promise<string> {
  const ws = await server.db
    .selectFrom('workspaces')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const { secret } = await createApiToken(
    server.db,
    { workspaceId: ws.id, name: 'fuzz', scopes: ['read', 'write', 'ingest'], createdBy: null },
    server.clock.now,
  );
  return secret;
}

export interface Verdict {
  readonly fiveHundred: boolean;
  readonly partial: boolean;
  /** Why the answer leaked, or null. */
  readonly leaked: string | null;
}

/** What one answer says about the API: a 5xx, a partial write, a leak. */
export function judge(
  request: FuzzRequest,
  caller: FuzzCaller,
  answer: { status: number; text: string },
  changed: boolean,
  known: { workspace: string; markers: readonly string[]; secrets: readonly string[] },
): Verdict {
  const fiveHundred = answer.status >= 500 || /\bat .*\.(ts|js):\d+/.test(answer.text);
  const partial = answer.status >= 400 && changed;
  let leaked: string | null = null;
  if (known.secrets.some((secret) => answer.text.includes(secret)) || answer.text.includes('$argon2'))
    leaked = 'a secret in the answer';
  else if (
    !caller.member &&
    answer.status < 400 &&
    request.path.startsWith(`/api/v1/workspaces/${known.workspace}/`)
  )
    leaked = `${caller.name} was answered`;
  else if (!caller.member && known.markers.some((marker) => answer.text.includes(marker)))
    leaked = `${caller.name} read the workspace`;
  else if (!caller.writes && changed && !/\/notifications$/.test(request.path.split('?')[0] ?? ''))
    leaked = `${caller.name} changed the workspace`;
  return { fiveHundred, partial, leaked };
}
