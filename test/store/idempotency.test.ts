import { describe, expect, it } from 'vitest';
import { ingestPoints, listPoints } from '../../src/service/data-point.service.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { testDialects } from './databases.js';
import { everyFieldWorkspace } from './fixture.js';

const api = { actor: 'token:7', at: Date.UTC(2026, 10, 23, 12) };
const keyed = (at: number, value: number, key: string) => ({
  at,
  value,
  source: 'api' as const,
  idempotencyKey: key,
});

/** Issue 13, defects 3 and 6: what an idempotency key promises, alone and under concurrency. */
describe.each(testDialects())('idempotency keys on $name', ({ open }) => {
  async function seeded() {
    const store = await open();
    await importWorkspace(store, everyFieldWorkspace(), { actor: 'cli:test' });
    return store;
  }
  const ingestAudits = async (store: Awaited<ReturnType<typeof seeded>>) =>
    (
      await store.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'ingest_points')
        .where('entity_id', '=', 'utilisation')
        .execute()
    ).length;

  it('belong to one KPI: the same key on another KPI is another point', async () => {
    const store = await seeded();
    await ingestPoints(store, undefined, 'churn', [keyed(5_000, 3.5, 'nightly-1')], api);
    const other = await ingestPoints(store, undefined, 'utilisation', [keyed(5_000, 71, 'nightly-1')], api);
    expect(other).toMatchObject({ inserted: 1, duplicates: 0 });
    expect(await listPoints(store, undefined, 'utilisation')).toContainEqual(
      expect.objectContaining({ at: 5_000, value: 71 }),
    );
  });

  it('are kept after an overwrite: a late retry of push A does not replace push B', async () => {
    const store = await seeded();
    const instant = Date.UTC(2026, 10, 20);
    await ingestPoints(store, undefined, 'utilisation', [keyed(instant, 70, 'push-a')], api);
    // Push B corrects the value and says so (without `replace` it would be refused).
    await ingestPoints(store, undefined, 'utilisation', [keyed(instant, 75, 'push-b')], api, {
      replace: true,
    });
    const lateRetry = await ingestPoints(
      store,
      undefined,
      'utilisation',
      [keyed(instant, 70, 'push-a')],
      api,
    );
    expect(lateRetry).toEqual({ inserted: 0, replaced: 0, unchanged: 0, duplicates: 1 });
    const stored = await listPoints(store, undefined, 'utilisation', { from: instant, to: instant });
    expect(stored.map((p) => p.value)).toEqual([75]);
  });

  it('hold when 20 identical pushes of 200 points race: 200 inserted in all, one audit entry', async () => {
    const store = await seeded();
    const push = Array.from({ length: 200 }, (_, i) => keyed(1_000_000 + i * 60_000, i, `reading-${i}`));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => ingestPoints(store, undefined, 'utilisation', push, api)),
    );
    const sum = (field: 'inserted' | 'replaced' | 'unchanged' | 'duplicates') =>
      results.reduce((total, r) => total + r[field], 0);
    expect({
      inserted: sum('inserted'),
      replaced: sum('replaced'),
      unchanged: sum('unchanged'),
      duplicates: sum('duplicates'),
    }).toEqual({ inserted: 200, replaced: 0, unchanged: 0, duplicates: 19 * 200 });
    const rows = await store.db
      .selectFrom('data_points')
      .innerJoin('kpis', 'kpis.id', 'data_points.kpi_id')
      .select('data_points.at')
      .where('kpis.key', '=', 'utilisation')
      .where('data_points.at', '>=', 1_000_000)
      .execute();
    expect(rows).toHaveLength(200);
    expect(await ingestAudits(store)).toBe(1);
  });

  it('hold when 20 pushes of one key with different values race: exactly one value lands', async () => {
    const store = await seeded();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ingestPoints(store, undefined, 'utilisation', [keyed(9_000_000, 100 + i, 'the-one')], api),
      ),
    );
    expect(results.filter((r) => r.inserted === 1)).toHaveLength(1);
    expect(results.filter((r) => r.duplicates === 1)).toHaveLength(19);
    expect(results.every((r) => r.replaced === 0)).toBe(true);
    expect(await ingestAudits(store)).toBe(1);
  });
});
