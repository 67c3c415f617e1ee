/**
 * The HTTP server under load on loopback (issue 5): `GET /dashboard` of a workspace with
 * 100 KPIs × 1 year of daily points and 50 objectives × 4 KRs, at 8 and 50 connections,
 * next to a static endpoint returning the same bytes in the same run. Goals: ≥ 50% of the
 * static rate, p99 under 25 ms at 8 connections. Then bulk ingestion over HTTP in points/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import pino from 'pino';
import { startServer } from '../src/server/start-server.js';
import { createApiToken } from '../src/service/accounts/api-token.service.js';
import { signIn } from '../src/service/accounts/session.service.js';
import { addUser } from '../src/service/accounts/user.service.js';
import { importWorkspace } from '../src/service/workspace-import.service.js';
import { generateWorkspace } from './generate-workspace.js';

const dir = mkdtempSync(join(tmpdir(), 'ratchet-bench-'));
const { workspace } = generateWorkspace({
  kpis: 100,
  pointsPerKpi: 365,
  objectives: 50,
  keyResultsPerObjective: 4,
  teams: 8,
  people: 30,
});
const server = await startServer({
  databaseUrl: `sqlite:${join(dir, 'bench.db')}`,
  port: 0,
  host: '127.0.0.1',
  trustProxy: false,
  logger: pino({ level: 'silent' }),
  beforeListen: async (store) => {
    await importWorkspace(store, workspace, { actor: 'system', at: Date.now() });
  },
});
const row = await server.store.db.selectFrom('workspaces').select(['id', 'slug']).executeTakeFirstOrThrow();
const { secret } = await createApiToken(
  server.store.db,
  { workspaceId: row.id, name: 'bench', scopes: ['write'], createdBy: null },
  Date.now(),
);
// The dashboard is read by people (session cookie); tokens are rate limited per minute.
await addUser(
  server.store.db,
  { email: 'bench@example.com', password: 'bench password', workspace: row.slug, role: 'viewer' },
  Date.now(),
);
const session = await signIn(
  server.store.db,
  { email: 'bench@example.com', password: 'bench password' },
  Date.now(),
);
// As a browser asks: the dashboard is sent gzipped (compressed once per change and minute).
const headers = { cookie: `ratchet_session=${session?.secret}`, 'accept-encoding': 'gzip' };
const tokenHeaders = { authorization: `Bearer ${secret}` };
const dashboardUrl = `${server.url}/api/v1/workspaces/${row.slug}/dashboard`;
const json = await (await fetch(dashboardUrl, { headers })).text();
// The same bytes the server sends: zlib at the same level is deterministic.
const bytes = gzipSync(Buffer.from(json));
process.stdout.write(
  `workspace: ${workspace.kpis.length} KPIs × ${workspace.kpis[0]?.points.length} points, ${workspace.objectives.length} objectives × 4 KRs; dashboard ${(json.length / 1024).toFixed(0)} KiB, ${(bytes.length / 1024).toFixed(0)} KiB gzipped\n`,
);

const staticApp = new Hono().get('/static', (c) =>
  c.body(new Uint8Array(bytes), 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }),
);
let staticServer: ReturnType<typeof serve> | undefined;
const staticUrl = await new Promise<string>((resolve) => {
  const s = serve({ fetch: staticApp.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    resolve(`http://127.0.0.1:${info.port}/static`),
  );
  staticServer = s;
});

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function load(url: string, connections: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: 5, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

for (const connections of [8, 50]) {
  const dashboard = await load(dashboardUrl, connections);
  const plain = await load(staticUrl, connections);
  const share = dashboard.rps / plain.rps;
  const goals =
    connections === 8
      ? ` (goals ≥ 50% of static: ${share >= 0.5 ? 'met' : 'MISSED'}; p99 < 25 ms: ${dashboard.p99 < 25 ? 'met' : 'MISSED'})`
      : '';
  process.stdout.write(
    `${connections} connections: GET /dashboard ${dashboard.rps.toFixed(0)} req/s p50 ${dashboard.p50} ms p99 ${dashboard.p99} ms` +
      ` | static ${plain.rps.toFixed(0)} req/s p50 ${plain.p50} ms p99 ${plain.p99} ms | ${(share * 100).toFixed(0)}% of static${goals}` +
      `${dashboard.errors + plain.errors > 0 ? ` | ${dashboard.errors + plain.errors} errors` : ''}\n`,
  );
}

// Bulk ingestion: 20 requests × 10,000 points into one KPI, each a new stretch of minutes.
const kpi = workspace.kpis[0]?.id ?? '';
const requests = 20;
const perRequest = 10_000;
const started = performance.now();
for (let r = 0; r < requests; r++) {
  const base = Date.UTC(2030, 0, 1) + r * perRequest * 60_000;
  const points = Array.from({ length: perRequest }, (_, i) => ({
    at: new Date(base + i * 60_000).toISOString(),
    value: i % 97,
  }));
  const response = await fetch(`${server.url}/api/v1/workspaces/${row.slug}/kpis/${kpi}/points`, {
    method: 'POST',
    headers: { ...tokenHeaders, 'content-type': 'application/json' },
    body: JSON.stringify({ points }),
  });
  if (!response.ok) throw new Error(`ingestion failed: ${response.status} ${await response.text()}`);
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `bulk ingestion over HTTP: ${((requests * perRequest) / seconds).toFixed(0)} points/s (${requests} requests × ${perRequest.toLocaleString('en')} points in ${seconds.toFixed(1)} s)\n`,
);

staticServer?.close();
await server.stop();
rmSync(dir, { recursive: true, force: true });
