/**
 * Two `ratchet serve` processes vs one on the same PostgreSQL (issue 12): `GET /dashboard`
 * of a workspace with 100 KPIs × 1 year of daily points and 50 objectives × 4 KRs, at the
 * same total connections, measured in one run so the ratio compares like with like. Where
 * the time goes: CPU seconds of each server process, of PostgreSQL and of the load
 * generator (this process) over each measurement, from /proc.
 *
 * Needs a PostgreSQL database it may fill: RATCHET_BENCH_PG or RATCHET_TEST_PG, e.g.
 *   RATCHET_PG_PORT=55454 scripts/with-postgres.sh npm run bench -- multi-server
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { signIn } from '../src/service/accounts/session.service.js';
import { addUser } from '../src/service/accounts/user.service.js';
import { importWorkspace } from '../src/service/workspace-import.service.js';
import { closeDatabase, openDatabase } from '../src/store/database.js';
import { generateWorkspace } from './generate-workspace.js';

const baseUrl = process.env.RATCHET_BENCH_PG ?? process.env.RATCHET_TEST_PG;
if (!baseUrl) {
  process.stdout.write('skipped: set RATCHET_BENCH_PG (or run under scripts/with-postgres.sh).\n');
  process.exit(0);
}
const name = `ratchet_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

const { workspace } = generateWorkspace({
  kpis: 100,
  pointsPerKpi: 365,
  objectives: 50,
  keyResultsPerObjective: 4,
  teams: 8,
  people: 30,
});
const store = await openDatabase(databaseUrl);
await importWorkspace(store, workspace, { actor: 'system', at: Date.now() });
const slug = (await store.db.selectFrom('workspaces').select('slug').executeTakeFirstOrThrow()).slug;
await addUser(
  store.db,
  { email: 'bench@example.com', password: 'bench password', workspace: slug, role: 'viewer' },
  Date.now(),
);
const session = await signIn(
  store.db,
  { email: 'bench@example.com', password: 'bench password' },
  Date.now(),
);
await closeDatabase(store);
const headers = { cookie: `ratchet_session=${session?.secret}`, 'accept-encoding': 'gzip' };

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
}

function startServe(): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/ratchet.ts', 'serve', '--port', '0', '--db', databaseUrl],
    {
      env: { ...process.env, RATCHET_SECRET_KEY: 'bench servers share one key' },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const listening = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        // Request logs keep coming: drain them unread.
        child.stdout?.off('data', listening);
        child.stdout?.resume();
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', listening);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  try {
    return execFileSync('pgrep', ['-u', 'postgres'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

const [a, b] = [await startServe(), await startServe()];
const dashboard = (server: Server) => `${server.url}/api/v1/workspaces/${slug}/dashboard`;
for (const server of [a, b]) await (await fetch(dashboard(server), { headers })).text();

const CONNECTIONS = 16;
const SECONDS = 10;

async function measure(targets: readonly Server[]) {
  const pgPids = postgresPids();
  const before = {
    servers: targets.map((t) => cpuSeconds(t.child.pid)),
    pg: pgPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    bench: process.cpuUsage(),
  };
  const started = performance.now();
  const results = await Promise.all(
    targets.map((t) =>
      autocannon({
        url: dashboard(t),
        connections: CONNECTIONS / targets.length,
        duration: SECONDS,
        headers,
      }),
    ),
  );
  const wall = (performance.now() - started) / 1000;
  const bench = process.cpuUsage(before.bench);
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    cpu: {
      servers: targets.map((t, i) => (cpuSeconds(t.child.pid) - (before.servers[i] ?? 0)) / wall),
      pg: (pgPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0) - before.pg) / wall,
      bench: (bench.user + bench.system) / 1e6 / wall,
    },
  };
}

const cores = (share: number) => `${share.toFixed(2)} cores`;
const report = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
  process.stdout.write(
    `${label}: ${m.rps.toFixed(0)} req/s, p99 ${m.p99} ms${m.errors ? `, ${m.errors} errors` : ''} | CPU: ` +
      `${m.cpu.servers.map((s, i) => `server ${i + 1} ${cores(s)}`).join(', ')}, PostgreSQL ${cores(m.cpu.pg)}, load generator ${cores(m.cpu.bench)}\n`,
  );

process.stdout.write(
  `${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} before; ${CONNECTIONS} connections in all, ${SECONDS} s each\n`,
);
const one = await measure([a]);
report('one server', one);
const two = await measure([a, b]);
report('two servers', two);
process.stdout.write(
  `ratio two/one: ${(two.rps / one.rps).toFixed(2)} (load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} after)\n`,
);

for (const server of [a, b]) {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}
await admin.query(`drop database if exists ${name} with (force)`);
await admin.end();
