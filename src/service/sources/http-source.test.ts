import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startJsonServer } from '../../../test/sources/json-server.js';
import { testDialects } from '../../../test/store/databases.js';
import type { Kpi, Workspace } from '../../core/model.js';
import type { KpiSource } from '../../core/source/kpi-source.js';
import type { Store } from '../../store/database.js';
import { listPoints } from '../data-point.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { runDueSources } from './run-due-sources.js';
import { sourceRuns } from './source-runs.service.js';

process.env.RATCHET_SECRET_KEY ??= 'a'.repeat(64);
const env = { RATCHET_ALLOW_PRIVATE_WEBHOOKS: '1' };
const NOW = Date.parse('2026-11-30T09:00:00Z');

let server: Awaited<ReturnType<typeof startJsonServer>>;
let etagHits = 0;

beforeEach(async () => {
  etagHits = 0;
  server = await startJsonServer({
    '/stats': json({ data: { mrr: 12500, asOf: '2026-11-29' } }),
    '/history': json({
      rows: [
        { day: '2026-11-27', n: 3 },
        { day: '2026-11-28', n: 5 },
        { day: '2026-11-29', n: 4 },
      ],
    }),
    '/etag': (req, res) => {
      etagHits++;
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      res.end('{"value": 7}');
    },
    '/broken': (_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":"db down"}');
    },
    '/html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Sign in</title>');
    },
    '/bad-json': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"value": 7,');
    },
    '/slow': (_req, res) => {
      setTimeout(() => res.end('{"value": 1}'), 2_000);
    },
    '/text': json({ value: '12' }),
    '/auth': (req, res) => {
      res.writeHead(req.headers.authorization === 'Bearer s3cret' ? 200 : 401, {
        'content-type': 'application/json',
      });
      res.end('{"value": 42}');
    },
  });
});

afterEach(async () => server.close());

function kpi(id: string, source: KpiSource): Kpi {
  return { id, name: id, cadence: 'daily', points: [], source };
}

function workspace(kpis: Kpi[]): Workspace {
  return {
    name: 'Shop',
    freelancer: false,
    people: [],
    teams: [],
    cycles: [],
    kpis,
    decisions: [],
    objectives: [],
    initiatives: [],
  };
}

async function pull(store: Store, kpiId: string, timeoutMs = 5_000) {
  const [outcome] = await runDueSources(store, NOW, { kpi: kpiId, env, timeoutMs });
  return outcome;
}

