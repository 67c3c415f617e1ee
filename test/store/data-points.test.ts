import { describe, expect, it } from 'vitest';
import { listAuditLog } from '../../src/service/audit.service.js';
import { ingestPoints, listPoints } from '../../src/service/data-point.service.js';
import { NotFoundError, ValidationError } from '../../src/service/errors.js';
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

  it('a newer write for the same instant replaces the value and the audit log keeps the old one', async () => {
    const store = await seeded();
    const result = await ingestPoints(
      store,
      undefined,
      'churn',
      [{ at: day('2026-09-01'), value: 7.1, note: 'corrected' }],
      api,
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
