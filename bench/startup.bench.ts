/**
 * Start-up and memory at the edges (issue 15): how long the built CLI takes per command
 * next to a bare `node -e 0` in the same run (goal: under 3×), how soon `ratchet serve`
 * answers `/healthz` (goal: 300 ms), and the server's RSS after 10,000 dashboard
 * requests on the demo (goal: under 120 MB) with the dashboard's p99 at 8 connections
 * (goal: under 25 ms). Measures the built `bin/ratchet.js`: run `npm run build` first.
 *
 * The machine is often shared, so every figure comes with the load average, and the CLI
 * is also measured in CPU time (user + system of the child processes), which a busy
 * machine disturbs far less than wall time.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/server/demo-account.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'ratchet.js');
const example = join(root, 'examples', 'saas.yaml');
const dir = mkdtempSync(join(tmpdir(), 'ratchet-startup-'));
const rounds = 9;

const commands: ReadonlyArray<{ label: string; args: readonly string[] }> = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'ratchet --version', args: [bin, '--version'] },
  { label: 'ratchet parse "…"', args: [bin, 'parse', 'Cut first response time from 6 h to 2 h by June 30'] },
  { label: 'ratchet report <file>', args: [bin, 'report', example, '--as-of', '2026-11-15'] },
  { label: 'ratchet check <file>', args: [bin, 'check', example] },
];

/** The load average over the last minute, printed with each figure. */
function load(): string {
  return `load ${(loadavg()[0] ?? 0).toFixed(1)}`;
}

/**
 * CPU seconds (user + system) of this process's waited-for children, from Linux's
 * /proc/self/stat (fields 16 and 17, in clock ticks of 10 ms); null elsewhere.
 */
function childrenCpuTicks(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[13]) + Number(fields[14]);
  } catch {
    return null;
  }
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Interleaved rounds, so a burst of load on a shared machine hits every command alike.
const samples = new Map<string, number[]>(commands.map((c) => [c.label, []]));
const cpuTicks = new Map<string, number>(commands.map((c) => [c.label, 0]));
const loadBefore = load();
for (let round = 0; round < rounds; round++) {
  for (const { label, args } of commands) {
    const ticks = childrenCpuTicks();
    const started = performance.now();
    const run = spawnSync(process.execPath, args, {
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (run.status !== 0 && label !== 'ratchet check <file>')
      throw new Error(`${label} exited with ${run.status}`);
    samples.get(label)?.push(performance.now() - started);
    const after = childrenCpuTicks();
    if (ticks !== null && after !== null) cpuTicks.set(label, (cpuTicks.get(label) ?? 0) + after - ticks);
  }
}
const bare = median(samples.get('node -e 0') ?? []);
const bareCpu = cpuTicks.get('node -e 0') ?? 0;
process.stdout.write(
  `CLI, median wall time of ${rounds} interleaved runs, and CPU time (user + system) summed over them; ` +
    `goal: under 3× bare Node (${loadBefore} → ${load()}):\n`,
);
for (const { label } of commands) {
  const ms = median(samples.get(label) ?? []);
  const ratio = ms / bare;
  const cpu = cpuTicks.get(label) ?? 0;
  const cpuRatio = bareCpu > 0 ? cpu / bareCpu : Number.NaN;
  const wall = label === 'node -e 0' ? '' : ` = ${ratio.toFixed(1)}× (${ratio < 3 ? 'met' : 'MISSED'})`;
  const cpuText =
    bareCpu === 0
      ? ''
      : `; CPU ${String(cpu * 10).padStart(5)} ms${label === 'node -e 0' ? '' : ` = ${cpuRatio.toFixed(1)}×`}`;
  process.stdout.write(`  ${label.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms${wall}${cpuText}\n`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  /** The port is bound: `/healthz` answers while the app still loads. */
  readonly healthyAfterMs: number;
  /** The app serves: `/readyz` answers 200. */
  readonly readyAfterMs: number;
}

async function serve(args: readonly string[]): Promise<Served> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), ...args], {
    stdio: 'ignore',
    env: { ...process.env, RATCHET_LOG_LEVEL: 'silent' },
  });
  const answered = async (path: string): Promise<number> => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`ratchet serve exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${url}${path}`)).ok) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const healthyAfterMs = await answered('/healthz');
  return { child, url, healthyAfterMs, readyAfterMs: await answered('/readyz') };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Rss {
  readonly total: number;
  /** Node's own binary and shared libraries: file pages, the same for any Node program. */
  readonly files: number;
  /** malloc's heap: SQLite's page cache and statements, native modules' buffers. */
  readonly malloc: number;
  /** Anonymous maps: V8's heap (new, old and code spaces) and thread stacks. */
  readonly anonymous: number;
}

