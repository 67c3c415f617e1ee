import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Kpi, Workspace } from '../../core/model.js';
import { ingestPoints, listPoints } from '../data-point.service.js';
import { ValidationError } from '../errors.js';
import { importWorkspace } from '../workspace-import.service.js';
import { sourceRuns } from './source-runs.service.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function workspace(kpis: Kpi[]): Workspace {
  return {
    name: 'Solo',
    freelancer: true,
    people: [],
    teams: [],
    cycles: [],
    kpis,
    decisions: [],
    objectives: [],
    initiatives: [],
  };
}

const hours: Kpi[] = [
  { id: 'billable-hours', name: 'Billable hours', cadence: 'weekly', points: [] },
  { id: 'available-hours', name: 'Available hours', cadence: 'weekly', points: [] },
  {
    id: 'utilisation',
    name: 'Utilisation',
    unit: '%',
    cadence: 'weekly',
    points: [],
    source: { kind: 'formula', expression: 'billable_hours / available_hours * 100' },
  },
];

for (const dialect of testDialects()) {
  describe(`a formula KPI on ${dialect.name}`, () => {
    it('is recomputed per week as soon as an input gets a value', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace(hours), { actor: 'test', at: 1 });
      const change = { actor: 'test', at: day('2026-11-30') };
      await ingestPoints(store, 'Solo', 'available-hours', [{ at: day('2026-11-23'), value: 40 }], change);
      expect(await listPoints(store, 'Solo', 'utilisation')).toEqual([]);

      await ingestPoints(store, 'Solo', 'billable-hours', [{ at: day('2026-11-27'), value: 30 }], change);
      expect(await listPoints(store, 'Solo', 'utilisation')).toEqual([
        { at: day('2026-11-23'), value: 75, source: 'formula' },
      ]);

      await ingestPoints(store, 'Solo', 'billable-hours', [{ at: day('2026-11-28'), value: 34 }], change);
      expect((await listPoints(store, 'Solo', 'utilisation')).map((p) => p.value)).toEqual([85]);
    });

    it('records division by zero as an error on the formula KPI and stores nothing', async () => {
      const store = await dialect.open();
      await importWorkspace(store, workspace(hours), { actor: 'test', at: 1 });
      const change = { actor: 'test', at: day('2026-11-30') };
      await ingestPoints(store, 'Solo', 'available-hours', [{ at: day('2026-11-23'), value: 0 }], change);
      await ingestPoints(store, 'Solo', 'billable-hours', [{ at: day('2026-11-24'), value: 3 }], change);
      expect(await listPoints(store, 'Solo', 'utilisation')).toEqual([]);
      expect((await sourceRuns(store, 'Solo', 'utilisation')).runs[0]).toMatchObject({
        status: 'error',
        error: 'week of 2026-11-23: division by zero: available_hours is 0',
      });
    });

    it('follows a formula of a formula', async () => {
      const store = await dialect.open();
      await importWorkspace(
        store,
        workspace([
          ...hours,
          {
            id: 'idle',
            name: 'Idle share',
            cadence: 'weekly',
            points: [],
            source: { kind: 'formula', expression: '100 - utilisation' },
          },
        ]),
        { actor: 'test', at: 1 },
      );
      const change = { actor: 'test', at: day('2026-11-30') };
      await ingestPoints(store, 'Solo', 'available-hours', [{ at: day('2026-11-23'), value: 40 }], change);
      await ingestPoints(store, 'Solo', 'billable-hours', [{ at: day('2026-11-23'), value: 28 }], change);
      expect((await listPoints(store, 'Solo', 'idle')).map((p) => p.value)).toEqual([30]);
    });

    it('refuses formulas that read each other in a loop', async () => {
      const store = await dialect.open();
      const loop = workspace([
        {
          id: 'a',
          name: 'A',
          cadence: 'weekly',
          points: [],
          source: { kind: 'formula', expression: 'b * 2' },
        },
        {
          id: 'b',
          name: 'B',
          cadence: 'weekly',
          points: [],
          source: { kind: 'formula', expression: 'a / 2' },
        },
      ]);
      const attempt = importWorkspace(store, loop, { actor: 'test', at: 1 });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toThrow(/formulas read each other in a loop: a → b → a/);
    });
  });
}
