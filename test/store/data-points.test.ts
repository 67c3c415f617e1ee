import { describe, expect, it } from 'vitest';
import { listAuditLog } from '../../src/service/audit.service.js';
import { ingestPoints, listPoints } from '../../src/service/data-point.service.js';
import { NotFoundError, PointConflictError, ValidationError } from '../../src/service/errors.js';
import { importWorkspace } from '../../src/service/workspace-import.service.js';
import { loadWorkspace } from '../../src/service/workspace-load.service.js';
import { testDialects } from './databases.js';
import { everyFieldWorkspace } from './fixture.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const api = { actor: 'token:7', at: Date.UTC(2026, 10, 23, 12) };

describe.each(testDialects())('data points on $name', ({ open }) => {
  async function seeded() {
    const store = await open();
    await importWorkspace(store, everyFieldWorkspace(), { actor: 'cli:test' });
    return store;
  }

  it('ingests thousands of points in one call, in time order whatever order they came in', async () => {
    const store = await seeded();
    const points = Array.from({ length: 5000 }, (_, i) => ({
      at: day('2020-01-01') + (4999 - i) * 3_600_000,
      value: i,
    }));
    const result = await ingestPoints(store, undefined, 'utilisation', points, api);
    expect(result).toEqual({ inserted: 5000, replaced: 0, unchanged: 0, duplicates: 0 });
    const stored = await listPoints(store, undefined, 'utilisation');
    expect(stored).toHaveLength(5000);
    expect(stored[0]).toEqual({ at: day('2020-01-01'), value: 4999 });
  });

  it('a retried push with the same source and idempotency key never lands twice', async () => {
    const store = await seeded();
    const push = [
      { at: day('2026-11-02'), value: 72, source: 'api' as const, idempotencyKey: 'run-1' },
      { at: day('2026-11-09'), value: 74, source: 'api' as const, idempotencyKey: 'run-2' },
    ];
    await ingestPoints(store, undefined, 'utilisation', push, api);
    const retry = await ingestPoints(store, undefined, 'utilisation', push, api);
    expect(retry).toEqual({ inserted: 0, replaced: 0, unchanged: 0, duplicates: 2 });
    expect(await listPoints(store, undefined, 'utilisation')).toHaveLength(2);
  });

  it('the same key from another source is another point', async () => {
    const store = await seeded();
    await ingestPoints(
      store,
      undefined,
      'utilisation',
      [{ at: 1000, value: 1, source: 'api', idempotencyKey: 'k' }],
      api,
    );
    const other = await ingestPoints(
      store,
      undefined,
      'utilisation',
      [{ at: 2000, value: 2, source: 'pull', idempotencyKey: 'k' }],
      api,
    );
    expect(other.inserted).toBe(1);
  });

  it('a different value for a stored instant is refused, naming the instant and both values, and nothing is stored', async () => {
    const store = await seeded();
    const before = await listPoints(store, undefined, 'churn');
    const refusal = ingestPoints(
      store,
      undefined,
      'churn',
      [
        { at: day('2026-12-01'), value: 6.9 },
        { at: day('2026-09-01'), value: 7.1, note: 'corrected' },
      ],
      api,
    );
    await expect(refusal).rejects.toBeInstanceOf(PointConflictError);
    await expect(refusal).rejects.toMatchObject({
      conflicts: [{ kpi: 'churn', at: day('2026-09-01'), stored: 7.5, value: 7.1 }],
      message: expect.stringMatching(
        /already has 7\.5 at 2026-09-01T00:00:00\.000Z; this would replace it with 7\.1/,
      ),
    });
    expect(await listPoints(store, undefined, 'churn')).toEqual(before);
  });

  it('the same value again at a stored instant is no conflict', async () => {
    const store = await seeded();
    const again = await ingestPoints(store, undefined, 'churn', [{ at: day('2026-09-01'), value: 7.5 }], api);
    expect(again).toMatchObject({ inserted: 0 });
    expect(again.unchanged + again.replaced).toBe(1);
  });

  it('a newer write for the same instant, told to replace, replaces the value and the audit log keeps the old one', async () => {
    const store = await seeded();
    const result = await ingestPoints(
      store,
      undefined,
      'churn',
      [{ at: day('2026-09-01'), value: 7.1, note: 'corrected' }],
      api,
      { replace: true },
    );
    expect(result.replaced).toBe(1);
    const churn = (await loadWorkspace(store)).kpis.find((k) => k.id === 'churn');
    expect(churn?.points.find((p) => p.at === day('2026-09-01'))).toEqual({
      at: day('2026-09-01'),
      value: 7.1,
      note: 'corrected',
    });
    const [entry] = await listAuditLog(store, undefined, { entity: 'kpi', entityId: 'churn' }).then((all) =>
      all.filter((e) => e.action === 'replace_point'),
    );
    expect(entry).toMatchObject({
      actor: 'token:7',
      before: { at: day('2026-09-01'), value: 7.5, source: 'manual' },
      after: { at: day('2026-09-01'), value: 7.1, note: 'corrected' },
    });
  });

  it('corrections amid thousands of stored points are told apart from new points', async () => {
    const store = await seeded();
    const hourly = Array.from({ length: 3000 }, (_, i) => ({
      at: day('2020-01-01') + i * 3_600_000,
      value: i,
    }));
    await ingestPoints(store, undefined, 'utilisation', hourly, api);
    // Three points spread over the whole range: a range read would fetch 3,000 rows for them.
    const result = await ingestPoints(
      store,
      undefined,
      'utilisation',
      [
        { at: day('2020-01-01'), value: -1 },
        { at: day('2020-01-01') + 1500 * 3_600_000 + 1, value: 42 },
        { at: day('2020-01-01') + 2999 * 3_600_000, value: 2999 },
      ],
      api,
      { replace: true },
    );
    expect(result).toEqual({ inserted: 1, replaced: 1, unchanged: 1, duplicates: 0 });
    const replacements = (
      await listAuditLog(store, undefined, { entity: 'kpi', entityId: 'utilisation' })
    ).filter((e) => e.action === 'replace_point');
    expect(replacements).toHaveLength(1);
    expect(replacements[0]).toMatchObject({ before: { value: 0 }, after: { value: -1 } });
    expect(await listPoints(store, undefined, 'utilisation')).toHaveLength(3001);
  });

  it('a push of 40,000 keyed points, more than either engine takes parameters, is retried harmlessly', async () => {
    const store = await seeded();
    const push = Array.from({ length: 40_000 }, (_, i) => ({
      at: i * 60_000,
      value: i % 7,
      source: 'api' as const,
      idempotencyKey: `reading-${i}`,
    }));
    expect(await ingestPoints(store, undefined, 'utilisation', push, api)).toMatchObject({
      inserted: 40_000,
    });
    expect(await ingestPoints(store, undefined, 'utilisation', push, api)).toEqual({
      inserted: 0,
      replaced: 0,
      unchanged: 0,
      duplicates: 40_000,
    });
  }, 30_000);

  it('notes and sources come back only on the points that have them, amid plain ones', async () => {
    const store = await seeded();
    const points = Array.from({ length: 500 }, (_, i) => ({ at: i * 1000, value: i / 3 }));
    await ingestPoints(
      store,
      undefined,
      'utilisation',
      [...points, { at: 250_500, value: 0.1 + 0.2, note: 'half "way"', source: 'manual' }],
      api,
    );
    const loaded = (await loadWorkspace(store)).kpis.find((k) => k.id === 'utilisation')?.points ?? [];
    expect(loaded).toHaveLength(501);
    expect(loaded[251]).toEqual({
      at: 250_500,
      value: 0.30000000000000004,
      note: 'half "way"',
      source: 'manual',
    });
    expect(loaded[250]).toEqual({ at: 250_000, value: 250 / 3 });
    expect(loaded.filter((p) => 'note' in p || 'source' in p)).toHaveLength(1);
  });

  it('a back-dated point slots in between the existing ones', async () => {
    const store = await seeded();
    await ingestPoints(store, undefined, 'churn', [{ at: day('2026-08-15'), value: 7.9 }], api);
    const values = (await listPoints(store, undefined, 'churn')).map((p) => p.value);
    expect(values).toEqual([8, 7.9, 7.5, 6.25]);
  });

  it('within one batch the last value for an instant wins', async () => {
    const store = await seeded();
    await ingestPoints(
      store,
      undefined,
      'utilisation',
      [
        { at: 5, value: 1 },
        { at: 5, value: 2 },
      ],
      api,
    );
    expect(await listPoints(store, undefined, 'utilisation')).toEqual([{ at: 5, value: 2 }]);
  });

  it('refuses the whole batch when one point is bad, saying which and why', async () => {
    const store = await seeded();
    const attempt = ingestPoints(
      store,
      undefined,
      'utilisation',
      [
        { at: 1, value: 1 },
        { at: 2.5, value: Number.NaN },
      ],
      api,
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow(/points\[1\]\.at: give the instant as whole epoch milliseconds/);
    expect(await listPoints(store, undefined, 'utilisation')).toEqual([]);
  });

  it('an idempotency key without a source is refused: the pair is what must be unique', async () => {
    const store = await seeded();
    await expect(
      ingestPoints(store, undefined, 'utilisation', [{ at: 1, value: 1, idempotencyKey: 'k' }], api),
    ).rejects.toThrow(/needs a source/);
  });

  it('a point for an unknown KPI is a not-found error', async () => {
    const store = await seeded();
    await expect(ingestPoints(store, undefined, 'nps', [{ at: 1, value: 1 }], api)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