/** RSS in MB by kind of mapping, from Linux's /proc/<pid>/smaps. */
function rss(pid: number | undefined): Rss {
  let files = 0;
  let malloc = 0;
  let anonymous = 0;
  let kind: 'files' | 'malloc' | 'anonymous' = 'anonymous';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const name = mapping[1] ?? '';
      kind = name === '[heap]' ? 'malloc' : name.startsWith('/') ? 'files' : 'anonymous';
      continue;
    }
    const kb = /^Rss:\s+(\d+) kB/.exec(line)?.[1];
    if (kb === undefined) continue;
    if (kind === 'files') files += Number(kb);
    else if (kind === 'malloc') malloc += Number(kb);
    else anonymous += Number(kb);
  }
  return {
    total: (files + malloc + anonymous) / 1024,
    files: files / 1024,
    malloc: malloc / 1024,
    anonymous: anonymous / 1024,
  };
}

function rssParts(r: Rss): string {
  return `${r.files.toFixed(0)} MB Node's binary and libraries, ${r.anonymous.toFixed(0)} MB V8 heap and stacks, ${r.malloc.toFixed(0)} MB malloc (SQLite, native modules)`;
}

// The first start creates and migrates the database; later starts find it ready.
const db = `sqlite:${join(dir, 'startup.db')}`;
const first = await serve(['--db', db]);
await stop(first.child);
const starts: number[] = [];
const readies: number[] = [];
for (let i = 0; i < 5; i++) {
  const again = await serve(['--db', db]);
  starts.push(again.healthyAfterMs);
  readies.push(again.readyAfterMs);
  await stop(again.child);
}
const start = median(starts);
process.stdout.write(
  `\nratchet serve → first /healthz: ${start.toFixed(0)} ms median of ${starts.length} starts on a migrated database ` +
    `(goal 300 ms: ${start <= 300 ? 'met' : 'MISSED'}; ${load()}); ${first.healthyAfterMs.toFixed(0)} ms on a new one (migrations included)\n` +
    `ratchet serve → first /readyz 200 (app loaded, jobs running): ${median(readies).toFixed(0)} ms median\n`,
);

const demo = await serve(['--demo', '--db', `sqlite:${join(dir, 'demo.db')}`]);
const signIn = await fetch(`${demo.url}/api/v1/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: demo.url },
  body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
if (!signIn.ok || cookie === '')
  throw new Error(`demo sign-in failed: ${signIn.status} ${await signIn.text()}`);
const me = (await (await fetch(`${demo.url}/api/v1/me`, { headers: { cookie } })).json()) as {
  workspaces?: { slug: string }[];
};
const slug = me.workspaces?.[0]?.slug;
if (slug === undefined) throw new Error('the demo has no workspace');
const idle = rss(demo.child.pid);
const result = await autocannon({
  url: `${demo.url}/api/v1/workspaces/${slug}/dashboard`,
  connections: 8,
  amount: 10_000,
  headers: { cookie, 'accept-encoding': 'gzip' },
});
const loaded = rss(demo.child.pid);
const failures = result.errors + result.non2xx;
process.stdout.write(
  `demo server RSS: ${idle.total.toFixed(0)} MB idle, ${loaded.total.toFixed(0)} MB after ${(result.requests.sent ?? 10_000).toLocaleString('en')} dashboard requests ` +
    `(goal < 120 MB: ${loaded.total < 120 ? 'met' : 'MISSED'}; ${load()})\n` +
    `  idle:  ${rssParts(idle)}\n  after: ${rssParts(loaded)}\n` +
    `dashboard at 8 connections: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms ` +
    `(goal p99 < 25 ms: ${result.latency.p99 < 25 ? 'met' : 'MISSED'}; ${load()})${failures > 0 ? `, ${failures} failed` : ''}\n`,
);
await stop(demo.child);
rmSync(dir, { recursive: true, force: true });
