import { describe, expect, it } from 'vitest';
import { importExamples, testServer } from '../../src/server/test-support/harness.js';
import { listPoints } from '../../src/service/data-point.service.js';
import { testDialects } from '../store/databases.js';
import { fingerprint, fingerprintTables } from './fuzz/fingerprint.js';
import { type FuzzCaller, fuzzCallers, judge } from './fuzz/fuzz-callers.js';
import { fuzzedRoutes, fuzzRequest } from './fuzz/fuzz-requests.js';
import { seededRandom } from './fuzz/seeded-random.js';
import { exportImportExport } from './round-trip.js';

declare module 'vitest' {
  interface TaskMeta {
    summaryLine?: string;
  }
}

/**
 * The seeded fuzz of the HTTP API (issue 13): random requests on every route, by every
 * kind of caller, mostly valid and otherwise wrong the ways clients are wrong. It counts
 *   5xx      answers 500 and up (or a stack trace);
 *   partial  refused requests that changed the database anyway (a fingerprint of every row);
 *   lost     acknowledged points and created records missing at the end;
 *   leaked   another workspace's member, a stranger or a viewer reading or changing what
 *            they may not, or a secret in an answer;
 * and fails on any. Then export → import → export of the fuzzed workspace must give the
 * same file. `RATCHET_FUZZ_REQUESTS=10000` (`npm run test:fuzz`) runs a long fuzz;
 * `RATCHET_FUZZ_SEED=<n>` replays the run whose seed a failure printed, and
 * `RATCHET_FUZZ_TRACE=<text>` prints every request or answer containing the text.
 */
// Channels and sources keep their secrets sealed; on PostgreSQL that needs a key.
process.env.RATCHET_SECRET_KEY ??= 'fuzz'.repeat(16);

const SEED = Number(process.env.RATCHET_FUZZ_SEED ?? 13);
const REQUESTS = Number(process.env.RATCHET_FUZZ_REQUESTS ?? 2_000);

describe.each(testDialects())('the API fuzz on $name', (dialect) => {
  it(`${REQUESTS} seeded requests: no 5xx, no partial write, nothing lost, nothing leaked; the round trip holds`, async ({
    task,
  }) => {
    const server = await testServer(dialect);
    const [acme, other] = await importExamples(server, ['support-team.yaml', 'saas.yaml']);
    if (!acme || !other) throw new Error('examples missing');
    const callers = await fuzzCallers(server, acme, other);
    const tables = await fingerprintTables(server.store);
    const routes = fuzzedRoutes();
    const random = seededRandom(SEED);
    const counts = { tried: 0, accepted: 0, fiveHundreds: 0, partial: 0, lost: 0, leaked: 0 };
    const problems: string[] = [];
    const note = (kind: string, what: string) => {
      if (problems.length < 20) problems.push(`${kind}: ${what}`);
    };
    const expected = { points: new Map<string, Set<number>>(), records: new Map<string, string | null>() };
    let before = await fingerprint(server.store, tables);
    for (let i = 0; i < REQUESTS; i++) {
      const pools = await callers.pools();
      const request = fuzzRequest(routes, random, pools);
      const caller: FuzzCaller = random.pick(callers.weighted);
      const answer = await server.call(request.method, request.path, request.body, caller.credentials, {
        ...(request.contentType ? { 'content-type': request.contentType } : {}),
      });
      const after = await fingerprint(server.store, tables);
      counts.tried++;
      if (answer.status < 300) counts.accepted++;
      const verdict = judge(request, caller, answer, before !== after, callers);
      const line = `#${i} ${caller.name} ${request.method} ${request.path} ${request.body?.slice(0, 200) ?? ''} → ${answer.status} ${answer.text.slice(0, 200)}`;
      if (verdict.fiveHundred) {
        counts.fiveHundreds++;
        note('5xx', line);
      }
      if (verdict.partial) {
        counts.partial++;
        note('partial', line);
      }
      if (verdict.leaked) {
        counts.leaked++;
        note(`leaked (${verdict.leaked})`, line);
      }
      if (process.env.RATCHET_FUZZ_TRACE && line.includes(process.env.RATCHET_FUZZ_TRACE)) console.log(line);
      if (answer.status < 300) callers.acknowledged(request, answer.json, expected);
      before = after;
    }
    for (const [kpi, ats] of expected.points) {
      const stored = new Set((await listPoints(server.store, acme, kpi)).map((p) => p.at));
      for (const at of ats) {
        if (stored.has(at)) continue;
        counts.lost++;
        note('lost', `a point of ${kpi} at ${new Date(at).toISOString()}`);
      }
    }
    const trip = await exportImportExport(server.store, acme, await dialect.open());
    for (const id of expected.records.keys()) {
      const quoted = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[\\s{,])id: ["']?${quoted}["']?($|[,}\\s])`, 'm').test(trip.first)) continue;
      counts.lost++;
      note('lost', `the created record ${id} is not in the export`);
    }
    const summary = `api fuzz on ${dialect.name} (seed ${SEED}): tried ${counts.tried}, accepted ${counts.accepted}, 5xx ${counts.fiveHundreds}, partial ${counts.partial}, lost ${counts.lost}, leaked ${counts.leaked}`;
    task.meta.summaryLine = summary;
    console.log(summary);
    expect(
      problems,
      `${summary}\nreplay: RATCHET_FUZZ_SEED=${SEED} RATCHET_FUZZ_REQUESTS=${REQUESTS}`,
    ).toEqual([]);
    expect(
      trip.errors.map((e) => `${e.path}: ${e.message}`),
      'ratchet import refuses what the fuzzed API stored',
    ).toEqual([]);
    expect(trip.second, 'export → import → export after the fuzz').toBe(trip.first);
  }, 600_000);
});