for (const dialect of testDialects()) {
  describe(`an http source on ${dialect.name}`, () => {
    it('stores the value JSONata picks, at the instant it picks', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([
          kpi('mrr', { kind: 'http', url: server.url('/stats'), value: 'data.mrr', at: 'data.asOf' }),
        ]),
        { actor: 'test', at: 1 },
      );
      expect(await pull(store, 'mrr')).toMatchObject({ status: 'ok', value: 12500, points: 1 });
      expect(await listPoints(store, 'Shop', 'mrr')).toEqual([
        { at: Date.parse('2026-11-29'), value: 12500, source: 'pull' },
      ]);
      const runs = await sourceRuns(store, 'Shop', 'mrr');
      expect(runs.runs[0]).toMatchObject({ status: 'ok', value: 12500, points: 1, at: NOW });
    });

    it('backfills many rows from one document', async () => {
      const store = await dialect.open();
      const source: KpiSource = {
        kind: 'http',
        url: server.url('/history'),
        value: 'rows.{"at": day, "value": n}',
      };
      await importWorkspace(store, workspace([kpi('signups', source)]), { actor: 'test', at: 1 });
      expect(await pull(store, 'signups')).toMatchObject({ status: 'ok', points: 3, value: 4 });
      expect((await listPoints(store, 'Shop', 'signups')).map((p) => p.value)).toEqual([3, 5, 4]);
    });

    it('asks again with If-None-Match and stores nothing on 304', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([kpi('v', { kind: 'http', url: server.url('/etag'), value: 'value' })]),
        {
          actor: 'test',
          at: 1,
        },
      );
      expect(await pull(store, 'v')).toMatchObject({ status: 'ok', value: 7 });
      const again = await runDueSources(store, NOW + 60_000, { kpi: 'v', env });
      expect(again[0]).toMatchObject({ status: 'not_modified', points: 0 });
      expect(server.hits('/etag')[1]?.headers['if-none-match']).toBe('"v1"');
      expect(etagHits).toBe(2);
      expect(await listPoints(store, 'Shop', 'v')).toHaveLength(1);
    });

    it('sends its headers, which are stored sealed and never shown', async () => {
      const store = await dialect.open();
      const source: KpiSource = {
        kind: 'http',
        url: server.url('/auth'),
        value: 'value',
        headers: { Authorization: 'Bearer s3cret' },
      };
      await importWorkspace(store, workspace([kpi('secret', source)]), { actor: 'test', at: 1 });
      expect(await pull(store, 'secret')).toMatchObject({ status: 'ok', value: 42 });
      const stored = await store.db.selectFrom('kpi_sources').select('spec').executeTakeFirstOrThrow();
      expect(stored.spec).not.toContain('s3cret');
      expect((await sourceRuns(store, 'Shop', 'secret')).source).toMatchObject({
        headers: { Authorization: '<secret>' },
      });
    });

    it.each([
      ['/broken', 'value', /answered 500 Internal Server Error; the API failed on its side/],
      ['/html', 'value', /sent HTML, not JSON/],
      ['/bad-json', 'value', /not JSON/],
      ['/text', 'value', /gives the text "12", not a number; wrap it in \$number/],
      ['/stats', 'data.nothing', /gives nothing/],
      ['/missing', 'value', /answered 404 Not Found; check the URL/],
    ])('a source at %s (%s) is an error on the KPI and stores nothing', async (path, value, message) => {
      const store = await dialect.open();
      await importWorkspace(store, workspace([kpi('k', { kind: 'http', url: server.url(path), value })]), {
        actor: 'test',
        at: 1,
      });
      const outcome = await pull(store, 'k');
      expect(outcome).toMatchObject({ status: 'error', points: 0 });
      expect(outcome?.error).toMatch(message);
      expect(await listPoints(store, 'Shop', 'k')).toEqual([]);
      expect((await sourceRuns(store, 'Shop', 'k')).runs[0]).toMatchObject({
        status: 'error',
        error: outcome?.error,
      });
    });

    it('gives up on a slow API at the timeout', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([kpi('slow', { kind: 'http', url: server.url('/slow'), value: 'value' })]),
        {
          actor: 'test',
          at: 1,
        },
      );
      const outcome = await pull(store, 'slow', 300);
      expect(outcome).toMatchObject({
        status: 'error',
        error: expect.stringMatching(/no answer within 0.3 s/),
      });
      expect(await listPoints(store, 'Shop', 'slow')).toEqual([]);
    });

    it('refuses a loopback address unless the operator allows the private network', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([kpi('k', { kind: 'http', url: server.url('/stats'), value: 'data.mrr' })]),
        {
          actor: 'test',
          at: 1,
        },
      );
      const [outcome] = await runDueSources(store, NOW, { kpi: 'k', env: {} });
      expect(outcome?.error).toMatch(/loopback or private address.*RATCHET_ALLOW_PRIVATE_WEBHOOKS=1/);
      expect(server.hits('/stats')).toEqual([]);
    });

    it('runs a source when its cadence period has passed since the last run, not before', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([kpi('mrr', { kind: 'http', url: server.url('/stats'), value: 'data.mrr' })]),
        {
          actor: 'test',
          at: 1,
        },
      );
      expect(await runDueSources(store, NOW, { env })).toHaveLength(1);
      expect(await runDueSources(store, NOW + 3_600_000, { env })).toHaveLength(0);
      expect(await runDueSources(store, NOW + 86_400_000, { env })).toHaveLength(1);
    });
  });
}
